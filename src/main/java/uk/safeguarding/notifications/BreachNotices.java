package uk.safeguarding.notifications;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.timescales.Standards;

/**
 * A breach recorded (breaches/StandardsBreachRecorder publishes each new one, in the transaction of its
 * timer): the team managers, who review every breach, are told by email too, with the rule and the
 * step, never the breach's detail (which may speak of the child).
 */
@Component
class BreachNotices {

  private final Notifications notifications;
  private final Standards standards;

  BreachNotices(Notifications notifications, Standards standards) {
    this.notifications = notifications;
    this.standards = standards;
  }

  /** The breached pathway, when the breach is recorded in its command (always, from a breach point). */
  private static String processDefinitionOf(StandardsBreach breach) {
    CommandContext command = Context.getCommandContext();
    ExecutionEntity instance = command == null || breach.processInstanceId() == null ? null
        : command.getExecutionManager().findExecutionById(breach.processInstanceId());
    return instance == null ? null : instance.getProcessDefinitionId();
  }

  @EventListener
  void recorded(StandardsBreach breach) {
    String profile = breach.standardsProfile() == null ? standards.profiles().defaultProfile() : breach.standardsProfile();
    String title = standards.profiles().profile(profile).rules().containsKey(breach.ruleId())
        ? ": " + standards.profiles().profile(profile).rule(breach.ruleId()).title() : "";
    NotificationText.Work work = new NotificationText.Work(breach.caseReference(), null,
        breach.ruleId() + title + " (" + breach.breachedStep() + ")",
        breach.dueAt() == null ? null : breach.dueAt().toZonedDateTime(), null, null, processDefinitionOf(breach));
    notifications.tell(NotificationKind.BREACH_RECORDED, Recipient.group(Agency.CSC_TEAM_MANAGER.groupId()), work, profile,
        breach.id());
  }
}
