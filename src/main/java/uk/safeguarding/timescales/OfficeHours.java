package uk.safeguarding.timescales;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * When an authority's front door is open: from {@code opens} to {@code closes} on every working day in
 * England. A timescale that counts from a contact's receipt (the rules listed here) starts at the next
 * opening for a contact received out of hours, so the day a contact arrives after closing is not a day
 * the front door had to act on it.
 */
public record OfficeHours(LocalTime opens, LocalTime closes, List<String> rules, String counting, String source) {

  public OfficeHours {
    if (opens == null || closes == null) {
      throw new IllegalArgumentException("officeHours needs the time the front door opens and the time it closes");
    }
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("office hours open at " + opens + " and close at " + closes);
    }
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  public static LocalTime time(String text, String what) {
    try {
      return LocalTime.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("officeHours." + what + " '" + text + "' is not a time (write e.g. 09:00)", e);
    }
  }

  public boolean areOpenAt(ZonedDateTime moment, WorkingDayCalendar calendar) {
    ZonedDateTime local = moment.withZoneSameInstant(WorkingDayCalendar.LONDON);
    LocalTime time = local.toLocalTime();
    return calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
  }

  /** The moment itself when the office is open; otherwise the next opening, on the next working day if need be. */
  public ZonedDateTime nextOpenMoment(ZonedDateTime moment, WorkingDayCalendar calendar) {
    ZonedDateTime local = moment.withZoneSameInstant(WorkingDayCalendar.LONDON);
    if (areOpenAt(local, calendar)) {
      return local;
    }
    LocalDate day = local.toLocalDate();
    boolean beforeOpeningOfAWorkingDay = calendar.isWorkingDay(day) && local.toLocalTime().isBefore(opens);
    LocalDate opening = beforeOpeningOfAWorkingDay ? day : calendar.workingDaysAfter(day, 1);
    return opening.atTime(opens).atZone(WorkingDayCalendar.LONDON);
  }
}
