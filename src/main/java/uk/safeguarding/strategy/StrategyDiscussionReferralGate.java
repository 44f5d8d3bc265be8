package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.standards.Gate;
import uk.safeguarding.standards.Standards;
import uk.safeguarding.standards.StandardsProfiles;

/**
 * The start of a strategy discussion (SD-01 counts from the concern): refuses a start that does not
 * say which child, which concern and since when, so no timer is ever set from a guess. The case
 * reference becomes the business key every process of the child carries.
 */
@Component("strategyDiscussionReferralGate")
public class StrategyDiscussionReferralGate implements ExecutionListener {

  static final Pattern CASE_REFERENCE_FORM = Pattern.compile("^[A-Z0-9][A-Z0-9/-]{2,31}$");

  private final StandardsProfiles profiles;

  public StrategyDiscussionReferralGate(StandardsProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Gate gate = Gate.on(execution);
    String caseReference = gate.variables().text(CASE_REFERENCE);
    if (caseReference == null || !CASE_REFERENCE_FORM.matcher(caseReference).matches()) {
      gate.refuse("SD-01", CASE_REFERENCE, "give the child's case reference: 3 to 32 capital letters, digits, '/' or '-'");
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank() && caseReference != null && !businessKey.equals(caseReference)) {
      gate.refuse("SD-01", CASE_REFERENCE, "the business key '" + businessKey + "' and the case reference differ");
    }
    gate.requireText("SD-01", CHILD_NAME, "The child's name")
        .requireDate("SD-01", CHILD_DATE_OF_BIRTH, "The child's date of birth")
        .requireText("SD-01", CONCERN, "The concern that gives reasonable cause to suspect significant harm")
        .requireDate("SD-01", CONCERN_RAISED_DATE, "The date the concern arose")
        .requireText("SD-05", HOUSEHOLD_MEMBERS, "The members of the child's household and the alleged perpetrator's household");
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
    notInFuture(gate, CHILD_DATE_OF_BIRTH, today);
    notInFuture(gate, CONCERN_RAISED_DATE, today);
    String profile = gate.variables().text(Standards.PROFILE_VARIABLE);
    if (profile != null && !profiles.exists(profile)) {
      gate.refuse("SD-01", Standards.PROFILE_VARIABLE, "no standards profile '" + profile + "'; choose one of "
          + profiles.all().keySet());
    }
    gate.enforce();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(caseReference);
    }
    if (profile == null) {
      execution.setVariable(Standards.PROFILE_VARIABLE, profiles.defaultProfile());
    }
    execution.setVariable("strategyDiscussionRequestedBy", CurrentUser.of(execution));
  }

  private static void notInFuture(Gate gate, String field, LocalDate today) {
    try {
      LocalDate day = gate.variables().date(field);
      if (day != null && day.isAfter(today)) {
        gate.refuse("SD-01", field, "cannot be in the future (" + day + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate has named the field already
    }
  }
}
