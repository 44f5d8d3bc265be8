package uk.safeguarding.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * Each profile holds the catalogue's figures (standards.md sections 3 to 5), local profiles override
 * only what their seed makes different, and the rest is inherited from national.
 */
class StandardsProfilesTest {

  private final StandardsProfiles profiles = StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL);

  @ParameterizedTest(name = "{0} {1} {2} is {3}")
  @CsvFileSource(resources = "/standards-expected/catalogue-timescales.csv")
  void everyProfileHoldsTheCataloguesTimescale(String profile, String ruleId, String key, String expected) {
    Timescale timescale = profiles.profile(profile).rule(ruleId).timescale("-".equals(key) ? null : key);
    assertThat(timescale).hasToString(expected);
  }

  @Test
  void theSixProfilesOfTheCatalogueExist() {
    assertThat(profiles.all().keySet()).containsExactlyInAnyOrder(
        "national", "cheshire-east", "manchester", "bolton", "oxfordshire", "calderdale");
  }

  @Test
  void localProfilesInheritNationalAndCarryTheirQualityStandards() {
    assertThat(profiles.profile("bolton").inherits()).isEqualTo("national");
    assertThat(profiles.profile("bolton").rules()).containsOnlyKeys(profiles.profile("national").rules().keySet());
    assertThat(profiles.profile("oxfordshire").qualityStandards())
        .anySatisfy(standard -> assertThat(standard).containsIgnoringCase("Complex Case Panel"));
  }

  @ParameterizedTest(name = "{0} names {1} among its quality standards")
  @org.junit.jupiter.params.provider.CsvSource({
      "bolton, CIN-04 ESC-01 REC-01 SUP-01",
      "oxfordshire, CIN-04 ICPC-05 RCPC-07 SD-05 ESC-02",
      "calderdale, CFA-08 CG-05 FD-04 NE-01 SD-05 CHR-01"})
  void qualityStandardsOfTheLocalProfilesPointAtTheCatalogueRulesTheyStrengthen(String profile, String ruleIds) {
    String standards = String.join("\n", profiles.profile(profile).qualityStandards());
    for (String ruleId : ruleIds.split(" ")) {
      assertThat(standards).as(profile + " quality standards").contains(ruleId);
    }
  }

  @Test
  void everyRuleSaysWhereItComesFromAndHowItCounts() {
    profiles.profile("national").rules().values().forEach(rule -> {
      assertThat(rule.title()).as(rule.id() + " title").isNotBlank();
      assertThat(rule.source()).as(rule.id() + " source").isNotBlank();
      assertThat(rule.counting()).as(rule.id() + " counting").isNotBlank();
    });
  }

  @Test
  void cfa03CheshireEastSetsTheCompletionDeadlineTwentyWorkingDaysEarlierThanNational() {
    Standards standards = new Standards(profiles, WorkingDayCalendar.englandAndWales());
    var referral = LocalDate.of(2026, 11, 2).atStartOfDay(WorkingDayCalendar.LONDON);
    assertThat(standards.deadline("national", "CFA-03", "completion", referral).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(standards.deadline("cheshire-east", "CFA-03", "completion", referral).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 12, 21));
  }

  @Test
  void icpc03ManchesterSharesReportsTwoWorkingDaysBeforeTheConferenceWhereNationalSaysThree() {
    Standards standards = new Standards(profiles, WorkingDayCalendar.englandAndWales());
    var conference = LocalDate.of(2027, 1, 6).atStartOfDay(WorkingDayCalendar.LONDON);
    assertThat(standards.deadline("manchester", "ICPC-03", "socialWorkerAssessment", conference).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(standards.deadline("national", "ICPC-03", "socialWorkerAssessment", conference).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void lac04_lac06_manchesterCountsTheHealthAssessmentAndThePepFromThePlacementAndTheOthersFromBecomingLookedAfter() {
    // Seed 004: "initial health assessments within 5 days of placement"; "a Personal Education Plan (PEP)
    // meeting with the school within 5 days of placement". The PEP reviews count from the previous one.
    assertThat(profiles.profile("manchester").rule("LAC-04").countsFrom(null)).isEqualTo("the start of the placement");
    assertThat(profiles.profile("manchester").rule("LAC-06").countsFrom("pep")).isEqualTo("the start of the placement");
    assertThat(profiles.profile("manchester").rule("LAC-06").countsFrom("review")).isNull();
    for (String profile : new String[] {"national", "cheshire-east", "bolton", "oxfordshire", "calderdale"}) {
      assertThat(profiles.profile(profile).rule("LAC-04").countsFrom(null)).as(profile).isEqualTo("the child becoming looked after");
      assertThat(profiles.profile(profile).rule("LAC-06").countsFrom("pep")).as(profile).isEqualTo("the child becoming looked after");
    }
    assertThatThrownBy(() -> profiles.profile("manchester").rule("LAC-06").countsFrom("initial"))
        .hasMessageContaining("no timescale 'initial'");
  }

  @Test
  void anUnknownProfileRuleOrTimescaleIsRefusedByName() {
    assertThatThrownBy(() -> profiles.profile("atlantis")).hasMessageContaining("no standards profile 'atlantis'");
    assertThatThrownBy(() -> profiles.profile("national").rule("XX-99")).hasMessageContaining("XX-99");
    assertThatThrownBy(() -> profiles.profile("national").rule("RCPC-01").timescale(null))
        .hasMessageContaining("several timescales");
    assertThatThrownBy(() -> profiles.profile("national").rule("ESC-02").timescale("stage9"))
        .hasMessageContaining("no timescale 'stage9'");
  }
}
