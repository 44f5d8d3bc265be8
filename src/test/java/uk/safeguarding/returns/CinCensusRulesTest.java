package uk.safeguarding.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each DfE census rule against a child that keeps every rule, then against that child broken in one
 * way: the broken child fails exactly the rules named, by number.
 */
class CinCensusRulesTest {

  static final CensusYear YEAR = new CensusYear(2026);

  /** A child of the 2026 to 2027 census who keeps every rule; each case below spoils one thing. */
  static final class Child {
    String caseReference = "CIN-0001";
    String laChildId = "CIN0001";
    String upn = "P201123456789";
    LocalDate birthDate = day("2014-03-02");
    String sex = "F";
    String ethnicity = "WBRI";
    List<String> disabilities = new ArrayList<>(List.of("NONE"));
    LocalDate referralDate = day("2026-06-01");
    String referralSource = "2A";
    String primaryNeed = "N1";
    LocalDate closureDate = day("2027-03-01");
    String reasonForClosure = "RC7";
    List<CinCensusChild.Assessment> assessments = new ArrayList<>(List.of(
        assessment(day("2026-06-02"), day("2026-07-10"))));
    List<CinCensusChild.CinPlan> cinPlans = new ArrayList<>(List.of(new CinCensusChild.CinPlan(day("2026-07-13"), day("2026-09-01"))));
    List<CinCensusChild.Section47> section47s = new ArrayList<>(List.of(
        new CinCensusChild.Section47(day("2026-09-02"), day("2026-09-23"), day("2026-09-22"), false)));
    List<CinCensusChild.ProtectionPlan> plans = new ArrayList<>(List.of(
        new CinCensusChild.ProtectionPlan(day("2026-09-22"), day("2027-02-26"), "NEG", "NEG", 0, List.of(day("2026-12-15")))));
    List<CinCensusChild.Episode> otherEpisodes = new ArrayList<>();
    boolean withoutEpisodes;

    CinCensusChild build() {
      List<CinCensusChild.Episode> episodes = new ArrayList<>(List.of(new CinCensusChild.Episode(referralDate, referralSource,
          primaryNeed, closureDate, reasonForClosure, false, assessments, cinPlans, section47s, plans)));
      episodes.addAll(otherEpisodes);
      if (withoutEpisodes) {
        episodes.clear();
      }
      return new CinCensusChild(caseReference, laChildId, upn, birthDate, sex, ethnicity, disabilities, episodes);
    }
  }

  /** A second episode of the child: a referral, closed or not, with nothing else recorded. */
  static CinCensusChild.Episode episode(String referral, String closure, String reason) {
    return new CinCensusChild.Episode(day(referral), "2A", "N1", closure == null ? null : day(closure), reason, false,
        List.of(), List.of(), List.of(), List.of());
  }

