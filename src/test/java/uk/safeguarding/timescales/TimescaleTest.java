package uk.safeguarding.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguarding.calendar.WorkingDayCalendar;

/** standards.md section 1: how each kind of timescale counts. */
class TimescaleTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  @ParameterizedTest(name = "{1} from {0} ends {2}")
  @CsvSource({
      "2026-12-09T14:30, 15 working days, 2027-01-04T23:59:59Z",
      "2026-12-24T09:00, 1 working day, 2026-12-29T23:59:59Z",
      "2026-11-20T10:00, 6 weeks, 2027-01-01T23:59:59Z",
      "2026-11-30T10:00, 3 months, 2027-02-28T23:59:59Z",
      "2027-01-04T10:00, 3 working days before, 2026-12-29T23:59:59Z",
      "2026-11-20T10:00, 7 days, 2026-11-27T23:59:59Z",
      "2026-11-20T10:00, 48 hours, 2026-11-22T10:00:00Z",
      "2026-06-10T10:00, 1 working day, 2026-06-11T22:59:59Z"})
  void countsFromTheEventToTheEndOfTheDueDay(String event, String timescale, String expected) {
    ZonedDateTime from = java.time.LocalDateTime.parse(event).atZone(WorkingDayCalendar.LONDON);
    assertThat(Timescale.parse(timescale).deadline(from, calendar).toInstant().toString())
        .isEqualTo(java.time.Instant.parse(expected).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"15", "fifteen working days", "15 workdays", "3 months after", ""})
  void refusesWhatIsNotATimescale(String text) {
    assertThatThrownBy(() -> Timescale.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a timescale");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 working day", "15 working days", "6 weeks", "3 working days before", "20 school days"})
  void writesItselfBackAsItWasRead(String text) {
    assertThat(Timescale.parse(text)).hasToString(text);
  }

  @org.junit.jupiter.api.Test
  void schoolDaysCountAsWorkingDaysWhileSchoolHolidaysAreUnknown() {
    ZonedDateTime placement = LocalDate.of(2026, 12, 9).atStartOfDay(WorkingDayCalendar.LONDON);
    assertThat(Timescale.parse("15 school days").deadline(placement, calendar))
        .isEqualTo(Timescale.parse("15 working days").deadline(placement, calendar));
  }
}
