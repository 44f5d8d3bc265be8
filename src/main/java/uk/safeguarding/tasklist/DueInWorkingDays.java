package uk.safeguarding.tasklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * A due date as a card reads it: "Due Mon 07/12/2026" and "in 3 working days", "today" or "2 working
 * days overdue", on London's calendar with England's bank holidays. Every deadline ends at 23:59:59
 * London on its day, so a task is overdue from the day after, and due today all of its last day.
 */
final class DueInWorkingDays {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);

  private final Instant now;
  private final LocalDate today;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  DueInWorkingDays(Instant now) {
    this.now = now;
    this.today = LocalDate.ofInstant(now, WorkingDayCalendar.LONDON);
  }

  /** {@code due} (ISO day), {@code dueText}, {@code whenText}, {@code workingDays} and {@code state}; nothing but the state without a due date. */
  Map<String, Object> of(Date dueDate) {
    Map<String, Object> card = new LinkedHashMap<>();
    if (dueDate == null) {
      card.put("state", "none");
      return card;
    }
    LocalDate day = LocalDate.ofInstant(dueDate.toInstant(), WorkingDayCalendar.LONDON);
    card.put("due", day.toString());
    // DD/MM/YYYY with the English weekday, whatever the browser's language
    card.put("dueText", "Due " + DAY.format(day));
    if (dueDate.toInstant().isBefore(now)) {
      int late = Math.max(1, calendar.workingDaysBetween(day, today));
      card.put("workingDays", -late);
      card.put("whenText", late == 1 ? "1 working day overdue" : late + " working days overdue");
      card.put("state", "overdue");
    } else if (day.equals(today)) {
      card.put("workingDays", 0);
      card.put("whenText", "due today");
      card.put("state", "due-today");
    } else {
      int left = calendar.workingDaysBetween(today, day);
      card.put("workingDays", left);
      card.put("whenText", left == 0 ? "before the next working day" : left == 1 ? "in 1 working day" : "in " + left + " working days");
      card.put("state", left <= 5 ? "due-soon" : "later");
    }
    return card;
  }
}
