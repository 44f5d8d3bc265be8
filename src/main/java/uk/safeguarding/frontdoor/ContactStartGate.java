package uk.safeguarding.frontdoor;

import static uk.safeguarding.frontdoor.ContactProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.ActingAgency;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;

/**
 * FD-01 and FD-02: what every contact brings to the front door, from Tasklist, REST or a step up from
 * early help. A contact missing any of it is refused with each field named, and nothing is created.
 * It works out the decision table's inputs (any immediate-risk indicator, any domestic abuse risk
 * factor) and starts the FD-03 and FD-05 clocks at receipt, or at the front door's next opening for a
 * contact received out of hours (the profile's office hours).
 */
@Component("contactStartGate")
public class ContactStartGate extends StartGate {

  public ContactStartGate(CaseStarts caseStarts) {
    super(caseStarts, "FD-01");
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    checkChild(gate);
    gate.requireText("FD-01", REFERRER_NAME, "Your name")
        .requireOneOf("FD-01", SCREENING_TOOL, ContactProcess.SCREENING_TOOLS)
        .requireText("FD-01", CONTACT_FACTS, "The factual reasons for the contact")
        .requireText("FD-01", REFERRER_RISK_VIEW, "Your agency's assessment of the current risk to the child")
        .requireOneOf("FD-01", LEVEL_OF_NEED, ContactProcess.LEVELS_OF_NEED)
        .requireAnswer("FD-01", PARENTAL_CONSENT, "Was parental consent obtained?");
    if (v.isAnswered(PARENTAL_CONSENT) && !v.isTrue(PARENTAL_CONSENT)) {
      gate.requireText("FD-01", CONSENT_NOT_SOUGHT_REASON,
          "Without parental consent, the reason (seeking it would place the child at risk of significant harm)");
    }
    checklist(gate, IMMEDIATE_RISK_INDICATORS, ContactProcess.IMMEDIATE_RISK_INDICATORS, "FD-01",
        "Say which immediate-risk indicators apply, or 'none'");
    checklist(gate, DOMESTIC_ABUSE_RISK_FACTORS, ContactProcess.DOMESTIC_ABUSE_RISK_FACTORS, "FD-02",
        "Screen for domestic abuse: tick each risk factor present, or 'none'");
    ActingAgency.check(gate, execution, "FD-01", REFERRER_AGENCY);
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    // Kept as the form's text ("1" to "4") so the decision form shows it; the table's integer input converts it.
    execution.setVariable(LEVEL_OF_NEED, v.text(LEVEL_OF_NEED));
    execution.setVariable(IMMEDIATE_RISK, anyBut(v.list(IMMEDIATE_RISK_INDICATORS)));
    execution.setVariable(DOMESTIC_ABUSE_RISK, anyBut(v.list(DOMESTIC_ABUSE_RISK_FACTORS)));
    execution.setVariable(CONTACT_RECEIVED_AT, ClockUtil.getCurrentTime());
    execution.setVariable(CONTACT_CLOCK_STARTS_AT, standards().officeHoursFrom(execution, ClockUtil.getCurrentTime()));
    execution.setVariable(CONTACT_RECEIVED_BY, CurrentUser.of(execution));
    execution.setVariable(REFERRER_AGENCY_NAME,
        Agency.byGroupId(v.text(REFERRER_AGENCY)).map(Agency::displayName).orElse(null));
    // Prefills the front door's census referral source from the referrer's agency; the front door may choose a finer code.
    String likelySource = CensusCodes.LIKELY_SOURCE_BY_AGENCY.get(v.text(REFERRER_AGENCY));
    if (likelySource != null) {
      execution.setVariable(CensusCodes.REFERRAL_SOURCE, likelySource);
    }
  }

  /** A checklist answered: at least one item, every one known, and 'none' alone or not at all. */
  private static void checklist(Gate gate, String field, List<String> allowed, String ruleId, String what) {
    gate.requireSomeOf(ruleId, field, allowed, what);
    List<String> ticked = gate.variables().list(field);
    if (ticked.contains(ContactProcess.NONE) && ticked.size() > 1) {
      gate.refuse(ruleId, field, "'none' cannot be ticked together with " + ticked.stream().filter(t -> !ContactProcess.NONE.equals(t)).toList());
    }
  }

  private static boolean anyBut(List<String> ticked) {
    return ticked.stream().anyMatch(item -> !ContactProcess.NONE.equals(item));
  }
}
