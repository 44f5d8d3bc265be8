package uk.safeguarding.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mockito.Mockito;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * RA-01: the reassessment clocks of every type of plan and placement run from one place, the case's
 * profile's RA-01 entry, counted from the previous assessment (national figures, which every local profile inherits).
 */
class ReassessmentClocksTest {

  private final Standards standards = new Standards(StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL),
      WorkingDayCalendar.englandAndWales());

  @ParameterizedTest(name = "RA-01 {0} {1}: assessed 2026-11-24, reassessed by {2}")
  @CsvSource({
      "national, childInNeed, 2027-05-24",
      "national, childProtection, 2027-08-24",
      "national, fosterCare, 2027-11-24",
      "national, residential, 2027-05-24",
      "manchester, fosterCare, 2027-11-24"})
  void ra01_eachPlanTypeHasItsReassessmentIntervalFromTheProfile(String profile, String planType, String due) {
    Date deadline = standards.due(scope(profile), "RA-01", planType, "2026-11-24");

    assertThat(deadline.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate()).hasToString(due);
  }

  /**
   * standards.md 4 (RA-01): CiN 6 months, CP 9, foster care 12, residential 6; no local profile differs
   * (standards.md 5). The residential "12 if long-term and settled" and the disabled child's 6 are not
   * timescales of any profile: nothing records them, so residential is always 6 (the reason is in national.yaml). Counted from Monday
   * 31 August 2026 (the summer bank holiday), worked with a calendar: 6 months is 31 February 2027, clamped to
   * the month's last day, Sunday 28 February (standards.md 1: months are calendar, clamped; a calendar date,
   * not moved to a working day); 9 months is Monday 31 May 2027; 12 months is Tuesday 31 August 2027.
   */
  @ParameterizedTest(name = "RA-01 {1} in every profile: assessed 2026-08-31, reassessed by {2}")
  @CsvSource({
      "6 months, childInNeed, 2027-02-28",
      "9 months, childProtection, 2027-05-31",
      "12 months, fosterCare, 2027-08-31",
      "6 months, residential, 2027-02-28"})
  void ra01_everyProfileReassessesEachPlanTypeOnTheCataloguesDate(String interval, String planType, String due) {
    for (String profile : java.util.List.of("national", "cheshire-east", "manchester", "bolton", "oxfordshire", "calderdale")) {
      Date deadline = standards.due(scope(profile), "RA-01", planType, "2026-08-31");

      assertThat(deadline.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDateTime())
          .as(profile + " " + planType + " (" + interval + ")").hasToString(due + "T23:59:59");
    }
  }

  @Test
  void ra01_theResidentialRelaxationsNoStepRecordsAreNotInAnyProfile() {
    for (String profile : java.util.List.of("national", "cheshire-east", "manchester", "bolton", "oxfordshire", "calderdale")) {
      assertThatThrownBy(() -> standards.due(scope(profile), "RA-01", "residentialLongTermSettled", "2026-11-24"))
          .as(profile).hasMessageContaining("RA-01");
    }
  }

  @Test
  void ra01_anUnknownPlanTypeIsAnError() {
    assertThatThrownBy(() -> standards.due(scope("national"), "RA-01", "kinshipCare", "2026-11-24"))
        .hasMessageContaining("RA-01");
  }

  private static VariableScope scope(String profile) {
    VariableScope scope = Mockito.mock(VariableScope.class);
    Mockito.when(scope.getVariable(Standards.PROFILE_VARIABLE)).thenReturn(profile);
    return scope;
  }
}
