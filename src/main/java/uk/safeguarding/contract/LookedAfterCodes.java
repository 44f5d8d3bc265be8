package uk.safeguarding.contract;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The Department for Education's SSDA903 codes (looked after children return) that the looked after
 * pathway records where the work happens: the legal status, the placement, why an episode began and
 * ended, why a placement changed, missing episodes and the child's part in a review. Each list is code
 * to the words a practitioner chooses from; the pathway's contracts declare their variables with
 * {@link #codes}, so {@link CaseWriteGuard} refuses anything else. The returns package reads them back
 * (uk.safeguarding.returns, docs/returns.md).
 */
public final class LookedAfterCodes {

  /** LS: the legal basis of an episode. */
  public static final Map<String, String> LEGAL_STATUSES = ordered(
      "C1", "Interim care order", "C2", "Full care order",
      "D1", "Freeing order granted", "E1", "Placement order granted",
      "V2", "Single period of accommodation under section 20",
      "V3", "Agreed series of short-term breaks, individual episodes recorded",
      "V4", "Agreed series of short-term breaks, agreements recorded",
      "L1", "Police protection, in local authority accommodation", "L2", "Emergency protection order",
      "L3", "Child assessment order, in local authority accommodation",
      "J1", "Remanded to local authority or youth detention accommodation",
      "J2", "In local authority accommodation under PACE 1984",
      "J3", "Sentenced to a youth rehabilitation order with a residence or fostering requirement");

  /** RNE: why an episode began. S starts a period of care; the others are changes within it. */
  public static final String STARTED_TO_BE_LOOKED_AFTER = "S";
  public static final Map<String, String> REASONS_FOR_NEW_EPISODE = ordered(
      STARTED_TO_BE_LOOKED_AFTER, "Started to be looked after",
      "L", "Change of legal status only",
      "P", "Change of placement and carer(s) only",
      "T", "Change of placement (same carer(s)) only",
      "B", "Change of legal status and placement and carer(s) at the same time",
      "U", "Change of legal status and placement (same carer(s)) at the same time");
  /** The reasons a reported change gives: every one but S. */
  public static final List<String> CHANGE_REASONS_FOR_NEW_EPISODE = codeList("L", "P", "T", "B", "U");
  /** The reasons that change the legal status, and those that change the placement. */
  public static final List<String> LEGAL_STATUS_CHANGES = codeList("L", "B", "U");
  public static final List<String> PLACEMENT_CHANGES = codeList("P", "T", "B", "U");

  /**
   * PLACE: the placement types of the 2025 to 2026 collection on. The "other placement" codes Z11 to Z14,
   * which the DfE asks to be listed on a schedule, are not offered (docs/returns.md).
   */
  public static final Map<String, String> PLACEMENT_TYPES = ordered(
      "U1", "Foster placement with relative(s) or friend(s): long term fostering",
      "U2", "Foster placement with relative(s) or friend(s) who are approved adopters: fostering for adoption",
      "U3", "Foster placement with relative(s) or friend(s): not long term or fostering for adoption",
      "U4", "Foster placement with other foster carer(s): long term fostering",
      "U5", "Foster placement with other foster carer(s) who are approved adopters: fostering for adoption",
      "U6", "Foster placement with other foster carer(s): not long term or fostering for adoption",
      "A3", "Placed for adoption with consent with current foster carer(s)",
      "A4", "Placed for adoption with consent not with current foster carer(s)",
      "A5", "Placed for adoption with placement order with current foster carer(s)",
      "A6", "Placed for adoption with placement order not with current foster carer(s)",
      "K1", "Secure children's home", "K2", "Children's home subject to Children's Homes Regulations",
      "K3", "Registered supported accommodation",
      "P1", "Placed with own parent(s) or other person(s) with parental responsibility",
      "P3", "Residential employment", "R1", "Residential care home",
      "R2", "NHS or health trust establishment providing medical or nursing care",
      "R3", "Family centre or mother and baby unit", "R5", "Young offender institution",
      "S1", "Residential school (not dual-registered as a children's home)",
      "T0", "Temporary move of any type", "T1", "Temporary period in hospital",
      "T2", "Temporary absence on holiday", "T3", "Temporary accommodation while the usual foster carer(s) are on holiday",
      "T4", "Temporary accommodation of seven days or less, for any other reason");
  /** Temporary placements: no provider, no reason for a change into or out of them (rules 178, 226). */
  public static final List<String> TEMPORARY_PLACEMENTS = codeList("T0", "T1", "T2", "T3", "T4");
  public static final List<String> FOSTER_PLACEMENTS = codeList("U1", "U2", "U3", "U4", "U5", "U6");
  public static final List<String> ADOPTION_PLACEMENTS = codeList("A3", "A4", "A5", "A6");
  public static final String PLACED_WITH_PARENTS = "P1";

  /** PLACE_PROVIDER: who provides the placement. */
  public static final Map<String, String> PLACEMENT_PROVIDERS = ordered(
      "PR0", "Parent(s) or other person(s) with parental responsibility",
      "PR1", "Own provision (this local authority)", "PR2", "Other local authority provision",
      "PR3", "Other public provision", "PR4", "Private provision", "PR5", "Voluntary or third sector provision");

  /** REC: why an episode ended. X1 is the system's (a new episode begins the same day), never chosen. */
  public static final String NEW_EPISODE_BEGINS = "X1";
  /** Care ended at 18 by the pathway's birthday timer, which cannot tell staying put from leaving (docs/returns.md). */
  public static final String CEASED_FOR_ANY_OTHER_REASON = "E8";
  public static final String STAYED_WITH_CARERS_AT_EIGHTEEN = "E17";
  public static final Map<String, String> REASONS_EPISODE_CEASED = ordered(
      "E11", "Adopted: application for an adoption order unopposed", "E12", "Adopted: consent dispensed with by the court",
      "E2", "Died", "E3", "Care taken over by another local authority in the UK",
      "E4A", "Returned home to parent(s) or others with parental responsibility, as part of care planning",
      "E4B", "Returned home to parent(s) or others with parental responsibility, not as part of care planning",
      "E13", "Left care to live with parent(s), relative(s) or others with no parental responsibility",
      "E41", "Child arrangements order granted",
      "E45", "Special guardianship order to former foster carer(s) who are relatives or friends",
      "E46", "Special guardianship order to former foster carer(s) who are not relatives or friends",
      "E47", "Special guardianship order to other carer(s) who are relatives or friends",
      "E48", "Special guardianship order to other carer(s) who are not relatives or friends",
      "E5", "Moved to independent living with formal advice and support",
      "E6", "Moved to independent living without formal advice and support",
      "E7", "Transferred to residential care funded by adult social care", "E9", "Sentenced to custody",
      "E14", "Accommodation on remand ended", "E15", "Age assessment found the child to be 18 or over",
      "E16", "Child moved abroad", STAYED_WITH_CARERS_AT_EIGHTEEN, "Aged 18 or over and stayed with current carers (staying put)",
      CEASED_FOR_ANY_OTHER_REASON, "Ceased to be looked after for any other reason",
      NEW_EPISODE_BEGINS, "Episode ceased and a new episode began the same day");
  /** What a report of leaving care may give: not X1 (the system's), not E17 (only at 18, which the birthday timer ends). */
  public static final List<String> REPORTED_REASONS_CARE_CEASED = REASONS_EPISODE_CEASED.keySet().stream()
      .filter(code -> !code.equals(NEW_EPISODE_BEGINS) && !code.equals(STAYED_WITH_CARERS_AT_EIGHTEEN)).toList();
  public static final List<String> ADOPTED = codeList("E11", "E12");
  public static final List<String> SPECIAL_GUARDIANSHIP = codeList("E45", "E46", "E47", "E48");

  /** REASON_PLACE_CHANGE: why the child's placement changed. */
  public static final Map<String, String> REASONS_PLACE_CHANGE = ordered(
      "CARPL", "Change to or implementation of the care plan", "CLOSE", "Resignation or closure of provision",
      "ALLEG", "Allegation (s47)", "STAND", "Standards of care concern", "APPRR", "Approval removed",
      "CREQB", "Carer(s) requested the placement end because of the child's behaviour",
      "CREQO", "Carer(s) requested the placement end for another reason", "CHILD", "Child requested the placement end",
      "LAREQ", "Responsible or area authority requested the placement end", "PLACE", "Change in the status of the placement only",
      "CUSTOD", "Custody arrangement", "OTHER", "Other");

  /** MISSING: missing from care, or away from placement without authorisation. */
  public static final Map<String, String> MISSING_TYPES = ordered(
      "M", "Missing: whereabouts not known", "A", "Away from placement without authorisation: whereabouts known");

  /** REVIEW_CODE: how the child took part in the review (PN0 for a child under 4). */
  public static final String UNDER_FOUR = "PN0";
  public static final Map<String, String> REVIEW_PARTICIPATION = ordered(
      UNDER_FOUR, "Child aged under 4 at the time of the review", "PN1", "Child attended and spoke for themselves",
      "PN2", "Child attended and an advocate spoke for them", "PN3", "Child attended and conveyed their views non-verbally",
      "PN4", "Child attended but did not convey their views", "PN5", "Child did not attend; an advocate conveyed their views",
      "PN6", "Child did not attend; their views were conveyed by another method",
      "PN7", "Child did not attend or convey their views");

  /** CIN (category of need) in an episode: the census's primary needs N1 to N8 (N0 and N9 are not needs of a child in care). */
  public static final List<String> CATEGORIES_OF_NEED = codeList("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

  private LookedAfterCodes() {}

  /**
   * A fixed list of codes that answers "no" when asked whether it holds nothing: a variable not recorded (null) is
   * in no list, where {@code List.of} would throw.
   */
  private static List<String> codeList(String... codes) {
    return Collections.unmodifiableList(Arrays.asList(codes));
  }

  public static List<String> codes(Map<String, String> list) {
    return CensusCodes.codes(list);
  }

  private static Map<String, String> ordered(String... pairs) {
    return CensusCodes.ordered(pairs);
  }
}
