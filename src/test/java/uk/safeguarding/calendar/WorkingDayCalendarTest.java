package uk.safeguarding.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The due dates a practitioner would work out with a calendar and the published bank holiday list. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  @Test
  void bankHolidays2026AreThePublishedEnglandAndWalesList() {
    assertThat(calendar.bankHolidays(2026)).containsExactlyInAnyOrder(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
        LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
        // Boxing Day falls on a Saturday: the substitute day is Monday 28 December.
        LocalDate.of(2026, 12, 28));
  }

  @Test
  void christmas2027OnAWeekendGivesTwoSubstituteDays() {
    assertThat(calendar.bankHolidays(2027)).contains(
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
        LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 29))).isTrue();
  }

  @ParameterizedTest(name = "{2} working days after {0} ({1}) is {3}")
  @CsvSource({
      "2026-11-20, a Friday: the weekend is skipped, 1, 2026-11-23",
      "2026-11-21, a Saturday, 1, 2026-11-23",
      "2026-12-24, Christmas Eve: Christmas and the Boxing Day substitute are skipped, 1, 2026-12-29",
      "2026-12-31, New Year's Eve, 1, 2027-01-04",
      "2026-12-09, ICPC-01 across Christmas and New Year, 15, 2027-01-04",
      "2026-04-02, the Thursday before Easter, 1, 2026-04-07",
      "2027-03-25, the Thursday before Easter 2027, 1, 2027-03-30",
      "2026-05-01, the Friday before the early May bank holiday, 1, 2026-05-05",
      "2026-05-22, the Friday before the spring bank holiday, 1, 2026-05-26",
      "2026-08-28, the Friday before the summer bank holiday, 1, 2026-09-01",
      "2027-12-24, Christmas 2027 (two substitute days), 1, 2027-12-29",
      "2026-11-21, a Saturday: the same working day is the Monday, 0, 2026-11-23",
      "2026-11-24, a Tuesday: the same working day is itself, 0, 2026-11-24"})
  void countsWorkingDaysForward(LocalDate from, String why, int workingDays, LocalDate expected) {
    assertThat(calendar.workingDaysAfter(from, workingDays)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} working days before {0} is {2}")
  @CsvSource({
      "2027-01-04, 3, 2026-12-29",
      "2026-11-23, 1, 2026-11-20",
      "2026-04-07, 2, 2026-04-01"})
  void countsWorkingDaysBack(LocalDate from, int workingDays, LocalDate expected) {
    assertThat(calendar.workingDaysBefore(from, workingDays)).isEqualTo(expected);
  }

  @Test
  void aDeadlineIsTheEndOfTheDayInLondonOnBothSidesOfTheClockChange() {
    // 29 March 2026 the clocks go forward: the end of Monday 30 March is 22:59:59 UTC.
    assertThat(calendar.endOfDay(calendar.workingDaysAfter(LocalDate.of(2026, 3, 27), 1)).toOffsetDateTime()
        .withOffsetSameInstant(ZoneOffset.UTC).toString()).isEqualTo("2026-03-30T22:59:59Z");
    // 25 October 2026 they go back: the end of Monday 26 October is 23:59:59 UTC.
    assertThat(calendar.endOfDay(calendar.workingDaysAfter(LocalDate.of(2026, 10, 23), 1)).toOffsetDateTime()
        .withOffsetSameInstant(ZoneOffset.UTC).toString()).isEqualTo("2026-10-26T23:59:59Z");
  }

  @Test
  void countsTheWorkingDaysBetweenTwoDates() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 9), LocalDate.of(2027, 1, 4))).isEqualTo(15);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 9))).isEqualTo(-15);
  }
}
