package uk.safeguarding.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The front door's office hours (FD-03, FD-05): national 09:00 to 17:00 on working days, which no seed
 * changes, so every authority inherits them. A contact outside them counts from the next opening.
 */
class OfficeHoursTest {

  private final StandardsProfiles profiles = StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL);
  private final Standards standards = new Standards(profiles, WorkingDayCalendar.englandAndWales());

  @ParameterizedTest(name = "FD-03 {0} counts from {1}, decision due by the end of {2}")
  @CsvSource({
      // Wednesday 9 December 2026, a working day
      "2026-12-09T08:59, 2026-12-09T09:00, 2026-12-10",
      "2026-12-09T09:00, 2026-12-09T09:00, 2026-12-10",
      "2026-12-09T16:59, 2026-12-09T16:59, 2026-12-10",
      "2026-12-09T17:00, 2026-12-10T09:00, 2026-12-11",
      // Friday evening and Saturday count from Monday's opening
      "2026-12-11T18:00, 2026-12-14T09:00, 2026-12-15",
      "2026-12-12T11:00, 2026-12-14T09:00, 2026-12-15",
      // Good Friday 2027 (26 March) and Easter Monday (29 March) are bank holidays
      "2027-03-26T10:00, 2027-03-30T09:00, 2027-03-31",
      "2027-03-25T21:30, 2027-03-30T09:00, 2027-03-31"})
  void fd03_fd05_aContactOutOfHoursCountsFromTheNextOpening(String received, String countsFrom, String decisionDue) {
    for (String profile : profiles.all().keySet()) {
      var start = standards.officeHoursFrom(profile, LocalDateTime.parse(received).atZone(WorkingDayCalendar.LONDON));
      assertThat(start.toLocalDateTime()).as(profile).isEqualTo(LocalDateTime.parse(countsFrom));
      assertThat(standards.deadline(profile, "FD-03", null, start).toLocalDate()).as(profile).hasToString(decisionDue);
    }
  }

  @Test
  void fd03_fd05_everyProfileNamesTheFrontDoorRulesItsOfficeHoursMove() {
    profiles.all().values().forEach(profile -> {
      assertThat(profile.officeHours().rules()).as(profile.id()).containsExactly("FD-03", "FD-05");
      assertThat(profile.officeHours().source()).as(profile.id()).contains("seed 004");
    });
  }

  @Test
  void officeHoursThatCloseBeforeTheyOpenAreRefused() {
    assertThatThrownBy(() -> new OfficeHours(OfficeHours.time("17:00", "opens"), OfficeHours.time("09:00", "closes"),
        java.util.List.of("FD-03"), "", "")).hasMessageContaining("open at 17:00 and close at 09:00");
    assertThatThrownBy(() -> OfficeHours.time("9am", "opens")).hasMessageContaining("'9am' is not a time");
  }
}
