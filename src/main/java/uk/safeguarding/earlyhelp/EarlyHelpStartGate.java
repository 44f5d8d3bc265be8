package uk.safeguarding.earlyhelp;

import static uk.safeguarding.earlyhelp.EarlyHelpProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;
import uk.safeguarding.casefile.NextPathway;

/**
 * The start of early help, from Tasklist, the front door (FD-04) or a step down (EH-05). A step down
 * brings the social care plan, which is early help's input. EH-01: the child's own consent is needed
 * from the profile's childConsentAge.
 */
@Component("earlyHelpStartGate")
public class EarlyHelpStartGate extends StartGate {

  public EarlyHelpStartGate(CaseStarts caseStarts) {
    super(caseStarts, "EH-01");
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    CaseVariables v = gate.variables();
    checkChild(gate);
    if (v.hasText(STEP_DOWN_FROM)) {
      gate.requireOneOf("EH-05", STEP_DOWN_FROM, EarlyHelpProcess.STEP_DOWN_FROM)
          .requireText("EH-05", SOCIAL_CARE_PLAN_SUMMARY, "The social care plan early help carries on from");
    } else {
      gate.requireText("EH-01", EARLY_HELP_REASON, "The unmet needs early help is offered for");
    }
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    Date now = ClockUtil.getCurrentTime();
    execution.setVariable(STARTED_AT, now);
    if (!v.hasText(EARLY_HELP_SOURCE)) {
      execution.setVariable(EARLY_HELP_SOURCE, v.hasText(STEP_DOWN_FROM) ? EarlyHelpProcess.FROM_STEP_DOWN
          : EarlyHelpProcess.FROM_LEAD_PROFESSIONAL);
    }
    LocalDate consentAge = standards().due(execution, "EH-01", "childConsentAge", v.raw(CHILD_DATE_OF_BIRTH))
        .toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
    execution.setVariable(CHILD_CONSENT_NEEDED, !WorkingDayCalendar.today().isBefore(consentAge));
  }
}
