package uk.safeguarding.agency;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;

/**
 * Turns an agency checklist, however it was submitted (a Camunda Form's Json list, a REST client's
 * list or comma-separated text), into the group ids a multi-instance task fans out over:
 * {@code camunda:collection="${agencies.listed(invitedAgencies)}"}.
 */
@Component("agencies")
public class AgencyLists {

  public List<String> listed(Object checklist) {
    return CaseVariables.toList(checklist);
  }
}
