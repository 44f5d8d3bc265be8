package uk.safeguarding.escalation;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;

/**
 * ESC-02 routing, as the diagram asks for it: the parties' groups at each stage. Only the two
 * agencies of the disagreement (and their managers) see its stage tasks, then the partnership.
 * {@code candidateGroups="${disagreementParties.lineManagers(raisingAgency, otherAgency)}"}
 */
@Component("disagreementParties")
public class DisagreementParties {

  /** The parties themselves: each is told the outcome of every stage (ESC-04). */
  public List<String> of(String raisingAgency, String otherAgency) {
    return groups(raisingAgency, otherAgency, Agency::groupId);
  }

  /** Stage 2: the line managers of both parties. */
  public List<String> lineManagers(String raisingAgency, String otherAgency) {
    return groups(raisingAgency, otherAgency, Agency::lineManagerGroup);
  }

  /** Stage 3: the escalation leads (senior managers) of both parties. */
  public List<String> escalationLeads(String raisingAgency, String otherAgency) {
    return groups(raisingAgency, otherAgency, Agency::escalationLeadGroup);
  }

  private static List<String> groups(String raisingAgency, String otherAgency, Function<Agency, String> group) {
    return Stream.of(raisingAgency, otherAgency).map(DisagreementParties::agency).map(group).distinct().toList();
  }

  static Agency agency(String groupId) {
    return Agency.byGroupId(groupId)
        .orElseThrow(() -> new IllegalStateException("'" + groupId + "' is not an agency of the disagreement"));
  }

  static String nameOf(String groupId) {
    return Agency.byGroupId(groupId).map(Agency::displayName).orElse(groupId);
  }
}
