package uk.safeguarding.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The days a manager asks the dashboard about, both included, in London. A deadline belongs to the
 * period in which its due day falls (deadlines are 23:59:59 London on the due day).
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

  /** Longer periods would make a trend no manager reads; two years covers "this year against last". */
  static final int MOST_MONTHS = 24;

  public ReportingPeriod {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("The period starts on " + from + ", after it ends on " + to);
    }
    if (YearMonth.from(from).plusMonths(MOST_MONTHS).isBefore(YearMonth.from(to))) {
      throw new IllegalArgumentException("Choose a period of at most " + MOST_MONTHS + " months");
    }
  }

  /** Parses the dashboard's {@code from} and {@code to}; without them, the twelve months to today. */
  public static ReportingPeriod parse(String from, String to, LocalDate today) {
    try {
      LocalDate end = to == null || to.isBlank() ? today : LocalDate.parse(to);
      LocalDate start = from == null || from.isBlank() ? YearMonth.from(end).minusMonths(11).atDay(1) : LocalDate.parse(from);
      return new ReportingPeriod(start, end);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Give the period's days as YYYY-MM-DD (from=" + from + ", to=" + to + ")");
    }
  }

  public Instant start() {
    return from.atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
  }

  /** The first moment after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }
}
