package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.ActingAgency;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;

/**
 * The start of a disagreement. ESC-01: any practitioner raises one on a child's case, for their own
 * agency and with another agency; the system raises one for a breach. ESC-04: it says what the issue
 * is and the raising agency's position. ESC-03: whether the child is at immediate risk. ESC-05: a
 * disagreement with a child protection conference decision goes to the chair's manager, not the stages.
 */
@Component("disagreementStartGate")
public class DisagreementStartGate extends StartGate {

  private final DisagreementRecords records;

  public DisagreementStartGate(CaseStarts caseStarts, DisagreementRecords records) {
    super(caseStarts, "ESC-01");
    this.records = records;
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    boolean conference = aboutConferenceDecision(v);
    if (conference && !v.hasText(OTHER_AGENCY)) {
      execution.setVariable(OTHER_AGENCY, Agency.CP_CHAIR.groupId());
    }
    gate.requireText("ESC-01", CHILD_NAME, "The child's name")
        .requireOneOf("ESC-01", DISAGREEMENT_ABOUT, ProfessionalDisagreementProcess.TOPICS)
        .requireText("ESC-04", DISAGREEMENT_ISSUE, "The issue you disagree about")
        .requireText("ESC-04", RAISING_AGENCY_POSITION, "Your agency's position");
    ActingAgency.check(gate, execution, "ESC-01", RAISING_AGENCY);
    checkParties(gate, conference);
    if (!v.hasText(BREACH_RULE_ID)) {
      // A breach's disagreement is raised by the system, which cannot see the child: stage 1 confirms it.
      ChildSafety.check(gate);
    }
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    boolean conference = aboutConferenceDecision(v);
    execution.setVariable(ROUTE, conference
        ? ProfessionalDisagreementProcess.ROUTE_CONFERENCE_DISSENT : ProfessionalDisagreementProcess.ROUTE_STAGES);
    records.raised(execution, conference ? 0 : 1);
  }

  private static boolean aboutConferenceDecision(CaseVariables v) {
    return ProfessionalDisagreementProcess.ABOUT_CONFERENCE_DECISION.equals(v.text(DISAGREEMENT_ABOUT));
  }

  private static void checkParties(Gate gate, boolean conference) {
    Optional<Agency> raising = Agency.byGroupId(gate.variables().text(RAISING_AGENCY));
    String otherId = gate.variables().text(OTHER_AGENCY);
    Optional<Agency> other = Agency.byGroupId(otherId);
    if (other.isEmpty()) {
      gate.refuse("ESC-01", OTHER_AGENCY,
          otherId == null ? "say which agency you disagree with" : "'" + otherId + "' is not an agency");
    }
    notThePartnership(gate, RAISING_AGENCY, raising);
    notThePartnership(gate, OTHER_AGENCY, other);
    if (!conference && raising.isPresent() && other.isPresent() && raising.get().sameOrganisationAs(other.get())) {
      gate.refuse("ESC-01", OTHER_AGENCY, "a disagreement within one agency follows that agency's own procedure"
          + " (children's social care is one agency); choose the other agency you disagree with");
    }
  }

  private static void notThePartnership(Gate gate, String field, Optional<Agency> party) {
    if (party.filter(Agency.PARTNERSHIP::equals).isPresent()) {
      gate.refuse("ESC-02", field, "the safeguarding partnership decides disagreements at stage 4; it cannot be a party to one");
    }
  }
}
