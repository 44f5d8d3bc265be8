package uk.safeguarding.notifications;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.timescales.NotificationTimes;
import uk.safeguarding.timescales.Standards;

/**
 * Writes a notification into the outbox with the job that sends it, in the transaction of whatever
 * causes it (the engine command of a task's creation, a breach's timer; or a command of its own for the
 * deadline sweep): the two commit or roll back with the work. Once per cause, kind and recipient, so a
 * sweep run twice, or on two nodes at once, tells nobody twice.
 *
 * <p>When it goes: new work due the same day at once (urgent, by the profile); anything else at once within
 * the profile's sending hours on a working day, else at their next start, or at the recipient's digest
 * hour when they chose a daily digest.
 */
@Component
public class Notifications {

  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

  private final Outbox outbox;
  private final Preferences preferences;
  private final NotificationSettings settings;
  private final NotificationJobs jobs;
  private final Standards standards;
  private final ObjectProvider<ProcessEngine> engine;
  /** The recipients this node has found without an address, so the log says so once each, not for every task. */
  private final Set<String> unaddressed = ConcurrentHashMap.newKeySet();

  public Notifications(Outbox outbox, Preferences preferences, NotificationSettings settings, NotificationJobs jobs,
      Standards standards, ObjectProvider<ProcessEngine> engine) {
    this.outbox = outbox;
    this.preferences = preferences;
    this.settings = settings;
    this.jobs = jobs;
    this.standards = standards;
    this.engine = engine;
  }

  /**
   * Tells {@code recipient} about {@code work}, once for {@code cause} (a task id, a breach id).
   *
   * @return true when a notification was written now
   */
  public boolean tell(NotificationKind kind, Recipient recipient, NotificationText.Work work, String profileId, String cause) {
    return inACommand(() -> {
      Optional<String> address = addressOf(recipient);
      if (address.isEmpty()) {
        if (unaddressed.add(recipient.key())) {
          LOG.warn("No email address for {}: the {} notification of case {} is not sent (docs/operations.md, "
              + "safeguarding.notifications.agencies / people); said once", recipient.key(), kind, work.caseReference());
        }
        return false;
      }
      Preferences.Preference preference = preferences.of(recipient);
      if (!preference.wants(kind)) {
        return false;
      }
      ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.LONDON);
      NotificationTimes times = standards.profiles().profile(profileId == null ? standards.profiles().defaultProfile() : profileId)
          .notifications();
      boolean urgent = kind.newWork() && work.dueAt() != null && !work.dueAt().toLocalDate().isAfter(now.toLocalDate());
      boolean digest = !urgent && preference.delivery() == Preferences.Delivery.DAILY_DIGEST;
      ZonedDateTime sendAfter = urgent ? now
          : times.nextSendingMoment(digest ? nextDigest(now, preference.digestHour()) : now, standards.calendar());
      Notification notification = new Notification(UUID.randomUUID().toString(), kind.name() + "|" + cause + "|" + recipient.key(),
          kind, recipient, address.get(), work.caseReference(), work.taskId(), NotificationText.subject(kind, work),
          NotificationText.body(kind, recipient, work, settings.tasklistLink(work.taskId())),
          work.dueAt() == null ? null : work.dueAt().toOffsetDateTime(), work.meetingName(), work.meetingOn(), digest,
          sendAfter.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC), now.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
          null, null);
      if (!outbox.add(notification)) {
        return false;
      }
      NotificationJobs.schedule(notification.id(), Date.from(sendAfter.toInstant()), jobs.attempts(), work.processDefinitionId());
      return true;
    });
  }

  /** The recipient's digest hour today, or on the next day when it has passed; the sending hours then apply. */
  private static ZonedDateTime nextDigest(ZonedDateTime now, int hour) {
    ZonedDateTime today = now.toLocalDate().atTime(hour, 0).atZone(WorkingDayCalendar.LONDON);
    return today.isBefore(now) ? today.plusDays(1) : today;
  }

  /** An agency's shared mailbox from the configuration; a person's from it, else the email of their user. */
  Optional<String> addressOf(Recipient recipient) {
    if (recipient.type() == Recipient.Type.GROUP) {
      return Optional.ofNullable(settings.getAgencies().get(recipient.id())).filter(a -> !a.isBlank());
    }
    String configured = settings.getPeople().get(recipient.id());
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured);
    }
    // Whoever caused the email may not read users (a police officer completing a task): the system looks.
    CommandContext context = Context.getCommandContext();
    Supplier<User> user = () -> engine.getObject().getIdentityService().createUserQuery().userId(recipient.id()).singleResult();
    User found = context == null ? user.get() : context.runWithoutAuthorization(user::get);
    return Optional.ofNullable(found).map(User::getEmail).filter(email -> !email.isBlank());
  }

  private <T> T inACommand(Supplier<T> work) {
    if (Context.getCommandContext() != null) {
      return work.get();
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> work.get());
  }

  /** Today in London by the engine's clock, which tests move. */
  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }
}
