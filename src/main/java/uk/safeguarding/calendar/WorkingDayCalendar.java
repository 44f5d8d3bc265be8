package uk.safeguarding.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England: Monday to Friday less the bank holidays of England and Wales, substitute
 * days included (standards.md section 1). The holidays come from Jollyday's maintained calendar, so a
 * new year or a one-off bank holiday arrives with a library upgrade, not an edit here.
 */
public final class WorkingDayCalendar {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Today in London by the engine's clock, which tests move on: the one "today" of every rule. */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(LONDON).toLocalDate();
  }

  /** A deadline is the end of its day, so a meeting held any time on the due day is in time. */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private static final String ENGLAND = "eng";
  private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar();

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
  private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

  private WorkingDayCalendar() {}

  public static WorkingDayCalendar englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /** The days a practitioner finds on the published list, with substitute days in place of weekend dates. */
  public Set<LocalDate> bankHolidays(int year) {
    return bankHolidaysByYear.computeIfAbsent(year, y -> {
      Set<LocalDate> days = new TreeSet<>();
      for (Holiday holiday : holidays.getHolidays(Year.of(y), ENGLAND)) {
        days.add(holiday.getDate());
      }
      return Set.copyOf(days);
    });
  }

  public boolean isBankHoliday(LocalDate day) {
    return bankHolidays(day.getYear()).contains(day);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isBankHoliday(day);
  }

  /**
   * The Nth working day after {@code day}. Zero means "the same working day": the day itself when it
   * is a working day, otherwise the next one.
   */
  public LocalDate workingDaysAfter(LocalDate day, int workingDays) {
    LocalDate result = day;
    if (workingDays == 0) {
      while (!isWorkingDay(result)) {
        result = result.plusDays(1);
      }
      return result;
    }
    int counted = 0;
    while (counted < workingDays) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /** The Nth working day before {@code day}; zero gives the day itself or the working day before it. */
  public LocalDate workingDaysBefore(LocalDate day, int workingDays) {
    LocalDate result = day;
    if (workingDays == 0) {
      while (!isWorkingDay(result)) {
        result = result.minusDays(1);
      }
      return result;
    }
    int counted = 0;
    while (counted < workingDays) {
      result = result.minusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  public ZonedDateTime endOfDay(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(LONDON);
  }
}
