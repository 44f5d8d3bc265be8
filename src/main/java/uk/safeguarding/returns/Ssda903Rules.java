package uk.safeguarding.returns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.lookedafter.LookedAfterChangeProcess;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;
import uk.safeguarding.lookedafter.LookedAfterReviewsProcess;
import uk.safeguarding.returns.CinCensusRule.WhereFixed;
import uk.safeguarding.returns.Ssda903Child.Episode;
import uk.safeguarding.returns.Ssda903Rule.Ssda903Return;

/**
 * The DfE's SSDA903 validation rules whose data the pathways hold, with the DfE's numbers and messages; read from
 * the DfE's rule descriptions as data-to-insight's open-source 903 validator states them, each in our own words of
 * code (docs/returns.md). A rule that a pathway already enforces when the item is recorded (a code outside the list,
 * which the contract refuses; a temporary placement's provider, which the gate refuses) is still checked here: the
 * return is checked as a whole before it is sent, and the history may hold what was recorded before the rule was.
 */
public final class Ssda903Rules {

  private static final WhereFixed CHILD = CinCensusRules.CHILD;
  private static final WhereFixed BIRTH = CinCensusRules.BIRTH;
  private static final WhereFixed NEED = CinCensusRules.NEED;
  private static final WhereFixed START = new WhereFixed(LookedAfterChildProcess.KEY, null,
      "the start of care: 'The child has become looked after' (legal status, placement, provider, postcodes)");
  private static final WhereFixed CHANGE = new WhereFixed(LookedAfterChangeProcess.KEY, null,
      "a reported change: a move, a new legal status or the child leaving care ('Report a change for a looked after child')");
  private static final WhereFixed REVIEW = new WhereFixed(LookedAfterReviewsProcess.KEY,
      LookedAfterReviewsProcess.Element.HoldReview.name(), "the looked after review: the IRO's record of the review held");
  private static final WhereFixed MISSING = new WhereFixed(LookedAfterChangeProcess.KEY, null,
      "a missing episode: an unplanned event reported as the child missing or away ('Report a change for a looked after child')");

  private static final List<String> SHORT_BREAKS = Arrays.asList("V3", "V4");
  private static final List<String> REMAND_AND_SENTENCE = Arrays.asList("J1", "J2", "J3");
  private static final List<String> CONTINUATIONS = LookedAfterCodes.CHANGE_REASONS_FOR_NEW_EPISODE;
  /** The reasons a period of care ends (every REC but X1), rule 432. */
  private static final List<String> CARE_ENDED = LookedAfterCodes.REASONS_EPISODE_CEASED.keySet().stream()
      .filter(code -> !code.equals(LookedAfterCodes.NEW_EPISODE_BEGINS)).toList();

