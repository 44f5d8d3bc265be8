package uk.safeguarding.notifications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an email tells (issue 24). The statutory kinds are the ones nobody may turn off: every new piece of
 * work, whether offered to an agency, given to a person, an invitation to a meeting or an outcome to
 * note, and work due tomorrow or overdue. A breach recorded is for managers to follow, and they may
 * choose not to have it by email (they still review each one from a task).
 */
public enum NotificationKind {
  NEW_WORK("New work", true),
  ASSIGNED("Work given to you", true),
  MEETING_INVITATION("Invitation", true),
  OUTCOME_TO_NOTE("An outcome to note", true),
  DUE_TOMORROW("Due tomorrow", true),
  OVERDUE("Overdue", true),
  OVERDUE_TO_MANAGER("Overdue in your team", true),
  BREACH_RECORDED("Standards breach recorded", false);

  private final String heading;
  private final boolean statutory;

  NotificationKind(String heading, boolean statutory) {
    this.heading = heading;
    this.statutory = statutory;
  }

  public String heading() {
    return heading;
  }

  public boolean statutory() {
    return statutory;
  }

  /** A new piece of work for its recipient: urgent, and sent at night or at a weekend too, when it is due the same day. */
  public boolean newWork() {
    return this == NEW_WORK || this == ASSIGNED || this == MEETING_INVITATION || this == OUTCOME_TO_NOTE;
  }

  /** As the preferences' API writes it: new-work, due-tomorrow, breach-recorded. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<NotificationKind> byId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
  }
}
