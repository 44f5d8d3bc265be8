package uk.safeguarding.gates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gate's refusal names days as England writes them, since practitioners read it in Tasklist (issue 16). */
class GateRefusalDatesTest {

  @Test
  void theDaysARefusalNamesReadDayFirst() {
    assertThat(Gate.dayFirst("cannot be in the past (2026-12-03)")).isEqualTo("cannot be in the past (03/12/2026)");
    assertThat(Gate.dayFirst("review 1 is due by 2027-01-21; set a date on or before it"))
        .isEqualTo("review 1 is due by 21/01/2027; set a date on or before it");
  }

  @Test
  void whatThePractitionerTypedAndTimestampsAreLeftAsTheyWere() {
    assertThat(Gate.dayFirst("line 2 has no due date as YYYY-MM-DD ('2026-02-30') before 2026-03-01"))
        .isEqualTo("line 2 has no due date as YYYY-MM-DD ('2026-02-30') before 01/03/2026");
    assertThat(Gate.dayFirst("noticed at 2026-12-09T23:59:59Z")).isEqualTo("noticed at 2026-12-09T23:59:59Z");
  }
}