  /** Every rule, in the DfE's order of numbers. */
  public static final List<Ssda903Rule> ALL = Stream.of(
      // ---------------------------------------------------------------- Header
      rule("101", "The child or young person’s reported sex is not valid.", "Header SEX", CHILD,
          (child, r) -> !CensusCodes.SEX.containsKey(child.sex())),
      rule("102", "Date of birth is not a valid date.", "Header DOB", BIRTH, (child, r) -> child.birthDate() == null),
      rule("103", "The ethnicity code is either not valid or has not been entered.", "Header ETHNIC", CHILD,
          (child, r) -> !CensusCodes.ETHNICITY.containsKey(child.ethnicity())),
      rule("232", "Sex of the child/young person has been reported as unknown.", "Header SEX", CHILD,
          (child, r) -> "U".equals(child.sex())),
      rule("301", "Date of birth falls after the year ended.", "Header DOB", BIRTH,
          (child, r) -> child.birthDate() != null && child.birthDate().isAfter(r.year().end())),
      rule("302", "First episode starts before child was born.", "Episodes DECOM", START,
          (child, r) -> child.birthDate() != null && episodes(child).findFirst()
              .filter(first -> first.start().isBefore(child.birthDate())).isPresent()),
      rule("351", "Child was over 25 at the start of the current collection year.", "Header DOB", BIRTH,
          (child, r) -> child.birthDate() != null && r.year().start().isAfter(child.birthDate().plusYears(25))),
      rule("442", "Unique Pupil Number (UPN) field is not completed.", "Header UPN", CHILD,
          (child, r) -> child.upn() == null && child.episodes().stream()
              .anyMatch(episode -> !SHORT_BREAKS.contains(episode.legalStatus()))),
      // ---------------------------------------------------------------- Episodes: the codes
      rule("142", "A new episode has started, but the previous episode has not ended.", "Episodes DEC", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> pair.before().end() == null || pair.before().reasonEnded() == null)),
      rule("143", "The reason for new episode code is not a valid code.", "Episodes RNE", CHANGE,
          (child, r) -> anyEpisode(child, e -> !LookedAfterCodes.REASONS_FOR_NEW_EPISODE.containsKey(e.reasonForNewEpisode()))),
      rule("144", "The legal status code is not a valid code.", "Episodes LS", START,
          (child, r) -> anyEpisode(child, e -> !LookedAfterCodes.LEGAL_STATUSES.containsKey(e.legalStatus()))),
      rule("145", "Category of need code is not a valid code.", "Episodes CIN", NEED,
          (child, r) -> anyEpisode(child, e -> !LookedAfterCodes.CATEGORIES_OF_NEED.contains(e.categoryOfNeed()))),
      rule("146", "Placement type code is not a valid code.", "Episodes PLACE", START,
          (child, r) -> anyEpisode(child, e -> !LookedAfterCodes.PLACEMENT_TYPES.containsKey(e.placementType()))),
      rule("148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.", "Episodes DEC", CHANGE,
          (child, r) -> anyEpisode(child, e -> (e.end() == null) != (e.reasonEnded() == null))),
      rule("149", "Reason episode ceased code is not valid. ", "Episodes REC", CHANGE,
          (child, r) -> anyEpisode(child, e -> e.reasonEnded() != null
              && !LookedAfterCodes.REASONS_EPISODE_CEASED.containsKey(e.reasonEnded()))),
      rule("178", "Placement provider code is not a valid code.", "Episodes PLACE_PROVIDER", START,
          (child, r) -> anyEpisode(child, e -> e.placementProvider() != null
              && (!LookedAfterCodes.PLACEMENT_PROVIDERS.containsKey(e.placementProvider()) || temporary(e)))),
      rule("213", "Placement provider information not required.", "Episodes PLACE_PROVIDER", CHANGE,
          (child, r) -> anyEpisode(child, e -> temporary(e) && e.placementProvider() != null)),
      rule("225", "Reason for placement change must be recorded.", "Episodes REASON_PLACE_CHANGE", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> LookedAfterCodes.NEW_EPISODE_BEGINS.equals(pair.before().reasonEnded())
              && pair.before().reasonPlaceChange() == null && !temporary(pair.before())
              && LookedAfterCodes.PLACEMENT_CHANGES.contains(pair.after().reasonForNewEpisode()) && !temporary(pair.after()))),
      rule("226", "Reason for placement change is not required for temporary placements.", "Episodes REASON_PLACE_CHANGE", CHANGE,
          (child, r) -> anyEpisode(child, e -> temporary(e) && e.reasonPlaceChange() != null)
              || pairs(child).anyMatch(pair -> temporary(pair.after()) && pair.before().reasonPlaceChange() != null)),
      rule("233", "Reason for placement change is not required when the episode has not ceased.", "Episodes REASON_PLACE_CHANGE",
          CHANGE, (child, r) -> anyEpisode(child, e -> e.end() == null && e.reasonPlaceChange() != null)),
      rule("1009", "Reason for placement change is not a valid code.", "Episodes REASON_PLACE_CHANGE", CHANGE,
          (child, r) -> anyEpisode(child, e -> e.reasonPlaceChange() != null
              && !LookedAfterCodes.REASONS_PLACE_CHANGE.containsKey(e.reasonPlaceChange()))),
      rule("526", "Child is missing a placement provider code for at least one episode.", "Episodes PLACE_PROVIDER", START,
          (child, r) -> anyEpisode(child, e -> !temporary(e) && e.placementProvider() == null)),
      // ---------------------------------------------------------------- Episodes: dates and ages
      rule("352", "Child who started to be looked after was aged 18 or over.", "Episodes DECOM", START,
          (child, r) -> anyEpisode(child, e -> LookedAfterCodes.STARTED_TO_BE_LOOKED_AFTER.equals(e.reasonForNewEpisode())
              && aged(child, e.start(), 18))),
      rule("354", "Date episode ceased must be on or before the end of the current collection year.", "Episodes DEC", CHANGE,
          (child, r) -> anyEpisode(child, e -> e.end() != null && e.end().isAfter(r.year().end()))),
      rule("355", "Episode appears to have lasted for less than 24 hours", "Episodes DEC", CHANGE,
          (child, r) -> anyEpisode(child, e -> e.start().equals(e.end()))),
      rule("356", "The date the episode ceased is before the date the same episode started.", "Episodes DEC", CHANGE,
          (child, r) -> anyEpisode(child, e -> e.end() != null && e.end().isBefore(e.start()))),
      rule("357", "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an "
          + "episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be "
          + "amended to S.", "Episodes RNE", CHANGE,
          (child, r) -> episodes(child).findFirst().filter(first -> !first.start().isBefore(r.year().start())
              && !LookedAfterCodes.STARTED_TO_BE_LOOKED_AFTER.equals(first.reasonForNewEpisode())).isPresent()),
      rule("358", "Child with this legal status should not be under 10.", "Episodes LS", START,
          (child, r) -> anyEpisode(child, e -> REMAND_AND_SENTENCE.contains(e.legalStatus()) && child.birthDate() != null
              && !child.birthDate().plusYears(10).isBefore(e.start()))),
      rule("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.",
          "Episodes LS", CHANGE, (child, r) -> longestUnder(child, r, "L1") > 3),
      rule("362", "Emergency protection order (EPO) lasted longer than 21 days", "Episodes LS", CHANGE,
          (child, r) -> longestUnder(child, r, "L2") > 21),
      rule("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.", "Episodes LS",
          CHANGE, (child, r) -> longestUnder(child, r, "L3") > 7),
      rule("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in "
          + "custody in Local Authority (LA) accommodation.", "Episodes LS", CHANGE, (child, r) -> longestUnder(child, r, "J2") > 21),
      rule("371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16.",
          "Episodes PLACE", START, (child, r) -> placedYounger(child, "K3", 16)),
      rule("372", "Child in youth custody or prison should be at least 10.", "Episodes PLACE", START,
          (child, r) -> placedYounger(child, "R5", 10)),
      rule("373", "Child placed in a school should be at least 4 years old.", "Episodes PLACE", START,
          (child, r) -> placedYounger(child, "S1", 4)),
      rule("374", "Child in residential employment should be at least 14 years old.", "Episodes PLACE", START,
          (child, r) -> placedYounger(child, "P3", 14)),
      rule("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "Episodes PLACE", CHANGE,
          (child, r) -> placedLonger(child, "T1", 42)),
      rule("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.",
          "Episodes PLACE", CHANGE, (child, r) -> placedLonger(child, "T3", 21)),
      rule("378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under "
          + "Section 20 of the Children Act 1989.", "Episodes LS", START,
          (child, r) -> anyEpisode(child, e -> LookedAfterCodes.PLACED_WITH_PARENTS.equals(e.placementType())
              && "V2".equals(e.legalStatus()))),
      rule("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "Episodes PLACE",
          CHANGE, (child, r) -> placedLonger(child, "T4", 7)),
      rule("380", "A period of care cannot start with a temporary placement.", "Episodes PLACE", START,
          (child, r) -> anyEpisode(child, e -> LookedAfterCodes.STARTED_TO_BE_LOOKED_AFTER.equals(e.reasonForNewEpisode())
              && temporary(e))),
      rule("381", "A period of care cannot end with a temporary placement.", "Episodes PLACE", CHANGE,
          (child, r) -> anyEpisode(child, e -> temporary(e) && e.reasonEnded() != null
              && !LookedAfterCodes.NEW_EPISODE_BEGINS.equals(e.reasonEnded()))),
      rule("386", "Reason episode ceased is adopted but child has reached age 18.", "Episodes REC", CHANGE,
          (child, r) -> anyEpisode(child, e -> LookedAfterCodes.ADOPTED.contains(e.reasonEnded()) && aged(child, e.end(), 18))),
      rule("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.",
          "Episodes REC", CHANGE, (child, r) -> anyEpisode(child, e -> Arrays.asList("E5", "E6").contains(e.reasonEnded())
              && child.birthDate() != null && !aged(child, e.end(), 14))),
      rule("388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.", "Episodes REC", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> LookedAfterCodes.NEW_EPISODE_BEGINS.equals(pair.before().reasonEnded())
              != Objects.equals(pair.before().end(), pair.after().start()))
              || last(child).filter(e -> e.end() != null && LookedAfterCodes.NEW_EPISODE_BEGINS.equals(e.reasonEnded())).isPresent()),
      rule("389", "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.",
          "Episodes REC", CHANGE, (child, r) -> anyEpisode(child, e -> "E7".equals(e.reasonEnded()) && child.birthDate() != null
              && !aged(child, e.end(), 16))),
      rule("392c", "Postcode(s) provided are invalid.", "Episodes PL_POST", START,
          (child, r) -> anyEpisode(child, e -> Stream.of(e.homePostcode(), e.placementPostcode())
              .anyMatch(postcode -> postcode != null && !postcode.trim().matches(LookedAfterChildProcess.POSTCODE_PATTERN)))),
      rule("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.", "Episodes REC", CHANGE,
          (child, r) -> anyEpisode(child, e -> LookedAfterCodes.SPECIAL_GUARDIANSHIP.contains(e.reasonEnded())
              && child.birthDate() != null && e.end() != null && e.end().isAfter(child.birthDate().plusYears(18)))),
      rule("431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.",
          "Episodes RNE", CHANGE, (child, r) -> pairs(child).anyMatch(pair -> LookedAfterCodes.STARTED_TO_BE_LOOKED_AFTER
              .equals(pair.after().reasonForNewEpisode()) && pair.before().end() != null
              && !pair.after().start().isAfter(pair.before().end()))),
      rule("432", "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is "
          + "not started to be looked after.", "Episodes RNE", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> CARE_ENDED.contains(pair.before().reasonEnded())
              && !LookedAfterCodes.STARTED_TO_BE_LOOKED_AFTER.equals(pair.after().reasonForNewEpisode()))),
      rule("433", "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the "
          + "same day as the last episode finished.", "Episodes RNE", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> CONTINUATIONS.contains(pair.after().reasonForNewEpisode())
              && !Objects.equals(pair.before().end(), pair.after().start()))),
      rule("434", "Reason for new episode is that child's legal status has changed but not the placement, but this is not "
          + "reflected in the episode data.", "Episodes RNE", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> "L".equals(pair.after().reasonForNewEpisode())
              && (sameLegalStatus(pair) || !samePlacement(pair)))),
      rule("435", "Reason for new episode is that child’s placement has changed but not the legal status, but this is not "
          + "reflected in the episode data recorded.", "Episodes RNE", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> Arrays.asList("P", "T").contains(pair.after().reasonForNewEpisode())
              && (!sameLegalStatus(pair) || samePlacement(pair)))),
      rule("436", "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected "
          + "in the episode data.", "Episodes RNE", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> Arrays.asList("B", "U").contains(pair.after().reasonForNewEpisode())
              && (sameLegalStatus(pair) || samePlacement(pair)))),
      rule("437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.", "Episodes REC",
          CHANGE, (child, r) -> pairs(child).anyMatch(pair -> Arrays.asList("E2", "E15").contains(pair.before().reasonEnded()))),
      rule("445", "D1 is not a valid code for episodes starting after December 2005.", "Episodes LS", START,
          (child, r) -> anyEpisode(child, e -> "D1".equals(e.legalStatus()) && e.start().isAfter(LocalDate.of(2005, 12, 31)))),
      rule("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.",
          "Episodes REC", CHANGE, (child, r) -> anyEpisode(child, e -> LookedAfterCodes.STAYED_WITH_CARERS_AT_EIGHTEEN
              .equals(e.reasonEnded()) && child.birthDate() != null && !aged(child, e.end(), 18))),
      rule("501", "A new episode has started before the end date of the previous episode.", "Episodes DECOM", CHANGE,
          (child, r) -> pairs(child).anyMatch(pair -> pair.before().end() != null && pair.after().start().isBefore(pair.before().end()))),
      rule("504", "The category of need code differs from that reported at start of current period of being looked after",
          "Episodes CIN", NEED, (child, r) -> pairs(child).anyMatch(pair -> LookedAfterCodes.NEW_EPISODE_BEGINS
              .equals(pair.before().reasonEnded()) && Objects.equals(pair.before().end(), pair.after().start())
              && !Objects.equals(pair.before().categoryOfNeed(), pair.after().categoryOfNeed()))),
      // ---------------------------------------------------------------- Reviews
      rule("166", "Date of review is invalid or blank.", "Reviews REVIEW", REVIEW,
          (child, r) -> child.reviews().stream().anyMatch(review -> review.date() == null)),
      rule("167", "Data entry for participation is invalid or blank.", "Reviews REVIEW_CODE", REVIEW,
          (child, r) -> child.reviews().stream()
              .anyMatch(review -> !LookedAfterCodes.REVIEW_PARTICIPATION.containsKey(review.participation()))),
      rule("440", "Participation method indicates child was under 4 years old at the time of the review, but date of birth and "
          + "review date indicates the child was 4 years old or over.", "Reviews REVIEW_CODE", REVIEW,
          (child, r) -> child.reviews().stream().anyMatch(review -> LookedAfterCodes.UNDER_FOUR.equals(review.participation())
              && aged(child, review.date(), 4))),
      rule("441", "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth "
          + "and review date indicates the child was under 4 years old.", "Reviews REVIEW_CODE", REVIEW,
          (child, r) -> child.reviews().stream().anyMatch(review -> review.participation() != null && review.date() != null
              && !LookedAfterCodes.UNDER_FOUR.equals(review.participation()) && child.birthDate() != null
              && !aged(child, review.date(), 4))),
      // ---------------------------------------------------------------- Missing
      rule("1006", "Missing type invalid.", "Missing MISSING", MISSING,
          (child, r) -> child.missing().stream().anyMatch(m -> !LookedAfterCodes.MISSING_TYPES.containsKey(m.type()))),
      rule("564", "Child was missing or away from placement without authorisation and the date started is blank.",
          "Missing MIS_START", MISSING, (child, r) -> child.missing().stream().anyMatch(m -> m.start() == null)),
      rule("567", "The date that the missing episode or episode that the child was away from placement without authorisation "
          + "ended is before the date that it started.", "Missing MIS_END", MISSING,
          (child, r) -> child.missing().stream().anyMatch(m -> m.start() != null && m.end() != null && m.end().isBefore(m.start()))),
      rule("570", "The date that the child started to be missing or away from placement without authorisation is after the end "
          + "of the collection year.", "Missing MIS_START", MISSING,
          (child, r) -> child.missing().stream().anyMatch(m -> m.start() != null && m.start().isAfter(r.year().end()))),
      rule("571", "The date that the child ceased to be missing or away from placement without authorisation is before the start "
          + "or after the end of the collection year.", "Missing MIS_END", MISSING,
          (child, r) -> child.missing().stream().anyMatch(m -> m.end() != null && !r.year().contains(m.end()))),
      rule("574", "A new missing/away from placement without authorisation period cannot start when the previous missing/away "
          + "from placement without authorisation period is still open. Missing/away from placement without authorisation "
          + "periods should also not overlap.", "Missing MIS_START", MISSING, (child, r) -> missingOverlap(child)),
      rule("577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period "
          + "without an end date.", "Missing MIS_END", MISSING,
          (child, r) -> last(child).filter(e -> e.end() != null && !LookedAfterCodes.NEW_EPISODE_BEGINS.equals(e.reasonEnded()))
              .isPresent() && child.missing().stream().anyMatch(m -> m.end() == null)),
      rule("578", "The date that the child started to be missing is after the child ceased to be looked after.", "Missing MIS_START",
          MISSING, (child, r) -> last(child).filter(e -> e.end() != null).map(Episode::end)
              .map(left -> child.missing().stream().anyMatch(m -> m.start() != null && m.start().isAfter(left))).orElse(false)),
      rule("581", "Child is missing but has not yet started to be looked after.", "Missing MIS_START", MISSING,
          (child, r) -> child.missing().stream().anyMatch(m -> m.start() != null && child.episodes().stream()
              .noneMatch(e -> !m.start().isBefore(e.start()) && (e.end() == null || !m.start().isAfter(e.end()))))),
      rule("586", "Dates of missing periods are before child’s date of birth.", "Missing MIS_START", MISSING,
          (child, r) -> child.birthDate() != null && child.missing().stream()
              .anyMatch(m -> m.start() != null && m.start().isBefore(child.birthDate()))))
      .sorted(Comparator.comparing(Ssda903Rule::number, Ssda903Rules::byNumberOrder)).toList();

  private Ssda903Rules() {}

  public static Ssda903Rule byNumber(String number) {
    return ALL.stream().filter(rule -> rule.number().equals(number)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no SSDA903 rule " + number));
  }

  private static Ssda903Rule rule(String number, String message, String column, WhereFixed fixedAt, Ssda903Rule.Check check) {
    return new Ssda903Rule(number, message, column, fixedAt, check);
  }

  /** The DfE's numbers in number order, a letter after its number (392c after 392). */
  private static int byNumberOrder(String one, String other) {
    int compared = Integer.compare(leadingNumber(one), leadingNumber(other));
    return compared != 0 ? compared : one.compareTo(other);
  }

  private static int leadingNumber(String number) {
    String digits = number.replaceAll("\\D.*$", "");
    return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** The child's episodes in the order they began. */
  private static Stream<Episode> episodes(Ssda903Child child) {
    return child.episodes().stream().filter(e -> e.start() != null).sorted(Comparator.comparing(Episode::start));
  }

  private static boolean anyEpisode(Ssda903Child child, Predicate<Episode> fails) {
    return episodes(child).anyMatch(fails);
  }

  private static java.util.Optional<Episode> last(Ssda903Child child) {
    return episodes(child).reduce((a, b) -> b);
  }

  /** An episode and the one after it. */
  private record Pair(Episode before, Episode after) {}

  private static Stream<Pair> pairs(Ssda903Child child) {
    List<Episode> sorted = episodes(child).toList();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      pairs.add(new Pair(sorted.get(i - 1), sorted.get(i)));
    }
    return pairs.stream();
  }

  private static boolean temporary(Episode episode) {
    return LookedAfterCodes.TEMPORARY_PLACEMENTS.contains(episode.placementType());
  }

  private static boolean sameLegalStatus(Pair pair) {
    return Objects.equals(pair.before().legalStatus(), pair.after().legalStatus());
  }

  /** The same placement: its type, provider and postcode (the URN is not recorded). */
  private static boolean samePlacement(Pair pair) {
    return Objects.equals(pair.before().placementType(), pair.after().placementType())
        && Objects.equals(pair.before().placementProvider(), pair.after().placementProvider())
        && Objects.equals(Ssda903Tables.postcode(pair.before().placementPostcode()),
            Ssda903Tables.postcode(pair.after().placementPostcode()));
  }

  /** Whether the child had reached {@code years} on the day (a birthday counts as reached). */
  private static boolean aged(Ssda903Child child, LocalDate day, int years) {
    return child.birthDate() != null && day != null && !day.isBefore(child.birthDate().plusYears(years));
  }

  /** A placement of this type that began before the child was {@code years} old. */
  private static boolean placedYounger(Ssda903Child child, String type, int years) {
    return anyEpisode(child, e -> type.equals(e.placementType()) && child.birthDate() != null && !aged(child, e.start(), years));
  }

  /** A placement of this type that ended more than {@code days} after it began. */
  private static boolean placedLonger(Ssda903Child child, String type, int days) {
    return anyEpisode(child, e -> type.equals(e.placementType()) && e.end() != null
        && ChronoUnit.DAYS.between(e.start(), e.end()) > days);
  }

  /**
   * The longest time, in days, the child was under one legal status without a break: episodes of that status joined
   * where one ends the day the next begins, one still open running to the end of the year (rules 361 to 364).
   */
  private static long longestUnder(Ssda903Child child, Ssda903Return r, String legalStatus) {
    long longest = 0;
    LocalDate runStart = null;
    LocalDate runEnd = null;
    for (Episode episode : episodes(child).toList()) {
      if (!legalStatus.equals(episode.legalStatus())) {
        runStart = null;
        continue;
      }
      LocalDate end = episode.end() == null ? r.year().end() : episode.end();
      if (runStart == null || !episode.start().equals(runEnd)) {
        runStart = episode.start();
      }
      runEnd = end;
      longest = Math.max(longest, ChronoUnit.DAYS.between(runStart, runEnd));
    }
    return longest;
  }

  /** A missing period that starts while an earlier one is open, or before it ended. */
  private static boolean missingOverlap(Ssda903Child child) {
    List<Ssda903Child.Missing> sorted = child.missing().stream().filter(m -> m.start() != null)
        .sorted(Comparator.comparing(Ssda903Child.Missing::start)).toList();
    BiPredicate<Ssda903Child.Missing, Ssda903Child.Missing> overlaps = (earlier, later) -> earlier.end() == null
        || later.start().isBefore(earlier.end());
    for (int i = 1; i < sorted.size(); i++) {
      if (overlaps.test(sorted.get(i - 1), sorted.get(i))) {
        return true;
      }
    }
    return false;
  }
}
