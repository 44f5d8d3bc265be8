package uk.safeguarding.breaches;

import static uk.safeguarding.contract.CaseVariable.text;
import static uk.safeguarding.contract.ProcessContract.shows;
import static uk.safeguarding.contract.ProcessContract.writes;

import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of the manager's review of a breach (processes/breaches/standards-breach-review.bpmn):
 * the system opens it from the breach register, and the manager writes only the action taken.
 */
public final class StandardsBreachReviewProcess {

  public static final String KEY = StandardsBreachReviews.REVIEW_PROCESS;

  public enum Element {
    ReviewStandardsBreach
  }

  public static final String BREACH_ACTION = "breachAction";

  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(text(BREACH_ACTION))
      // The breach as the register holds it, the follow-up already done (an escalation, ESC-01), and the process
      // that breached. The form shows when it was due and noticed as England reads a time (London, DD/MM/YYYY);
      // the dates themselves drive the review's due date.
      .computes("breachRuleId", "breachRuleTitle", "breachedStep", "breachDueAt", "breachNoticedAt", "breachWasDue",
          "breachWasNoticed", "breachDetail", "breachFollowUp", "breachInProcessInstanceId")
      .task(Element.ReviewStandardsBreach,
          shows("breachRuleId", "breachRuleTitle", "breachedStep", "breachWasDue", "breachWasNoticed", "breachDetail",
              "breachFollowUp"),
          writes(BREACH_ACTION));

  private StandardsBreachReviewProcess() {}
}
