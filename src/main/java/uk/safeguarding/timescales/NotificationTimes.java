package uk.safeguarding.timescales;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * When a profile's authority sends its notifications (issue 24): only between {@code sendFrom} and
 * {@code sendUntil} on a working day, except what is urgent (work due the same day); and how long work
 * stays overdue before the worker's manager is told too ({@code managerToldAfter}, counted from the due
 * date as every other timescale).
 */
public record NotificationTimes(Timescale managerToldAfter, LocalTime sendFrom, LocalTime sendUntil, String counting,
    String source) {

  public NotificationTimes {
    if (managerToldAfter == null) {
      throw new IllegalArgumentException("notifications.managerToldAfter is missing (e.g. '1 working day')");
    }
    new OfficeHours(sendFrom, sendUntil, List.of(), counting, source);
  }

  /** The moment itself inside the sending hours of a working day; otherwise their next start. */
  public ZonedDateTime nextSendingMoment(ZonedDateTime moment, WorkingDayCalendar calendar) {
    return new OfficeHours(sendFrom, sendUntil, List.of(), counting, source).nextOpenMoment(moment, calendar);
  }

  /** When work due at {@code dueAt} and still open has been overdue long enough for the manager to be told. */
  public ZonedDateTime managerToldFrom(ZonedDateTime dueAt, WorkingDayCalendar calendar) {
    return managerToldAfter.deadline(dueAt, calendar);
  }
}
