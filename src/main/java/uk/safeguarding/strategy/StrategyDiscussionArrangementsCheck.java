package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/**
 * SD-02 and SD-01 once the discussion is convened. A missing key agency or a discussion set for after
 * the SD-01 deadline does not stop the discussion (the child cannot wait for it); it is recorded as a
 * standards breach and goes to the team manager.
 */
@Component("checkStrategyDiscussionArrangements")
public class StrategyDiscussionArrangementsCheck implements JavaDelegate {

  static final String BREACHED_STEP = "Convene strategy discussion";

  private final StandardsBreachRecorder breaches;
  private final Standards standards;

  public StrategyDiscussionArrangementsCheck(StandardsBreachRecorder breaches, Standards standards) {
    this.breaches = breaches;
    this.standards = standards;
  }

  /** SD-02: CSC, police and health always; education, fostering and the referrer where involved. */
  public static Set<String> mandatoryAgencies(CaseVariables variables) {
    Set<String> mandatory = new LinkedHashSet<>(List.of(
        Agency.CSC_SOCIAL_WORKER.groupId(), Agency.POLICE.groupId(), Agency.HEALTH.groupId()));
    if (variables.isTrue(CHILD_IN_EDUCATION)) {
      mandatory.add(Agency.EDUCATION.groupId());
    }
    if (variables.isTrue(CHILD_LOOKED_AFTER)) {
      mandatory.add(Agency.FOSTERING.groupId());
    }
    // A referral from children's social care itself is covered by the social worker's invitation.
    Agency.byGroupId(variables.text(REFERRER_AGENCY))
        .filter(referrer -> referrer.kind() == Agency.Kind.PARTNER)
        .ifPresent(referrer -> mandatory.add(referrer.groupId()));
    return mandatory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    List<String> invited = variables.list(INVITED_AGENCIES);
    List<String> missing = new ArrayList<>(mandatoryAgencies(variables));
    missing.removeAll(invited);
    execution.setVariable(MISSING_MANDATORY_AGENCIES, String.join(", ", missing));
    Date discussionDay = standards.endOf(variables.raw(STRATEGY_DISCUSSION_DATE));
    if (!missing.isEmpty()) {
      breaches.record(execution, "SD-02", discussionDay, BREACHED_STEP,
          "Not invited to the strategy discussion: " + String.join(", ", missing));
    }
    Date sd01 = standards.due(execution, "SD-01", variables.raw(CONCERN_RAISED_DATE));
    if (discussionDay.after(sd01)) {
      ZonedDateTime held = Standards.toDateTime(variables.raw(STRATEGY_DISCUSSION_DATE), STRATEGY_DISCUSSION_DATE);
      breaches.record(execution, "SD-01", sd01, BREACHED_STEP,
          "The discussion is set for " + held.toLocalDate() + ", after the SD-01 deadline");
    }
  }
}