  /** An assessment as the pathway records it: the factors are written up with it, here once it is authorised. */
  static CinCensusChild.Assessment assessment(LocalDate start, LocalDate authorised, String... factors) {
    return new CinCensusChild.Assessment(start, authorised,
        factors.length > 0 ? List.of(factors) : authorised == null ? List.of() : List.of("4B"));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Set<String> failedRules(CinCensusChild child, List<CinCensusChild> census) {
    return CinCensusValidation.failedRules(child, new CinCensusRule.Census(YEAR, census)).stream()
        .map(CinCensusRule::number).collect(Collectors.toSet());
  }

  static Arguments broken(String rule, Consumer<Child> spoil, String... alsoFailing) {
    return Arguments.of(rule, spoil, Set.of(alsoFailing));
  }

  static CinCensusChild.ProtectionPlan plan(String start, String end, String... reviews) {
    return new CinCensusChild.ProtectionPlan(day(start), end == null ? null : day(end), "NEG", "NEG", 0,
        Stream.of(reviews).map(CinCensusRulesTest::day).toList());
  }

  static CinCensusChild.Section47 enquiry(String start, String target, String held) {
    return new CinCensusChild.Section47(day(start), day(target), held == null ? null : day(held), false);
  }

  static Stream<Arguments> brokenChildren() {
    return Stream.of(
        broken("1103", c -> c.assessments.set(0, assessment(day("2026-05-29"), day("2026-07-10")))),
        broken("1104", c -> c.section47s.set(0, enquiry("2026-06-01", "2026-06-22", "2026-05-29")), "8615", "2885"),
        broken("1105", c -> c.plans.set(0, plan("2026-05-29", "2027-02-26", "2026-12-15")), "2885", "4001", "4016"),
        broken("1510", c -> c.upn = "A201123456789"),
        broken("1540", c -> c.upn = "P2011234X6789"),
        broken("1550", c -> c.upn = "P20112345678I"),
        broken("1570", c -> c.laChildId = "ABCDEFGHIJKLMNOPQRSTU"),
        broken("2889", c -> c.section47s.set(0, enquiry("2026-05-29", "2026-09-23", "2026-09-22"))),
        broken("4004", c -> c.cinPlans.addAll(List.of(new CinCensusChild.CinPlan(day("2026-10-01"), null),
            new CinCensusChild.CinPlan(day("2026-11-02"), null))), "4014", "4001", "4003", "4016"),
        broken("4011", c -> c.cinPlans.set(0, new CinCensusChild.CinPlan(day("2026-09-01"), day("2026-07-13")))),
        broken("4014", c -> c.cinPlans.add(new CinCensusChild.CinPlan(day("2026-08-03"), day("2026-08-20")))),
        broken("4015", c -> c.cinPlans.set(0, new CinCensusChild.CinPlan(day("2026-05-29"), day("2026-09-01")))),
        broken("4180", c -> c.sex = null),
        broken("4220", c -> c.ethnicity = "WXYZ"),
        broken("8500", c -> c.laChildId = " "),
        broken("8520", c -> c.birthDate = day("2027-04-02"), "8606"),
        broken("8540", c -> c.disabilities.clear()),
        broken("8600", c -> c.referralDate = null),
        broken("8606", c -> c.birthDate = day("2027-03-30")),
        broken("8608", c -> c.assessments.set(0, assessment(day("2026-07-10"), day("2026-06-02")))),
        broken("8610", c -> c.primaryNeed = null),
        broken("8615", c -> c.section47s.set(0, enquiry("2026-09-23", "2026-09-23", "2026-09-22"))),
        broken("8620", c -> c.closureDate = day("2027-04-01")),
        broken("8630", c -> c.closureDate = day("2026-05-29"), "8565"),
        broken("8640", c -> c.reasonForClosure = "RC10"),
        broken("8650", c -> c.primaryNeed = "N10"),
        broken("8696", c -> c.assessments.set(0, assessment(day("2027-03-01"), day("2027-04-02"))), "8565"),
        broken("8715", c -> c.section47s.set(0, enquiry("2027-03-22", "2027-04-13", "2027-04-06")), "2885", "8565", "2883"),
        broken("8790", c -> c.disabilities.add("AUT")),
        broken("8805", c -> c.reasonForClosure = null),
        broken("8810", c -> c.closureDate = null),
        broken("8840", c -> c.plans.set(0, plan("2026-09-22", "2026-09-22"))),
        broken("8841", c -> c.plans.set(0, plan("2026-09-22", "2027-02-26", "2026-09-22"))),
        broken("8866", c -> c.referralSource = "school"),
        broken("8870Q", c -> c.section47s.set(0, enquiry("2026-09-02", "2026-09-26", "2026-09-22"))),
        broken("8875", c -> c.section47s.set(0, enquiry("2026-09-02", "2026-09-23", "2026-09-27")), "2885"),
        broken("8905", c -> c.plans.set(0, new CinCensusChild.ProtectionPlan(day("2026-09-22"), day("2027-02-26"), null, "NEG", 0,
            List.of()))),
        broken("8910", c -> c.plans.set(0, new CinCensusChild.ProtectionPlan(day("2026-09-22"), day("2027-02-26"), "NEG", "physical",
            0, List.of()))),
        broken("8925", c -> c.plans.set(0, plan("2026-09-22", "2026-09-21"))),
        broken("8930", c -> c.plans.set(0, plan("2026-09-22", "2027-04-01", "2026-12-15")), "8565"),
        broken("8935", c -> c.plans.addAll(List.of(plan("2027-01-04", null), plan("2027-02-01", null))), "8940", "2885", "2883"),
        broken("8940", c -> c.plans.add(plan("2026-12-01", "2027-01-15")), "2885", "2883"),
        broken("2885", c -> c.plans.set(0, plan("2026-09-23", "2027-02-26", "2026-12-15"))),
        broken("4001", c -> c.cinPlans.set(0, new CinCensusChild.CinPlan(day("2026-09-01"), day("2026-10-01"))), "4017"),
        broken("4010", c -> c.cinPlans.set(0, new CinCensusChild.CinPlan(null, day("2026-09-01")))),
        broken("4013", c -> c.cinPlans.set(0, new CinCensusChild.CinPlan(day("2026-03-02"), day("2026-03-30"))), "4015"),
        broken("8565", c -> c.plans.set(0, plan("2026-09-22", "2027-02-26", "2027-03-05"))),
        broken("8720", c -> c.plans.set(0, new CinCensusChild.ProtectionPlan(null, day("2027-02-26"), "NEG", "NEG", 0, List.of()))),
        broken("8736", c -> c.assessments.set(0, assessment(day("2026-03-20"), null)), "1103", "8867", "8670Q"),
        broken("8740", c -> c.section47s.set(0, enquiry("2026-03-20", "2026-04-13", null)), "2889", "8868", "2885", "2883", "8675Q"),
        broken("8815", c -> {
          c.closureDate = null;
          c.reasonForClosure = null;
          c.otherEpisodes.add(episode("2026-10-01", null, null));
        }, "8820", "8816"),
        broken("8820", c -> c.otherEpisodes.add(episode("2027-02-01", "2027-02-20", "RC7"))),
        broken("8863Q", c -> c.assessments.add(assessment(day("2026-06-20"), day("2026-07-20")))),
        broken("8867", c -> c.assessments.set(0, assessment(day("2026-06-02"), null)), "8670Q"),
        broken("8868", c -> c.section47s.set(0, enquiry("2026-09-02", "2026-09-23", null)), "2885", "2883", "8675Q"),
        broken("8614", c -> c.assessments.set(0, assessment(day("2026-06-02"), null, "4B")), "8867", "8670Q"),
        broken("8825Q", c -> {
          c.assessments.clear();
          c.reasonForClosure = "RC8";
        }, "2991Q"),
        broken("8869", c -> c.assessments.set(0, assessment(day("2026-06-02"), day("2026-07-10"), "21", "4B")), "8873Q"),
        broken("8873Q", c -> c.assessments.set(0, assessment(day("2026-06-02"), day("2026-07-10"), "21"))),
        broken("8897Q", c -> c.assessments.set(0, new CinCensusChild.Assessment(day("2026-06-02"), day("2026-07-10"), List.of()))),
        broken("8898", c -> c.assessments.set(0, assessment(day("2026-06-02"), day("2026-07-10"), "4B", "4B"))),
        broken("8945Q", c -> c.assessments.set(0, assessment(day("2026-06-02"), day("2026-07-10"), "18A"))),
        broken("8950Q", c -> c.assessments.set(0, assessment(day("2026-06-02"), day("2026-07-10"), "19A"))),
        broken("8890", c -> c.section47s.add(enquiry("2026-09-10", "2026-10-01", "2026-09-30"))),
        broken("2883", c -> c.plans.add(plan("2027-02-26", "2027-03-01")), "2885"),
        broken("2991Q", c -> c.assessments.clear()),
        broken("4003", c -> {
          c.plans.set(0, plan("2026-09-22", "2027-02-26", "2026-12-15", "2027-02-28"));
          c.cinPlans.add(new CinCensusChild.CinPlan(day("2027-02-26"), day("2027-03-01")));
        }),
        broken("4012Q", c -> c.cinPlans.set(0, new CinCensusChild.CinPlan(day("2026-07-13"), day("2026-07-13")))),
        broken("4016", c -> c.cinPlans.add(new CinCensusChild.CinPlan(day("2027-02-01"), day("2027-02-20"))), "4001"),
        broken("4017", c -> c.cinPlans.set(0, new CinCensusChild.CinPlan(day("2026-09-01"), day("2026-10-01"))), "4001"),
        broken("8590", c -> c.withoutEpisodes = true),
        broken("8670Q", c -> c.assessments.add(assessment(day("2027-01-04"), null)), "8867"),
        broken("8675Q", c -> c.section47s.add(enquiry("2027-01-04", "2027-01-25", null)), "8868"),
        broken("8730", c -> c.plans.set(0, new CinCensusChild.ProtectionPlan(day("2026-09-22"), day("2027-02-26"), "NEG", "NEG", -1,
            List.of(day("2026-12-15"))))),
        broken("8816", c -> {
          c.closureDate = null;
          c.reasonForClosure = null;
          c.otherEpisodes.add(episode("2027-03-05", "2027-03-20", "RC7"));
        }, "8820"),
        broken("8839", c -> {
          openTheEpisode(c);
          c.section47s.addAll(List.of(enquiry("2027-03-15", "2027-03-22", null), enquiry("2027-03-16", "2027-03-23", null)));
        }, "8890"),
        broken("8896", c -> {
          openTheEpisode(c);
          c.assessments.addAll(List.of(assessment(day("2027-03-15"), null), assessment(day("2027-03-16"), null)));
        }, "8863Q"));
  }

  /** The child's case still open at the end of the year: no closure, so work still going on then is no 8867 or 8868. */
  static void openTheEpisode(Child child) {
    child.closureDate = null;
    child.reasonForClosure = null;
  }

  @ParameterizedTest(name = "rule {0}")
  @MethodSource("brokenChildren")
  void eachRuleFailsTheChildThatBreaksIt(String rule, Consumer<Child> spoil, Set<String> alsoFailing) {
    Child child = new Child();
    spoil.accept(child);
    CinCensusChild broken = child.build();

    assertThat(failedRules(broken, List.of(broken)))
        .as("rule " + rule + ": " + CinCensusRules.byNumber(rule).message())
        .isEqualTo(Stream.concat(Stream.of(rule), alsoFailing.stream()).collect(Collectors.toSet()));
  }

  @Test
  void theChildOfTheCasesKeepsEveryRule() {
    CinCensusChild child = new Child().build();
    assertThat(failedRules(child, List.of(child))).isEmpty();
  }

  @Test
  void rule8510_twoChildrenWithOneLaChildIdBothFail() {
    Child other = new Child();
    other.caseReference = "CIN/0001";
    List<CinCensusChild> census = List.of(new Child().build(), other.build());

    assertThat(census).allSatisfy(child -> assertThat(failedRules(child, census)).containsExactly("8510"));
    assertThat(CinCensusRecords.laChildId("CIN/0001")).as("a reference's '/' and '-' are not in the census ID").isEqualTo("CIN0001");
  }

  @Test
  void everyRuleHasABrokenChildHere() {
    Set<String> tested = Stream.concat(brokenChildren().map(arguments -> (String) arguments.get()[0]), Stream.of("8510"))
        .collect(Collectors.toSet());
    assertThat(CinCensusRules.ALL).extracting(CinCensusRule::number).containsExactlyInAnyOrderElementsOf(tested);
    assertThat(CinCensusRules.ALL).hasSizeGreaterThanOrEqualTo(78);
  }

  @Test
  void rule2883_isOnTheWholeReturn_anotherChildsConferenceWithoutAPlanEvensItOut() {
    Child twoPlans = new Child();
    twoPlans.plans.add(plan("2027-02-26", "2027-03-01"));
    Child conferenceWithoutAPlan = new Child();
    conferenceWithoutAPlan.caseReference = "CIN-0002";
    conferenceWithoutAPlan.laChildId = "CIN0002";
    conferenceWithoutAPlan.plans.clear();
    List<CinCensusChild> census = List.of(twoPlans.build(), conferenceWithoutAPlan.build());

    assertThat(failedRules(census.get(0), census)).containsExactly("2885");
    assertThat(failedRules(census.get(1), census)).isEmpty();
  }

  @Test
  void rules4003_8670Q_8675Q_keepTheirLimits() {
    Child reviewOnTheDayThePlanEnds = new Child();
    reviewOnTheDayThePlanEnds.plans.set(0, plan("2026-09-22", "2027-02-26", "2026-12-15", "2027-02-26"));
    reviewOnTheDayThePlanEnds.cinPlans.add(new CinCensusChild.CinPlan(day("2027-02-26"), day("2027-03-01")));
    CinCensusChild reviewed = reviewOnTheDayThePlanEnds.build();
    assertThat(failedRules(reviewed, List.of(reviewed))).as("a review on the plan's last day, as the CIN plan starts").isEmpty();

    // 45 working days before 31 March 2027 is 25 January (Good Friday and Easter Monday are bank holidays); 15 is 8 March.
    Child lateStarts = new Child();
    openTheEpisode(lateStarts);
    lateStarts.assessments.add(assessment(day("2027-01-25"), null));
    lateStarts.section47s.add(enquiry("2027-03-08", "2027-03-29", null));
    CinCensusChild late = lateStarts.build();
    assertThat(failedRules(late, List.of(late))).isEmpty();

    lateStarts.assessments.set(1, assessment(day("2027-01-22"), null));
    lateStarts.section47s.set(1, enquiry("2027-03-05", "2027-03-26", null));
    CinCensusChild earlier = lateStarts.build();
    assertThat(failedRules(earlier, List.of(earlier))).containsExactlyInAnyOrder("8670Q", "8675Q");
  }

  @Test
  void aChildWithNoUpnSaysWhyAndKeepsTheUpnRulesAndGoesInUpnUnknown() throws Exception {
    Child underSix = new Child();
    underSix.upn = "UN1";
    CinCensusChild child = underSix.build();
    assertThat(failedRules(child, List.of(child))).as("UN1 is no malformed UPN (1510, 1540, 1550)").isEmpty();
    String xml = CinCensusXml.write(YEAR, new CinCensusXml.Source("999", "Safeguarding pathways", "1"),
        java.time.LocalDateTime.of(2027, 1, 5, 9, 0), List.of(child));
    assertThat(xml).contains("<UPNunknown>UN1</UPNunknown>").doesNotContain("<UPN>");
  }

  @Test
  void rule1510_theUpnCheckLetterIsWorkedOutAsTheDfeDescribesIt() {
    // 2x2 + 0x3 + 1x4 + 1x5 + 2x6 + 3x7 + 4x8 + 5x9 + 6x10 + 7x11 + 8x12 + 9x13 = 473; 473 mod 23 = 13, the 14th letter
    // of ABCDEFGHJKLMNPQRTUVWXYZ (I, O and S are left out).
    assertThat(uk.safeguarding.contract.CensusCodes.upnCheckLetter("?201123456789")).isEqualTo('P');
  }
}
