package uk.safeguarding.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one notification (or, for a digest, every one of the recipient's that is due), from its job
 * ({@link NotificationJobs}). Never twice:
 * <ol>
 *   <li>a notification already sent is left alone, whoever runs its job again and however often;</li>
 *   <li>before the SMTP call this node takes the notification in a committed update that only one node
 *       can win ({@link Outbox#claim}), for {@code sending-lease}; a job that finds it held by another
 *       node fails, to be tried again later, when it will find it sent;</li>
 *   <li>a daily digest's items fall due together and their jobs run at once: the first to take them sends
 *       them all in one email, and the job of an item that finds it taken for another item's digest leaves
 *       it to that job, which sends it or, failing, gives it back and tries again with it;</li>
 *   <li>the moment the SMTP server has taken the email it is marked sent, in a transaction of its own,
 *       so that nothing that goes wrong afterwards in the job's transaction can make it go again.</li>
 * </ol>
 * The only gap left is a node that dies between the SMTP server taking the email and the mark (a few
 * milliseconds): its lease runs out and the email goes again, with the same Message-ID, which mail
 * servers use to drop a duplicate. An SMTP server that does not answer leaves the notification unsent
 * and given back, and the job fails, so the engine tries again.
 */
@Component
public class NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationSettings settings;
  private final String node;

  public NotificationSender(Outbox outbox, ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
    this.outbox = outbox;
    this.mail = mail;
    this.settings = settings;
    this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The SMTP server did not take an email: the job fails with this message ({@link #notSent}), which Cockpit's incident shows. */
  public static class NotSentException extends RuntimeException {
    NotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public void send(String notificationId) {
    Notification notification = outbox.find(notificationId).orElse(null);
    if (notification == null || notification.sent()) {
      LOG.info("Notification {} {}: nothing to send", notificationId, notification == null ? "is not in the outbox" : "was sent already");
      return;
    }
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    List<Notification> batch = new ArrayList<>(notification.digest() ? outbox.digestDue(notification.address(), now) : List.of());
    if (batch.stream().noneMatch(n -> n.id().equals(notificationId))) {
      batch.add(0, notification);
    }
    List<String> held = outbox.claim(batch.stream().map(Notification::id).toList(), node, notificationId, now,
        now.minus(settings.getSendingLease()));
    if (!held.contains(notificationId)) {
      outbox.release(held, node);
      Optional<Outbox.Holder> holder = outbox.heldBy(notificationId);
      if (holder.isPresent() && holder.get().forJobOf() != null && !notificationId.equals(holder.get().forJobOf())) {
        // The digest another item's job is sending has it: that job sends it, or gives it back and tries again.
        // (Held without sending_for, by a node from before V25, it waits as any held notification does.)
        LOG.info("Notification {} goes in the digest that notification {}'s job is sending", notificationId, holder.get().forJobOf());
        return;
      }
      if (holder.isEmpty() && outbox.find(notificationId).map(Notification::sent).orElse(true)) {
        LOG.info("Notification {} was sent by another job meanwhile", notificationId);
        return;
      }
      throw new IllegalStateException("Notification " + notificationId + " is being sent by "
          + holder.map(h -> h.node() + " since " + h.since()).orElse("another node") + "; this try waits for it");
    }
    List<Notification> sending = batch.stream().filter(n -> held.contains(n.id())).toList();
    String messageId = "<notification-" + notificationId + "@safeguarding-pathways>";
    try {
      JavaMailSender smtp = mail.getIfAvailable();
      if (smtp == null) {
        throw new MailSendException("no mail server is configured (spring.mail.host, docs/operations.md)");
      }
      smtp.send(compose(smtp, sending, messageId));
    } catch (MailException | MessagingException e) {
      outbox.release(held, node);
      throw new NotSentException(notSent(notification, sending.size(), e.getMessage()), e);
    }
    outbox.markSent(held, messageId, now);
    LOG.info("Sent {} notification(s) {} to {}", held.size(), held, notification.address());
  }

  /**
   * What Cockpit shows a manager as the incident's message (the engine keeps its first 666 characters):
   * to which agency or person first (the incidents tab shows the first 30 or so characters until the
   * pointer is on it), which email, of which case (never the child's name), what the mail server said,
   * and that Retry sends it.
   */
  static String notSent(Notification notification, int items, String mailServerSaid) {
    String what = items > 1 ? "Daily digest (" + items + " notifications)" : notification.kind().heading();
    String said = mailServerSaid == null ? "no answer" : mailServerSaid.replaceAll("\\s+", " ");
    said = said.length() > 240 ? said.substring(0, 240) + "..." : said;
    return "Email to " + notification.recipient().name() + " not sent: " + what
        + (notification.caseReference() == null ? "" : ", case " + notification.caseReference()) + ", to " + notification.address()
        + ". The mail server did not take it: " + said + ". Nothing is lost: once the mail server is back, Retry sends it.";
  }

  private MimeMessage compose(JavaMailSender smtp, List<Notification> sending, String messageId) throws MessagingException {
    Session session = smtp.createMimeMessage().getSession();
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    boolean invitations = sending.stream().anyMatch(Notification::hasInvitation);
    MimeMessageHelper email = new MimeMessageHelper(message, invitations, StandardCharsets.UTF_8.name());
    Notification first = sending.get(0);
    email.setFrom(settings.getFrom());
    email.setTo(first.address());
    if (sending.size() == 1) {
      email.setSubject(first.subject());
      email.setText(first.body());
    } else {
      email.setSubject(NotificationText.digestSubject(sending.size()));
      email.setText(NotificationText.digest(sending));
    }
    int number = 0;
    for (Notification n : sending) {
      if (n.hasInvitation()) {
        number++;
        String ics = MeetingInvitation.ics(n, settings.tasklistLink(n.taskId()));
        email.addAttachment(number == 1 ? MeetingInvitation.FILE_NAME : "invitation-" + number + ".ics",
            new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)), MeetingInvitation.CONTENT_TYPE);
      }
    }
    return message;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
