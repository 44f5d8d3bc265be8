package uk.safeguarding.notifications;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * What an email says, in plain English. Only the kind of work, its due date, the case reference and a
 * link to Tasklist, which asks for a sign-in: never the child's name or anything else of the case, as UK
 * GDPR and the agencies' own email policies expect of mail that may leave the authority.
 */
final class NotificationText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private NotificationText() {}

  /**
   * What the email is about, as the sweep and the listeners know it; {@code processDefinitionId} is the
   * pathway's, for the sending job (its incident is shown under that pathway in Cockpit), or null.
   */
  record Work(String caseReference, String taskId, String what, ZonedDateTime dueAt, String meetingName, String meetingOn,
      String processDefinitionId) {

    Work {
      dueAt = dueAt == null ? null : dueAt.withZoneSameInstant(WorkingDayCalendar.LONDON);
    }
  }

  static String subject(NotificationKind kind, Work work) {
    return kind.heading() + ": " + work.what() + (work.caseReference() == null ? "" : ", case " + work.caseReference())
        + (work.dueAt() == null ? "" : ", due " + shortDue(work.dueAt()));
  }

  static String body(NotificationKind kind, Recipient recipient, Work work, String link) {
    StringBuilder text = new StringBuilder();
    text.append(switch (kind) {
      case NEW_WORK -> "New work for " + recipient.name() + ".";
      case ASSIGNED -> "This work has been given to you.";
      case MEETING_INVITATION -> recipient.name() + " is invited to a meeting and has work to do for it.";
      case OUTCOME_TO_NOTE -> "There is an outcome for " + recipient.name() + " to note.";
      case DUE_TOMORROW -> "This work is due tomorrow and is still open.";
      case OVERDUE -> "This work is overdue: its due date has passed and it is still open.";
      case OVERDUE_TO_MANAGER -> "Work of your team is still open after its due date and the grace period of the "
          + "standards profile; please make sure someone picks it up.";
      case BREACH_RECORDED -> "A standards breach has been recorded. Its review is a task for the team manager.";
    }).append("\n\n");
    text.append("What: ").append(work.what()).append('\n');
    if (work.caseReference() != null) {
      text.append("Case reference: ").append(work.caseReference()).append('\n');
    }
    if (work.dueAt() != null) {
      text.append(kind == NotificationKind.BREACH_RECORDED ? "Was due: " : "Due: ").append(due(work.dueAt())).append('\n');
    }
    if (work.meetingOn() != null) {
      text.append("Meeting: ").append(work.meetingName()).append(", ").append(meetingOn(work.meetingOn()))
          .append(" (the invitation is attached for your calendar)\n");
    }
    text.append("\nOpen it in Tasklist (you will be asked to sign in):\n").append(link).append("\n\n");
    return text.append(FOOTER).toString();
  }

  /** How every email ends; a digest says it once, after its items. */
  static final String FOOTER = """
      This email carries no details of the child or family: sign in to read them. Please do not reply.
      How you receive these emails (at once or a daily digest) is set in your notification preferences.""";

  static String digestSubject(int count) {
    return "Your safeguarding work: " + count + " notifications";
  }

  /**
   * A daily digest: a numbered list of its items (each one's subject line), then each item as its own
   * email would say it, then the footer once.
   */
  static String digest(List<Notification> items) {
    StringBuilder text = new StringBuilder("Your daily digest: ").append(items.size()).append(" notifications since the last one.\n\n");
    for (int i = 0; i < items.size(); i++) {
      text.append(i + 1).append(". ").append(items.get(i).subject()).append('\n');
    }
    for (int i = 0; i < items.size(); i++) {
      String body = items.get(i).body();
      text.append("\n----------------------------------------\n").append(i + 1).append(". ")
          .append(body.endsWith(FOOTER) ? body.substring(0, body.length() - FOOTER.length()).stripTrailing() : body).append('\n');
    }
    return text.append("\n----------------------------------------\n\n").append(FOOTER).toString();
  }

  /** "by the end of Friday 5 December 2026 (23:59)" for a day's deadline; "by 14:00 on ..." for an hours one. */
  static String due(ZonedDateTime dueAt) {
    ZonedDateTime local = dueAt.withZoneSameInstant(WorkingDayCalendar.LONDON);
    return endOfDay(local) ? "by the end of " + DAY.format(local) + " (23:59)"
        : "by " + TIME.format(local) + " on " + DAY.format(local);
  }

  private static String shortDue(ZonedDateTime dueAt) {
    ZonedDateTime local = dueAt.withZoneSameInstant(WorkingDayCalendar.LONDON);
    String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(local);
    return endOfDay(local) ? day : TIME.format(local) + " " + day;
  }

  private static boolean endOfDay(ZonedDateTime local) {
    return !local.toLocalTime().isBefore(WorkingDayCalendar.END_OF_DAY.withNano(0))
        || local.toLocalTime().equals(LocalTime.MAX);
  }

  static String meetingOn(String isoDateOrDateTime) {
    if (isoDateOrDateTime.contains("T")) {
      java.time.LocalDateTime at = java.time.LocalDateTime.parse(isoDateOrDateTime);
      return DAY.format(at) + " at " + TIME.format(at);
    }
    return DAY.format(LocalDate.parse(isoDateOrDateTime));
  }
}
