package uk.safeguarding.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notifications outbox, {@code sg_notification} (V20). {@link #add} joins the transaction of the
 * work that causes the email (the engine's, through Spring's transaction manager on the same data
 * source). What the sender does around the SMTP call ({@link #claim}, {@link #release},
 * {@link #markSent}) commits at once in a transaction of its own, whatever becomes of the job's: a
 * notification marked sent stays sent even if the job's own commit then fails, so the job run again
 * finds nothing to do.
 */
@Component
public class Outbox {

  private static final String COLUMNS = """
      id, dedup_key, kind, recipient, address, case_reference, task_id, subject, body, due_at, meeting_name,
      meeting_on, digest, send_after, created_at, sent_at, message_id""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public Outbox(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** @return true when written; false when this cause, kind and recipient has its notification already */
  public boolean add(Notification n) {
    try {
      return jdbc.update("insert into sg_notification (" + COLUMNS + """
          ) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null
          where not exists (select 1 from sg_notification where dedup_key = ?)""",
          n.id(), n.dedupKey(), n.kind().name(), n.recipient().key(), n.address(), n.caseReference(), n.taskId(),
          n.subject(), n.body(), n.dueAt(), n.meetingName(), n.meetingOn(), n.digest(), n.sendAfter(), n.createdAt(),
          n.dedupKey()) == 1;
    } catch (DuplicateKeyException writtenByAnotherNodeAtTheSameMoment) {
      return false;
    }
  }

  public Optional<Notification> find(String id) {
    return jdbc.query("select " + COLUMNS + " from sg_notification where id = ?", Outbox::row, id).stream().findFirst();
  }

  /** The recipient's notifications waiting for their digest and due by {@code now}, oldest first. */
  public List<Notification> digestDue(String address, OffsetDateTime now) {
    return jdbc.query("select " + COLUMNS + """
         from sg_notification where address = ? and digest = true and sent_at is null and send_after <= ?
        order by created_at, id""", Outbox::row, address, now);
  }

  /**
   * Takes {@code ids} for this node to send, each only while nobody has sent it and no other node holds
   * it within its lease: one conditional update per row, so of two nodes at the same moment one wins.
   *
   * @param forJobOf the notification whose job sends them ({@code sending_for}): a digest's are all sent by one job
   * @return the ids this node now holds
   */
  public List<String> claim(Collection<String> ids, String node, String forJobOf, OffsetDateTime now,
      OffsetDateTime leaseExpiredBefore) {
    return ownTransaction.execute(status -> ids.stream().filter(id -> jdbc.update("""
        update sg_notification set sending_by = ?, sending_for = ?, sending_since = ?
        where id = ? and sent_at is null and (sending_since is null or sending_since < ?)""",
        node, forJobOf, now, id, leaseExpiredBefore) == 1).toList());
  }

  /** Gives back what could not be sent, so that the next try (on any node) takes it at once. */
  public void release(Collection<String> ids, String node) {
    ownTransaction.executeWithoutResult(status -> ids.forEach(id -> jdbc.update(
        "update sg_notification set sending_by = null, sending_for = null, sending_since = null "
        + "where id = ? and sending_by = ? and sent_at is null",
        id, node)));
  }

  /**
   * Sent: {@code sending_by} stays, as the node that sent it (with {@code sending_since}, when it began),
   * for whoever asks which node sent an email; nothing takes a sent notification again.
   */
  public void markSent(Collection<String> ids, String messageId, OffsetDateTime at) {
    ownTransaction.executeWithoutResult(status -> ids.forEach(id -> jdbc.update(
        "update sg_notification set sent_at = ?, message_id = ? where id = ?", at, messageId, id)));
  }

  /** Who holds an unsent notification: the node, since when, and the notification whose job is sending it. */
  public record Holder(String node, OffsetDateTime since, String forJobOf) {}

  /** Who is sending {@code id} now, for a job that finds it held. */
  public Optional<Holder> heldBy(String id) {
    return jdbc.query("select sending_by, sending_since, sending_for from sg_notification where id = ? and sending_by is not null "
        + "and sent_at is null", (rs, i) -> new Holder(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)), id)
        .stream().findFirst();
  }

  /**
   * The latest notifications to any of {@code addresses} (every one when null), of one case when
   * {@code caseReference} is given, newest first.
   */
  public List<Notification> latest(Collection<String> addresses, String caseReference, int limit) {
    if (addresses != null && addresses.isEmpty()) {
      return List.of();
    }
    List<String> conditions = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (addresses != null) {
      conditions.add("address in (" + String.join(",", addresses.stream().map(a -> "?").toList()) + ")");
      args.addAll(addresses);
    }
    if (caseReference != null) {
      conditions.add("case_reference = ?");
      args.add(caseReference);
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    return jdbc.query("select " + COLUMNS + " from sg_notification" + where + " order by created_at desc, id limit " + limit,
        Outbox::row, args.toArray());
  }

  private static Notification row(ResultSet rs, int i) throws SQLException {
    return new Notification(rs.getString("id"), rs.getString("dedup_key"), NotificationKind.valueOf(rs.getString("kind")),
        Recipient.fromKey(rs.getString("recipient")), rs.getString("address"), rs.getString("case_reference"),
        rs.getString("task_id"), rs.getString("subject"), rs.getString("body"), rs.getObject("due_at", OffsetDateTime.class),
        rs.getString("meeting_name"), rs.getString("meeting_on"), rs.getBoolean("digest"),
        rs.getObject("send_after", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class), rs.getString("message_id"));
  }
}
