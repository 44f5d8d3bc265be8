package uk.safeguarding.breaches;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.safeguarding.timescales.Standards;

/**
 * Records a standards breach on the case. Breach timers of many cases fall due together at 23:59:59,
 * so this does the least it can: one idempotent insert. {@link StandardsBreachReviews} then puts the
 * breach in front of a team manager. A new breach is published as a Spring event, in the same
 * transaction, for whoever tells people of it (notifications/BreachNotices) without this package
 * knowing them.
 */
@Component
public class StandardsBreachRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(StandardsBreachRecorder.class);

  private final StandardsBreachRegister register;
  private final Standards standards;
  private final ApplicationEventPublisher events;

  public StandardsBreachRecorder(StandardsBreachRegister register, Standards standards, ApplicationEventPublisher events) {
    this.register = register;
    this.standards = standards;
    this.events = events;
  }

  /** @return true when the breach was new (its review will be started) */
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
    events.publishEvent(breach);
    return true;
  }
}
