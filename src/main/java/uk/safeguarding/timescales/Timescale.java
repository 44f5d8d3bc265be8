package uk.safeguarding.timescales;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * A timescale as a profile writes it: "15 working days", "6 weeks", "3 months", "3 working days
 * before". Counting follows standards.md section 1: working days skip weekends and bank holidays, weeks
 * and months are calendar, and every deadline but an hours one is the end of its day in London.
 */
public record Timescale(int amount, Unit unit, boolean before) {

  public enum Unit {
    WORKING_DAYS, SCHOOL_DAYS, DAYS, WEEKS, MONTHS, YEARS, HOURS
  }

  private static final Pattern FORM = Pattern.compile(
      "^(\\d+) (working days?|school days?|days?|weeks?|months?|years?|hours?)( before)?$");

  public static Timescale parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a timescale; write e.g. '15 working days', "
          + "'6 weeks', '3 months', '48 hours' or '3 working days before'");
    }
    String unit = m.group(2);
    Unit parsed;
    if (unit.startsWith("working")) {
      parsed = Unit.WORKING_DAYS;
    } else if (unit.startsWith("school")) {
      parsed = Unit.SCHOOL_DAYS;
    } else if (unit.startsWith("day")) {
      parsed = Unit.DAYS;
    } else if (unit.startsWith("week")) {
      parsed = Unit.WEEKS;
    } else if (unit.startsWith("month")) {
      parsed = Unit.MONTHS;
    } else if (unit.startsWith("year")) {
      parsed = Unit.YEARS;
    } else {
      parsed = Unit.HOURS;
    }
    return new Timescale(Integer.parseInt(m.group(1)), parsed, m.group(3) != null);
  }

  /** The deadline this timescale sets when counted from (or, for "before", back from) {@code event}. */
  public ZonedDateTime deadline(ZonedDateTime event, WorkingDayCalendar calendar) {
    ZonedDateTime local = event.withZoneSameInstant(WorkingDayCalendar.LONDON);
    if (unit == Unit.HOURS) {
      return before ? local.minusHours(amount) : local.plusHours(amount);
    }
    LocalDate day = local.toLocalDate();
    int signed = before ? -amount : amount;
    LocalDate due = switch (unit) {
      // School holidays are not known to the system, so school days count as working days (standards.md 1).
      case WORKING_DAYS, SCHOOL_DAYS -> before
          ? calendar.workingDaysBefore(day, amount)
          : calendar.workingDaysAfter(day, amount);
      case DAYS -> day.plusDays(signed);
      case WEEKS -> day.plusWeeks(signed);
      case MONTHS -> day.plusMonths(signed);
      case YEARS -> day.plusYears(signed);
      case HOURS -> throw new IllegalStateException("handled above");
    };
    return calendar.endOfDay(due);
  }

  @Override
  public String toString() {
    String name = switch (unit) {
      case WORKING_DAYS -> "working day";
      case SCHOOL_DAYS -> "school day";
      case DAYS -> "day";
      case WEEKS -> "week";
      case MONTHS -> "month";
      case YEARS -> "year";
      case HOURS -> "hour";
    };
    return amount + " " + name + (amount == 1 ? "" : "s") + (before ? " before" : "");
  }
}
