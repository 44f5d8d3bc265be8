package uk.safeguarding.standards;

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
 * profile's RA-01 entry, counted from the previous assessment (national figures; Manchester adds its own).
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
      "national, residentialLongTermSettled, 2027-11-24",
      "national, disabledResidential, 2027-05-24",
      "manchester, childProtectionGoodPractice, 2027-05-24",
      "manchester, fosterCare, 2027-11-24"})
  void ra01_eachPlanTypeHasItsReassessmentIntervalFromTheProfile(String profile, String planType, String due) {
    Date deadline = standards.due(scope(profile), "RA-01", planType, "2026-11-24");

    assertThat(deadline.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate()).hasToString(due);
  }

  @Test
  void ra01_everyNationalPlanTypeIsInEveryProfile() {
    for (String profile : standards.profiles().all().keySet()) {
      for (String planType : java.util.List.of("childInNeed", "childProtection", "fosterCare", "residential",
          "residentialLongTermSettled", "disabledResidential")) {
        assertThat(standards.due(scope(profile), "RA-01", planType, "2026-11-24")).as(profile + " " + planType).isNotNull();
      }
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
