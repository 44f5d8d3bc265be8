package uk.safeguarding.strategy;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * Another pathway starts a strategy discussion for the child at once (ESC-03, FD-04, CFA-05,
 * CFA-07): under the same case reference, with the shared case variables, the concern, and today as
 * the day the concern arose, so SD-01's clock starts now. The discussion's start gate checks it.
 */
public final class StrategyDiscussionReferrals {

  private StrategyDiscussionReferrals() {}

  public static ProcessInstance startNow(DelegateExecution execution, String concern, String referrerAgency) {
    Map<String, Object> referral = NextPathway.caseVariables(execution);
    referral.put(StrategyDiscussionProcess.Variables.CONCERN, concern);
    referral.put(StrategyDiscussionProcess.Variables.CONCERN_RAISED_DATE, WorkingDayCalendar.today().toString());
    referral.put(StrategyDiscussionProcess.Variables.REFERRER_AGENCY, referrerAgency);
    return NextPathway.start(execution, StrategyDiscussionProcess.KEY, referral);
  }
}
