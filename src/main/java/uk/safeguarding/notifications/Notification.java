package uk.safeguarding.notifications;

import java.time.OffsetDateTime;

/**
 * One email to one recipient, as the outbox keeps it: what it says ({@code subject}, {@code body}, never
 * a child's data), when it may go ({@code sendAfter}: at once, the next morning, or the recipient's
 * digest) and whether it has gone.
 */
public record Notification(String id, String dedupKey, NotificationKind kind, Recipient recipient, String address,
    String caseReference, String taskId, String subject, String body, OffsetDateTime dueAt, String meetingName,
    String meetingOn, boolean digest, OffsetDateTime sendAfter, OffsetDateTime createdAt, OffsetDateTime sentAt,
    String messageId) {

  public boolean sent() {
    return sentAt != null;
  }

  public boolean hasInvitation() {
    return meetingOn != null;
  }
}
