package uk.safeguarding.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

  /**
   * Where a profile reads a timescale otherwise than the catalogue writes it, the difference by name: the
   * catalogue's words, the profile's reading, why, and the seed line it rests on. A row of
   * catalogue-timescales.csv that differs from its profile without one of these fails.
   */
  enum Reading {
    FD06_NATIONAL("national", "FD-06", "-", "no number", "1 working day",
        "the catalogue sets no number: the referrer's task to note the outcome is due when the decision is (FD-03)",
        "seed 002 line 170: challenging this via the LSCB resolving professional disagreements process without delay"),
    CFA02_NATIONAL("national", "CFA-02", "managerReview", "day 10", "10 working days",
        "standards.md 1: a seed's days are working days where national counts working days (assessments)",
        "seed 004 line 772: Assessments are reviewed by day 10"),
    CFA02_MANCHESTER("manchester", "CFA-02", "managerReview", "day 10", "10 working days",
        "standards.md 1: a seed's days are working days where national counts working days (assessments)",
        "seed 004 line 772: Assessments are reviewed by day 10"),
    CFA03_TARGET_NATIONAL("national", "CFA-03", "target", "no number", "45 working days",
        "national guidance sets only the maximum, so the social worker's target is the maximum",
        "seed 004 line 772: the assessment timescale is up to 45 days"),
    S47_03_NATIONAL("national", "S47-03", "-", "no number", "1 working day",
        "the catalogue sets no number: the next working day keeps S47-05 and ICPC-01 reachable",
        "no seed gives a number (Working Together 2023: the decision to convene is a management decision)"),
    CG02_NATIONAL("national", "CG-02", "-", "7 days", "7 working days",
        "standards.md 1: a seed's days are working days where national counts working days (core groups)",
        "seed 004 line 972: within 7 days the Child's Protection Plan is updated, recorded and shared"),
    CIN01_EARLIEST_NATIONAL("national", "CIN-01", "firstMeetingEarliest", "day 15", "15 working days",
        "standards.md 1: days of the assessment are working days (seed 002 counts the assessment in working days)",
        "seed 002 line 204: between days 15 and 25 of the assessment"),
    CIN01_LATEST_NATIONAL("national", "CIN-01", "firstMeetingLatest", "day 25", "25 working days",
        "standards.md 1: days of the assessment are working days (seed 002 counts the assessment in working days)",
        "seed 002 line 204: between days 15 and 25 of the assessment"),
    CIN01_PLAN_CHESHIRE_EAST("cheshire-east", "CIN-01", "planInPlace", "day 15", "15 working days",
        "standards.md 1: days of the assessment are working days, like Cheshire East's 15-working-day target",
        "seed 002 line 204: The Plan should be in place on completion of the assessment, by day 15"),
    CIN01_EARLIEST_CHESHIRE_EAST("cheshire-east", "CIN-01", "firstMeetingEarliest", "day 15", "15 working days",
        "standards.md 1: days of the assessment are working days",
        "seed 002 line 204: between days 15 and 25 of the assessment"),
    CIN01_LATEST_CHESHIRE_EAST("cheshire-east", "CIN-01", "firstMeetingLatest", "day 25", "25 working days",
        "standards.md 1: days of the assessment are working days",
        "seed 002 line 204: between days 15 and 25 of the assessment"),
    LAC06_REVIEW_CHESHIRE_EAST("cheshire-east", "LAC-06", "review", "termly", "3 months",
        "termly is read as 3 calendar months, national's PEP review",
        "seed 002 line 332: liaise with the Virtual School on a termly basis for the purpose of the PEP review"),
    LAC09_AGREE_NATIONAL("national", "LAC-09", "agreeBefore", "no number", "1 working day before",
        "agreed before it takes effect: by the end of the working day before", "no seed gives a number"),
    LAC09_UNPLANNED_NATIONAL("national", "LAC-09", "unplannedEventNoted", "no number", "1 working day",
        "as soon as possible: by the end of the next working day", "no seed gives a number"),
    LAC10_DISRUPTION_NATIONAL("national", "LAC-10", "disruptionDecision", "no number", "5 working days",
        "the disruption meeting decided as a placement planning meeting is held (LAC-03)", "no seed gives a number"),
    LAC10_REASSESSMENT_NATIONAL("national", "LAC-10", "reassessment", "no number", "45 working days",
        "the reassessment is a child and family assessment, with its national limit (CFA-03)", "no seed gives a number"),
    LAC11_PREPARATION_NATIONAL("national", "LAC-11", "preparation", "no number", "20 working days before",
        "when the social worker's task appears so the plan is in place on the day; not a breach", "no seed gives a number"),
    LAC11_PREPARATION_MANCHESTER("manchester", "LAC-11", "preparation", "no number", "20 working days before",
        "when the social worker's task appears so the plan is in place on the day; not a breach",
        "seed 004 line 1090 gives the start (15 years and 6 months) but no preparation time"),
    ESC01_NATIONAL("national", "ESC-01", "-", "no number", "1 working day",
        "the manager's first look at a breach, before ESC-02's stages", "no seed gives a number"),
    ESC04_NATIONAL("national", "ESC-04", "-", "no number", "1 working day",
        "each party notes a stage's outcome by the next working day, as a contact decision (FD-03)",
        "no seed gives a number"),
    ESC05_NATIONAL("national", "ESC-05", "-", "no number", "5 working days",
        "the chair's manager answers within the line managers' stage (ESC-02 stage 2)",
        "seed 002 line 350: a separate process applies (no number)"),
    LADO03_NATIONAL("national", "LADO-03", "finalOutcome", "no number", "1 month",
        "Keeping children safe in education, Part 4: most allegations resolved within one month", "no seed gives a number"),
    REC01_NATIONAL("national", "REC-01", "-", "24 hours", "1 day",
        "events are recorded by their day, not their minute: 24 hours of the event read as the end of the next day,"
            + " in calendar time as the seed says (a visit on Friday by the end of Saturday)",
        "seed 004 line 1105: recorded promptly, within 24 hours of the event"),
    CL01_PREPARATION_NATIONAL("national", "CL-01", "preparation", "no number", "5 working days",
        "the project's time for the worker to bring the record up to date before closure", "no seed gives a number"),
    CL01_DECISION_NATIONAL("national", "CL-01", "decision", "no number", "1 working day",
        "a management decision, made by the end of the next working day once the record is ready", "no seed gives a number"),
    NE01_ATTEMPT_NATIONAL("national", "NE-01", "furtherAttempt", "no number", "2 working days",
        "seed 003 gives the steps, not their times: the project's default", "seed 003: Stepped Approach (steps only)"),
    NE01_LETTER_NATIONAL("national", "NE-01", "formalLetter", "no number", "5 working days",
        "seed 003 gives the steps, not their times: the project's default", "seed 003: Stepped Approach (steps only)"),
    NE01_ESCALATION_NATIONAL("national", "NE-01", "escalation", "no number", "1 working day",
        "seed 003 gives the steps, not their times: the project's default", "seed 003: Stepped Approach (steps only)"),
    LAC04_MANCHESTER("manchester", "LAC-04", "-", "5 days", "5 working days",
        "standards.md 1: national counts the initial health assessment in working days",
        "seed 004 line 1015: initial health assessments within 5 days of placement"),
    LAC06_PEP_MANCHESTER("manchester", "LAC-06", "pep", "5 days", "5 school days",
        "standards.md 1: national counts the PEP in school days",
        "seed 004 line 1031: a Personal Education Plan (PEP) meeting with the school within 5 days of placement"),
    LAC17_REPORTS_MANCHESTER("manchester", "LAC-17", "reportsBefore", "48 hours before", "2 working days before",
        "48 hours before a review is read as 2 working days counted back from the review day, as standards.md writes"
            + " LAC-08 (2 working days (48 hours))",
        "seed 004 line 1007: available to the IRO 48 hours prior to a child's review");

    final String profile;
    final String ruleId;
    final String key;
    final String catalogueSays;
    final String profileReads;
    final String why;
    final String seedLine;

    Reading(String profile, String ruleId, String key, String catalogueSays, String profileReads, String why, String seedLine) {
      this.profile = profile;
      this.ruleId = ruleId;
      this.key = key;
      this.catalogueSays = catalogueSays;
      this.profileReads = profileReads;
      this.why = why;
      this.seedLine = seedLine;
    }

    static Optional<Reading> of(String profile, String ruleId, String key) {
      return Arrays.stream(values()).filter(r -> r.profile.equals(profile) && r.ruleId.equals(ruleId) && r.key.equals(key))
          .findFirst();
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}: the catalogue says {3}")
  @CsvFileSource(resources = CATALOGUE_TIMESCALES)
  void everyProfileHoldsTheCataloguesTimescale(String profile, String ruleId, String key, String catalogueSays, String where) {
    String profileReads = timescale(profile, ruleId, key).toString();
    Optional<Reading> reading = Reading.of(profile, ruleId, key);
    if (reading.isPresent()) {
      assertThat(reading.get().catalogueSays).as("the reading " + reading.get() + " quotes the catalogue (" + where + ")")
          .isEqualTo(catalogueSays);
      assertThat(profileReads).as(reading.get() + ": " + reading.get().why + "; " + reading.get().seedLine)
          .isEqualTo(reading.get().profileReads);
    } else {
      assertThat(profileReads).as(profile + " " + ruleId + " " + key + " against " + where
          + " (a deliberate difference needs a named Reading with its seed line)").isEqualTo(catalogueSays);
    }
  }

  @Test
  void everyNamedReadingDiffersFromTheCatalogueAndHasItsRow() {
    List<List<String>> rows = catalogueRows();
    for (Reading reading : Reading.values()) {
      assertThat(reading.profileReads).as(reading + " is a difference").isNotEqualTo(reading.catalogueSays);
      assertThat(reading.seedLine).as(reading + " seed line").isNotBlank();
      assertThat(rows).as(reading + " has its row in " + CATALOGUE_TIMESCALES)
          .anySatisfy(row -> assertThat(row.subList(0, 3)).containsExactly(reading.profile, reading.ruleId, reading.key));
    }
  }

  /** No profile figure escapes the check: national's every timescale, and every local one that differs from it. */
  @Test
  void everyTimescaleOfEveryProfileIsWorkedOutByHandInTheCatalogueFile() {
    List<List<String>> rows = catalogueRows();
    StandardsProfile national = profiles.profile("national");
    for (String profileId : List.of("national", "cheshire-east", "manchester", "bolton", "oxfordshire", "calderdale")) {
      profiles.profile(profileId).rules().values().forEach(rule -> keys(rule).forEach(key -> {
        String reads = timescale(profileId, rule.id(), key).toString();
        boolean inherited = !profileId.equals("national") && national.rules().containsKey(rule.id())
            && keys(national.rule(rule.id())).contains(key) && reads.equals(timescale("national", rule.id(), key).toString());
        if (!inherited) {
          assertThat(rows).as(profileId + " " + rule.id() + " " + key + " (" + reads + ") in " + CATALOGUE_TIMESCALES)
              .anySatisfy(row -> assertThat(row.subList(0, 3)).containsExactly(profileId, rule.id(), key));
        }
      }));
    }
  }

  private static final String CATALOGUE_TIMESCALES = "/standards-expected/catalogue-timescales.csv";

  private Timescale timescale(String profile, String ruleId, String key) {
    return profiles.profile(profile).rule(ruleId).timescale("-".equals(key) ? null : key);
  }

  private static List<String> keys(StandardsProfile.Rule rule) {
    return rule.timescale() != null ? List.of("-") : List.copyOf(rule.timescales().keySet());
  }

  private static List<List<String>> catalogueRows() {
    try (var in = StandardsProfilesTest.class.getResourceAsStream(CATALOGUE_TIMESCALES)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> List.of(line.split(",", -1))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  void esc01_theNationalProfileListsTheBreachesThatEscalateByThemselvesAndLocalProfilesInheritThem() {
    assertThat(profiles.profile("national").breachEscalations()).containsOnlyKeys(
        "SD-01", "SD-02", "LAC-15", "ICPC-03", "RCPC-02", "CIN-03", "CG-01", "CG-03", "CG-06");
    // A request unanswered within its timescale: the social worker raises it with the agency whose report is late.
    assertThat(profiles.profile("national").breachEscalation("ICPC-03")).hasValueSatisfying(escalation -> {
      assertThat(escalation.raisedBy().agency()).isEqualTo("csc-social-worker");
      assertThat(escalation.with().lateAgency()).isTrue();
    });
    for (String local : List.of("cheshire-east", "manchester", "bolton", "oxfordshire", "calderdale")) {
      assertThat(profiles.profile(local).breachEscalations()).as(local)
          .isEqualTo(profiles.profile("national").breachEscalations());
    }
  }

  @Test
  void esc01_aProfileThatLeavesABreachOutTakesItOffTheListAndANameOtherThanEsc01StopsTheStart() {
    StandardsProfiles withFixture = StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL,
        List.of("classpath*:standards-test/*.yaml"));
    assertThat(withFixture.profile("reports-chased-by-the-chair").breachEscalations())
        .doesNotContainKey("ICPC-03").containsKeys("SD-01", "CIN-03");

    assertThatThrownBy(() -> StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL,
        List.of("classpath*:standards-invalid/*.yaml")))
        .hasMessageContaining("breachEscalations.CG-04 must name escalation: ESC-01");
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

  /**
   * A timescale changed in the running installation (LocalTimescales) is merged as a file is: a change to
   * national reaches every profile that inherits the rule and not one that sets its own, a named timescale
   * changes alone, and a change of the wrong shape is refused naming the rule.
   */
  @Test
  void icpc01_icpc03_lado02_aLocalTimescaleIsMergedAsTheFilesAreAndRefusedByRuleWhenItDoesNotFit() {
    StandardsProfiles changed = profiles.withLocalTimescales(List.of(
        new StandardsProfiles.LocalTimescale("national", "ICPC-01", null, "10 working days"),
        new StandardsProfiles.LocalTimescale("national", "ICPC-03", "socialWorkerAssessment", "4 working days before"),
        new StandardsProfiles.LocalTimescale("bolton", "LADO-02", "initialConsideration", "2 working days")));
    assertThat(changed.profile("bolton").rule("ICPC-01").timescale(null)).hasToString("10 working days");
    assertThat(changed.profile("national").rule("ICPC-03").timescale("socialWorkerAssessment")).hasToString("4 working days before");
    assertThat(changed.profile("manchester").rule("ICPC-03").timescale("socialWorkerAssessment"))
        .as("manchester sets its own").hasToString("2 working days before");
    assertThat(changed.profile("bolton").rule("LADO-02").timescale("initialConsideration")).hasToString("2 working days");
    assertThat(changed.profile("bolton").rule("LADO-02").timescale("referral")).hasToString("1 working day");
    assertThat(changed.profile("national").rule("LADO-02").timescale("initialConsideration")).hasToString("1 working day");
    assertThat(changed.profile("national").rule("ICPC-01").title()).isEqualTo(profiles.profile("national").rule("ICPC-01").title());
    assertThat(profiles.profile("bolton").rule("ICPC-01").timescale(null)).as("the files' profiles stay").hasToString("15 working days");

    assertThatThrownBy(() -> profiles.withLocalTimescales(List.of(
        new StandardsProfiles.LocalTimescale("bolton", "ICPC-01", null, "a fortnight"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ICPC-01").hasMessageContaining("not a timescale");
    assertThatThrownBy(() -> profiles.withLocalTimescales(List.of(
        new StandardsProfiles.LocalTimescale("bolton", "LADO-02", null, "2 working days"))))
        .hasMessageContaining("LADO-02").hasMessageContaining("several timescales");
    assertThatThrownBy(() -> profiles.withLocalTimescales(List.of(
        new StandardsProfiles.LocalTimescale("atlantis", "ICPC-01", null, "2 working days"))))
        .hasMessageContaining("no standards profile 'atlantis'");
  }
}
