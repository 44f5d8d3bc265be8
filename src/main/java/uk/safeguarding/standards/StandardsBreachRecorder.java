package uk.safeguarding.standards;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a standards breach on the case and puts it in front of a team manager. Breach timers of
 * many cases fall due together at 23:59:59, so this does the least it can: one idempotent insert and,
 * only for a breach not seen before, one new review process.
 */
@Component
public class StandardsBreachRecorder {

  public static final String REVIEW_PROCESS = "StandardsBreachReview";
  private static final Logger LOG = LoggerFactory.getLogger(StandardsBreachRecorder.class);

  private final StandardsBreachRegister register;
  private final StandardsProfiles profiles;
  private final Standards standards;

  public StandardsBreachRecorder(StandardsBreachRegister register, StandardsProfiles profiles, Standards standards) {
    this.register = register;
    this.profiles = profiles;
    this.standards = standards;
  }

  /** @return true when the breach was new and a review was started */
  public boolean record(DelegateExecution execution, String ruleId, Date dueAt, String breachedStep, String detail) {
    String profileId = standards.profileOf(execution);
    String caseReference = execution.getProcessBusinessKey();
    OffsetDateTime noticed = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    OffsetDateTime due = dueAt == null ? noticed : dueAt.toInstant().atOffset(ZoneOffset.UTC);
    StandardsBreach breach = new StandardsBreach(UUID.randomUUID().toString(), caseReference, ruleId, due, noticed,
        execution.getProcessInstanceId(), breachedStep, profileId, detail);
    if (!register.recordOnce(breach)) {
      LOG.info("Standards breach {} on case {} ({}) was already recorded", ruleId, caseReference, breachedStep);
      return false;
    }
    LOG.info("Standards breach {} recorded on case {}: {}", ruleId, caseReference, breachedStep);
    String title = profiles.profile(profileId).rules().containsKey(ruleId)
        ? profiles.profile(profileId).rule(ruleId).title() : ruleId;
    Map<String, Object> variables = Variables.createVariables()
        .putValue("caseReference", caseReference)
        .putValue("childName", execution.getVariable("childName"))
        .putValue(Standards.PROFILE_VARIABLE, profileId)
        .putValue("breachRuleId", ruleId)
        .putValue("breachRuleTitle", title)
        .putValue("breachDueAt", Date.from(due.toInstant()))
        .putValue("breachNoticedAt", Date.from(noticed.toInstant()))
        .putValue("breachedStep", breachedStep)
        .putValue("breachDetail", detail)
        .putValue("breachInProcessInstanceId", execution.getProcessInstanceId());
    // The practitioner whose action noticed the breach may not start reviews; the system does it on their behalf.
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(REVIEW_PROCESS, caseReference, variables));
    return true;
  }
}
