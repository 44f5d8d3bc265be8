package uk.safeguarding.returns;

import static uk.safeguarding.contract.CensusCodes.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.conference.InitialChildProtectionConferenceProcess;
import uk.safeguarding.conference.ReviewChildProtectionConferenceProcess;
import uk.safeguarding.frontdoor.ContactProcess;
import uk.safeguarding.returns.CinCensusChild.Episode;
import uk.safeguarding.returns.CinCensusChild.ProtectionPlan;
import uk.safeguarding.returns.CinCensusRule.WhereFixed;

/**
 * The DfE's children in need census validation rules (2026 to 2027) whose data the pathways hold, with
 * the DfE's numbers and messages; read from the DfE's rule descriptions, each in our own words of code.
 * A rule that a pathway already enforces when the item is recorded (a code outside the list, which the
 * contract refuses) is still checked here: the census is checked as a whole before it is sent.
 */
public final class CinCensusRules {

  private static final WhereFixed CASE_REFERENCE = new WhereFixed(ChildCaseProcess.KEY, null,
      "the child's case reference (open a new case under a reference the census takes)");
  static final WhereFixed CHILD = new WhereFixed(ChildCaseProcess.KEY, ChildCaseProcess.Element.UpdateCaseSummary.name(),
      "the child's sex, ethnicity, disability and UPN: the assessment's first visit, or the child's case summary");
  static final WhereFixed BIRTH = new WhereFixed(ChildCaseProcess.KEY, null,
      "the child's date of birth: Correct the case record");
  private static final WhereFixed REFERRAL = new WhereFixed(ContactProcess.KEY, ContactProcess.Element.DecideOnContact.name(),
      "the referral: the front door's decision on the contact, or the start of care for a child who came into care first");
  static final WhereFixed NEED = new WhereFixed(ChildAndFamilyAssessmentProcess.KEY,
      ChildAndFamilyAssessmentProcess.Element.EndorseAssessment.name(),
      "the primary need: the manager's authorisation of the assessment, the initial conference's record, or the start of care");
  private static final WhereFixed ASSESSMENT = new WhereFixed(ChildAndFamilyAssessmentProcess.KEY, null,
      "the assessment's dates: the child and family assessment");
  private static final WhereFixed ASSESSMENT_FACTORS_AT = new WhereFixed(ChildAndFamilyAssessmentProcess.KEY,
      ChildAndFamilyAssessmentProcess.Element.CompleteAssessment.name(),
      "the factors: the social worker's write-up of the assessment");
  private static final WhereFixed CLOSURE = new WhereFixed(ChildCaseProcess.KEY, ChildCaseProcess.Element.DecideCaseClosure.name(),
      "the closure: the manager's decision to close the case");
  private static final WhereFixed CONFERENCE = new WhereFixed(InitialChildProtectionConferenceProcess.KEY,
      InitialChildProtectionConferenceProcess.Element.RecordInitialConference.name(),
      "the enquiry and the initial conference: the record of the initial conference");
  private static final WhereFixed PLAN = new WhereFixed(ReviewChildProtectionConferenceProcess.KEY,
      ReviewChildProtectionConferenceProcess.Element.RecordReviewConference.name(),
      "the child protection plan: the initial conference that starts it and the review conferences");
  private static final WhereFixed CIN_PLAN = new WhereFixed(ChildCaseProcess.KEY, null, "the child in need plan");

  /** The reasons for closure that say the case closed after its assessment. */
  private static final Set<String> AFTER_ASSESSMENT = Set.of("RC8", "RC9");
  private static final String NO_FACTORS = "21";

  /** Every rule, in the DfE's order of numbers. */
  public static final List<CinCensusRule> ALL = Stream.of(
      rule("1103", "The assessment start date cannot be before the referral date", "AssessmentActualStartDate", ASSESSMENT,
          (child, census) -> anyAssessment(child, (episode, assessment) -> before(assessment.startDate(), episode.referralDate()))),
      rule("1104", "The date of the initial child protection conference cannot be before the referral date", "DateOfInitialCPC",
          CONFERENCE, (child, census) -> anySection47(child,
              (episode, enquiry) -> before(enquiry.initialConferenceDate(), episode.referralDate()))),
      rule("1105", "The child protection plan start date cannot be before the referral date", "CPPstartDate", PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> before(plan.startDate(), episode.referralDate()))),
      rule("1510", "UPN invalid (wrong check letter at character 1)", "UPN", CHILD,
          (child, census) -> upnDigits(child.upn()) && child.upn().charAt(0) != upnCheckLetter(child.upn())),
      rule("1540", "UPN invalid (characters 5-12 not all numeric)", "UPN", CHILD,
          (child, census) -> child.upn() != null && !upnUnknown(child.upn()) && (child.upn().length() != 13
              || !child.upn().substring(4, 12).chars().allMatch(Character::isDigit))),
      rule("1550", "UPN invalid (character 13 not a recognised value)", "UPN", CHILD,
          (child, census) -> child.upn() != null && child.upn().length() == 13
              && !Character.isDigit(child.upn().charAt(12)) && UPN_CHECK_LETTERS.indexOf(child.upn().charAt(12)) < 0),
      rule("1570", "LA Child ID must not be longer than 20 characters", "LAchildID", CASE_REFERENCE,
          (child, census) -> child.laChildId() != null && child.laChildId().length() > 20),
      rule("2889", "The S47 start date cannot be before the referral date.", "S47ActualStartDate", CONFERENCE,
          (child, census) -> anySection47(child, (episode, enquiry) -> before(enquiry.startDate(), episode.referralDate()))),
      rule("2883", "There are more child protection plans starting than initial conferences taking place", "CPPstartDate",
          CONFERENCE, (child, census) -> plansStarted(child, census.year()) > conferencesHeld(child, census.year())
              && census.children().stream().mapToLong(other -> plansStarted(other, census.year())).sum()
                  > census.children().stream().mapToLong(other -> conferencesHeld(other, census.year())).sum()),
      rule("2991Q", "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no "
          + "assessment on the episode", "AssessmentActualStartDate", ASSESSMENT, (child, census) -> child.episodes().stream()
              .anyMatch(episode -> !episode.section47s().isEmpty() && episode.assessments().isEmpty())),
      rule("4003", "A CPP review date is shown as being held at the same time as an open CIN Plan.", "CPPreviewDate", CIN_PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> plan.reviewDates().stream().anyMatch(review ->
              !review.equals(plan.endDate()) && episode.cinPlans().stream().anyMatch(cinPlan ->
                  inPeriod(review, cinPlan.startDate(), cinPlan.endDate(), census.year()))))),
      rule("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date", "CINPlanEndDate", CIN_PLAN,
          (child, census) -> child.episodes().stream().anyMatch(episode ->
              episode.cinPlans().stream().filter(plan -> plan.endDate() == null).count() > 1)),
      rule("4011", "CIN Plan End Date earlier than Start Date", "CINPlanEndDate", CIN_PLAN,
          (child, census) -> child.episodes().stream().flatMap(episode -> episode.cinPlans().stream())
              .anyMatch(plan -> before(plan.endDate(), plan.startDate()))),
      rule("4014", "CIN Plan data contains overlapping dates", "CINPlanStartDate", CIN_PLAN,
          (child, census) -> child.episodes().stream().anyMatch(episode -> overlap(episode.cinPlans(),
              CinCensusChild.CinPlan::startDate, CinCensusChild.CinPlan::endDate))),
      rule("4015", "The CIN Plan start date cannot be before the referral date", "CINPlanStartDate", CIN_PLAN,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.cinPlans().stream()
              .anyMatch(plan -> before(plan.startDate(), episode.referralDate())))),
      rule("2885", "Child protection plan shown as starting a different day to the initial child protection conference.",
          "CPPstartDate", CONFERENCE, (child, census) -> anyPlan(child, (episode, plan) -> plan.startDate() != null
              && episode.section47s().stream().noneMatch(enquiry -> plan.startDate().equals(enquiry.initialConferenceDate())))),
      rule("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan", "CINPlanStartDate", CIN_PLAN,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.cinPlans().stream().anyMatch(cinPlan ->
              episode.protectionPlans().stream().anyMatch(plan -> during(cinPlan.startDate(), cinPlan.endDate(),
                  plan.startDate(), plan.endDate()))))),
      rule("4010", "CIN Plan start date is missing or out of data collection period", "CINPlanStartDate", CIN_PLAN,
          (child, census) -> child.episodes().stream().flatMap(episode -> episode.cinPlans().stream())
              .anyMatch(plan -> plan.startDate() == null || plan.startDate().isAfter(census.year().end()))),
      rule("4012Q", "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
          "CINPlanEndDate", CIN_PLAN, (child, census) -> child.episodes().stream().flatMap(episode -> episode.cinPlans().stream())
              .anyMatch(plan -> plan.startDate() != null && plan.startDate().equals(plan.endDate()))),
      rule("4013", "CIN Plan end date must fall within the census year", "CINPlanEndDate", CIN_PLAN,
          (child, census) -> child.episodes().stream().flatMap(episode -> episode.cinPlans().stream())
              .anyMatch(plan -> plan.endDate() != null && !census.year().contains(plan.endDate()))),
      rule("4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", "CINPlanStartDate",
          CIN_PLAN, (child, census) -> child.episodes().stream().anyMatch(episode -> episode.cinPlans().stream().anyMatch(cinPlan ->
              plans(child).anyMatch(plan -> inPeriod(cinPlan.startDate(), plan.startDate(), plan.endDate(), census.year()))))),
      rule("4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", "CPPstartDate",
          CIN_PLAN, (child, census) -> anyPlan(child, (episode, plan) -> child.episodes().stream().flatMap(other ->
              other.cinPlans().stream()).anyMatch(cinPlan -> inPeriod(plan.startDate(), cinPlan.startDate(), cinPlan.endDate(),
                  census.year())))),
      rule("4180", "Sex must be provided and equal M, F, or U", "Sex", CHILD,
          (child, census) -> !SEX.containsKey(String.valueOf(child.sex()))),
      rule("4220", "Ethnicity is missing or invalid (see Ethnicity table)", "Ethnicity", CHILD,
          (child, census) -> !ETHNICITY.containsKey(String.valueOf(child.ethnicity()))),
      rule("8500", "LA Child ID missing", "LAchildID", CASE_REFERENCE,
          (child, census) -> child.laChildId() == null || child.laChildId().isBlank()),
      rule("8510", "More than one child record with the same LA Child ID", "LAchildID", CASE_REFERENCE,
          (child, census) -> child.laChildId() != null && !child.laChildId().isBlank() && census.children().stream()
              .filter(other -> child.laChildId().equals(other.laChildId())).count() > 1),
      rule("8520", "Date of Birth is after data collection period (must be on or before the end of the census period)",
          "PersonBirthDate", BIRTH, (child, census) -> child.birthDate() != null && child.birthDate().isAfter(census.year().end())),
      rule("8540", "Child’s disability is missing or invalid (see Disability table)", "Disability", CHILD,
          (child, census) -> child.disabilities().isEmpty() || !DISABILITY.keySet().containsAll(child.disabilities())),
      rule("8565", "Activity shown after a case has been closed", "CINclosureDate", CLOSURE,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.closureDate() != null
              && activity(episode).anyMatch(day -> day.isAfter(episode.closureDate())))),
      rule("8590", "Child does not have a recorded CIN episode.", "LAchildID", REFERRAL,
          (child, census) -> child.episodes().isEmpty()),
      rule("8600", "Child referral date missing or after data collection period", "CINreferralDate", REFERRAL,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.referralDate() == null
              || episode.referralDate().isAfter(census.year().end()))),
      rule("8606", "Child referral date is more than 40 weeks before DOB or expected DOB", "CINreferralDate", REFERRAL,
          (child, census) -> child.birthDate() != null && child.episodes().stream().anyMatch(episode ->
              episode.referralDate() != null && episode.referralDate().isBefore(child.birthDate().minusWeeks(40)))),
      rule("8608", "Assessment Start Date cannot be later than its End Date", "AssessmentAuthorisationDate", ASSESSMENT,
          (child, census) -> anyAssessment(child, (episode, assessment) ->
              before(assessment.authorisationDate(), assessment.startDate()))),
      rule("8610", "Primary Need code is missing for a referral which led to further action.", "PrimaryNeedCode", NEED,
          (child, census) -> child.episodes().stream().anyMatch(episode -> !episode.referralNfa() && episode.primaryNeed() == null)),
      rule("8614", "Parental or child factors at assessment should only be present for a completed assessment.",
          "AssessmentFactors", ASSESSMENT_FACTORS_AT, (child, census) -> anyAssessment(child, (episode, assessment) ->
              assessment.authorisationDate() == null && !assessment.factors().isEmpty())),
      rule("8615", "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child "
          + "Protection Conference", "S47ActualStartDate", CONFERENCE, (child, census) -> anySection47(child, (episode, enquiry) ->
              enquiry.startDate() == null || before(enquiry.initialConferenceDate(), enquiry.startDate()))),
      rule("8620", "CIN Closure Date present and does not fall within the Census year", "CINclosureDate", CLOSURE,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.closureDate() != null
              && !census.year().contains(episode.closureDate()))),
      rule("8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode", "CINclosureDate", CLOSURE,
          (child, census) -> child.episodes().stream().anyMatch(episode -> before(episode.closureDate(), episode.referralDate()))),
      rule("8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)", "ReasonForClosure",
          CLOSURE, (child, census) -> child.episodes().stream().anyMatch(episode -> episode.reasonForClosure() != null
              && !REASONS_FOR_CLOSURE.containsKey(episode.reasonForClosure()))),
      rule("8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)", "PrimaryNeedCode", NEED,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.primaryNeed() != null
              && !PRIMARY_NEEDS.containsKey(episode.primaryNeed()))),
      rule("8670Q", "Please check and either amend data or provide a reason: Assessment started more than 45 working days "
          + "before the end of the census year. However, there is no Assessment end date.", "AssessmentActualStartDate",
          ASSESSMENT, (child, census) -> anyAssessment(child, (episode, assessment) -> assessment.authorisationDate() == null
              && before(assessment.startDate(), workingDaysBeforeTheEnd(census.year(), 45)))),
      rule("8675Q", "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days "
          + "before the end of the census year. However, there is no date of Initial Child Protection Conference.",
          "S47ActualStartDate", CONFERENCE, (child, census) -> anySection47(child, (episode, enquiry) -> awaitingConference(enquiry)
              && before(enquiry.startDate(), workingDaysBeforeTheEnd(census.year(), 15)))),
      rule("8696", "Assessment end date must fall within the census year", "AssessmentAuthorisationDate", ASSESSMENT,
          (child, census) -> anyAssessment(child, (episode, assessment) -> assessment.authorisationDate() != null
              && assessment.authorisationDate().isAfter(census.year().end()))),
      rule("8715", "Date of Initial Child Protection Conference must fall within the census year", "DateOfInitialCPC", CONFERENCE,
          (child, census) -> anySection47(child, (episode, enquiry) -> enquiry.initialConferenceDate() != null
              && !census.year().contains(enquiry.initialConferenceDate()))),
      rule("8720", "Child Protection Plan Start Date missing or out of data collection period", "CPPstartDate", PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> plan.startDate() == null
              || plan.startDate().isAfter(census.year().end()))),
      rule("8730", "Total Number of previous Child Protection Plans missing", "NumberOfPreviousCPP", PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> plan.previousPlans() < 0)),
      rule("8736", "For an Assessment that has not been completed, the start date must fall within the census year",
          "AssessmentActualStartDate", ASSESSMENT, (child, census) -> anyAssessment(child, (episode, assessment) ->
              assessment.authorisationDate() == null && !census.year().contains(assessment.startDate()))),
      rule("8740", "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census "
          + "year, the start date must fall within the census year", "S47ActualStartDate", CONFERENCE,
          (child, census) -> anySection47(child, (episode, enquiry) -> !enquiry.initialConferenceNotRequired()
              && (enquiry.initialConferenceDate() == null || enquiry.initialConferenceDate().isAfter(census.year().end()))
              && !census.year().contains(enquiry.startDate()))),
      rule("8790", "Disability information includes both None and other values", "Disability", CHILD,
          (child, census) -> child.disabilities().contains("NONE") && child.disabilities().size() > 1),
      rule("8805", "A CIN case cannot have a CIN closure date without a Reason for Closure", "ReasonForClosure", CLOSURE,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.closureDate() != null
              && episode.reasonForClosure() == null)),
      rule("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date", "CINclosureDate", CLOSURE,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.reasonForClosure() != null
              && episode.closureDate() == null)),
      rule("8815", "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child "
          + "and case is not a referral with no further action.", "CINclosureDate", CLOSURE,
          (child, census) -> child.episodes().stream().filter(episode -> episode.closureDate() == null && !episode.referralNfa())
              .count() > 1),
      rule("8816", "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest "
          + "episode.", "CINreferralDate", CLOSURE, (child, census) -> child.episodes().stream().anyMatch(episode ->
              episode.closureDate() == null && !episode.referralNfa() && episode.referralDate() != null
                  && child.episodes().stream().anyMatch(other -> before(episode.referralDate(), other.referralDate())))),
      rule("8820", "The dates on the CIN episodes for this child overlap", "CINreferralDate", REFERRAL,
          (child, census) -> overlap(child.episodes(), Episode::referralDate, Episode::closureDate)),
      rule("8825Q", "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after "
          + "assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no "
          + "assessment present for the episode.", "ReasonForClosure", CLOSURE, (child, census) -> child.episodes().stream()
              .anyMatch(episode -> AFTER_ASSESSMENT.contains(String.valueOf(episode.reasonForClosure()))
                  && episode.assessments().isEmpty())),
      rule("8839", "Within one CINDetails group there are 2 or more open S47 Assessments", "DateOfInitialCPC", CONFERENCE,
          (child, census) -> child.episodes().stream().anyMatch(episode -> episode.section47s().stream()
              .filter(CinCensusRules::awaitingConference).count() > 1)),
      rule("8840", "Child Protection Plan cannot start and end on the same day", "CPPendDate", PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> plan.startDate() != null && plan.startDate().equals(plan.endDate()))),
      rule("8841", "The review date cannot be on the same day or before the Child protection Plan start date.", "CPPreviewDate",
          PLAN, (child, census) -> anyPlan(child, (episode, plan) -> plan.startDate() != null
              && plan.reviewDates().stream().anyMatch(review -> !review.isAfter(plan.startDate())))),
      rule("8863Q", "An Assessment is shown as starting when there is another Assessment ongoing.", "AssessmentActualStartDate",
          ASSESSMENT, (child, census) -> child.episodes().stream().anyMatch(episode -> overlap(episode.assessments(),
              CinCensusChild.Assessment::startDate, CinCensusChild.Assessment::authorisationDate))),
      rule("8866", "Source of Referral is missing or an invalid code", "ReferralSource", REFERRAL,
          (child, census) -> child.episodes().stream().anyMatch(episode -> !REFERRAL_SOURCES.containsKey(
              String.valueOf(episode.referralSource())))),
      rule("8867", "CIN episode is shown as closed, however Assessment is not shown as completed", "AssessmentAuthorisationDate",
          ASSESSMENT, (child, census) -> child.episodes().stream().anyMatch(episode -> episode.closureDate() != null
              && episode.assessments().stream().anyMatch(assessment -> assessment.authorisationDate() == null))),
      rule("8868", "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC "
          + "not required flag", "DateOfInitialCPC", CONFERENCE, (child, census) -> child.episodes().stream().anyMatch(episode ->
              episode.closureDate() != null && episode.section47s().stream().anyMatch(CinCensusRules::awaitingConference))),
      rule("8869", "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
          "AssessmentFactors", ASSESSMENT_FACTORS_AT, (child, census) -> anyAssessment(child, (episode, assessment) ->
              assessment.factors().contains(NO_FACTORS) && assessment.factors().size() > 1)),
      rule("8870Q", "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference "
          + "should not be a weekend", "InitialCPCtarget", CONFERENCE,
          (child, census) -> anySection47(child, (episode, enquiry) -> weekend(enquiry.initialConferenceTarget()))),
      rule("8873Q", "Please check and either amend data or provide a reason: When there is only one assessment on the episode "
          + "and the factors code “21 No factors identified” has been used for the completed assessment, the reason for "
          + "closure ‘RC8’ or 'RC9' should be used.", "ReasonForClosure", CLOSURE, (child, census) -> child.episodes().stream()
              .anyMatch(episode -> episode.assessments().size() == 1 && episode.reasonForClosure() != null
                  && episode.assessments().get(0).authorisationDate() != null
                  && episode.assessments().get(0).factors().contains(NO_FACTORS)
                  && !AFTER_ASSESSMENT.contains(episode.reasonForClosure()))),
      rule("8875", "The Date of Initial Child Protection Conference cannot be a weekend", "DateOfInitialCPC", CONFERENCE,
          (child, census) -> anySection47(child, (episode, enquiry) -> weekend(enquiry.initialConferenceDate()))),
      rule("8890", "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing", "S47ActualStartDate",
          CONFERENCE, (child, census) -> child.episodes().stream().anyMatch(episode -> overlap(episode.section47s().stream()
              .filter(enquiry -> !enquiry.initialConferenceNotRequired()).toList(),
              CinCensusChild.Section47::startDate, CinCensusChild.Section47::initialConferenceDate))),
      rule("8896", "Within one CINDetails group there are 2 or more open Assessments groups", "AssessmentAuthorisationDate",
          ASSESSMENT, (child, census) -> child.episodes().stream().anyMatch(episode -> episode.assessments().stream()
              .filter(assessment -> assessment.authorisationDate() == null).count() > 1)),
      rule("8897Q", "Parental or child factors at assessment information is missing from a completed assessment",
          "AssessmentFactors", ASSESSMENT_FACTORS_AT, (child, census) -> anyAssessment(child, (episode, assessment) ->
              assessment.authorisationDate() != null && !assessment.authorisationDate().isBefore(census.year().start())
              && assessment.factors().isEmpty())),
      rule("8898", "The assessment has more than one parental or child factors with the same code", "AssessmentFactors",
          ASSESSMENT_FACTORS_AT, (child, census) -> anyAssessment(child, (episode, assessment) ->
              new HashSet<>(assessment.factors()).size() < assessment.factors().size())),
      rule("8905", "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
          "InitialCategoryOfAbuse", CONFERENCE,
          (child, census) -> anyPlan(child, (episode, plan) -> !CATEGORY_OF_ABUSE_CODES.containsValue(String.valueOf(plan.initialCategory())))),
      rule("8910", "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
          "LatestCategoryOfAbuse", PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> !CATEGORY_OF_ABUSE_CODES.containsValue(String.valueOf(plan.latestCategory())))),
      rule("8925", "Child Protection Plan End Date earlier than Start Date", "CPPendDate", PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> before(plan.endDate(), plan.startDate()))),
      rule("8930", "Child Protection Plan End Date must fall within the census year", "CPPendDate", PLAN,
          (child, census) -> anyPlan(child, (episode, plan) -> plan.endDate() != null && !census.year().contains(plan.endDate()))),
      rule("8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date", "CPPendDate", PLAN,
          (child, census) -> plans(child).filter(plan -> plan.endDate() == null).count() > 1),
      rule("8940", "Child Protection Plan data contains overlapping dates", "CPPstartDate", PLAN,
          (child, census) -> overlap(plans(child).toList(), ProtectionPlan::startDate, ProtectionPlan::endDate)),
      rule("8945Q", "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used "
          + "('18B' or '18C' should be used instead)", "AssessmentFactors", ASSESSMENT_FACTORS_AT,
          (child, census) -> anyAssessment(child, (episode, assessment) -> assessment.factors().contains("18A"))),
      rule("8950Q", "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used "
          + "('19B' or '19C' should be used instead)", "AssessmentFactors", ASSESSMENT_FACTORS_AT,
          (child, census) -> anyAssessment(child, (episode, assessment) -> assessment.factors().contains("19A"))))
      .sorted(Comparator.comparing(CinCensusRule::number)).toList();

  static {
    if (new HashSet<>(ALL.stream().map(CinCensusRule::number).toList()).size() != ALL.size()) {
      throw new IllegalStateException("two census rules share a number");
    }
  }

  private CinCensusRules() {}

  public static CinCensusRule byNumber(String number) {
    return ALL.stream().filter(rule -> rule.number().equals(number)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no census rule " + number));
  }

  private static CinCensusRule rule(String number, String message, String item, WhereFixed fixedAt, CinCensusRule.Check check) {
    return new CinCensusRule(number, message, item, fixedAt, check);
  }


  /** A UPN whose check letter can be worked out: 13 characters, the last 12 digits. */
  private static boolean upnDigits(String upn) {
    return upn != null && upn.length() == 13 && upn.substring(1).chars().allMatch(Character::isDigit);
  }

  private static boolean before(LocalDate day, LocalDate other) {
    return day != null && other != null && day.isBefore(other);
  }

  private static boolean weekend(LocalDate day) {
    return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  /** Two periods overlap when one starts before the other has ended (an open one has not ended); a plan may start the day another ends. */
  private static <T> boolean overlap(List<T> periods, Function<T, LocalDate> start, Function<T, LocalDate> end) {
    List<T> sorted = periods.stream().filter(period -> start.apply(period) != null)
        .sorted(Comparator.comparing(start)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      LocalDate earlierEnd = end.apply(sorted.get(i - 1));
      if (earlierEnd == null || start.apply(sorted.get(i)).isBefore(earlierEnd)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a day falls in a period: on or after its start and before its end, or, when it has not ended, by the end
   * of the census year (a plan may start the day another ends).
   */
  private static boolean inPeriod(LocalDate day, LocalDate start, LocalDate end, CensusYear year) {
    return day != null && start != null && !day.isBefore(start)
        && (end == null ? !day.isAfter(year.end()) : day.isBefore(end));
  }

  /** The working day (England) that many working days before the census year's last day. */
  private static LocalDate workingDaysBeforeTheEnd(CensusYear year, int workingDays) {
    return WorkingDayCalendar.englandAndWales().workingDaysBefore(year.end(), workingDays);
  }

  /** An enquiry with no initial conference held yet, and not one that found none was needed. */
  private static boolean awaitingConference(CinCensusChild.Section47 enquiry) {
    return enquiry.initialConferenceDate() == null && !enquiry.initialConferenceNotRequired();
  }

  /**
   * 2883 is a rule on the whole return: no more plans may start in the year than initial conferences are held in it.
   * When the return breaks it, the children to look at are those with more plans started than conferences held
   * (there is at least one).
   */
  private static long plansStarted(CinCensusChild child, CensusYear year) {
    return plans(child).filter(plan -> year.contains(plan.startDate())).count();
  }

  private static long conferencesHeld(CinCensusChild child, CensusYear year) {
    return child.episodes().stream().flatMap(episode -> episode.section47s().stream())
        .filter(enquiry -> year.contains(enquiry.initialConferenceDate())).count();
  }

  /** Whether one period runs during another (an open one runs on); one may start the day the other ends. */
  private static boolean during(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
    if (start == null || otherStart == null) {
      return false;
    }
    boolean startsBeforeTheOtherEnds = otherEnd == null || start.isBefore(otherEnd);
    boolean endsAfterTheOtherStarts = end == null || end.isAfter(otherStart);
    return startsBeforeTheOtherEnds && endsAfterTheOtherStarts;
  }

  /** Every day of the episode's work: its assessments, plans, enquiries, conferences and reviews. */
  private static Stream<LocalDate> activity(Episode episode) {
    return Stream.of(
        episode.assessments().stream().flatMap(a -> Stream.of(a.startDate(), a.authorisationDate())),
        episode.cinPlans().stream().flatMap(p -> Stream.of(p.startDate(), p.endDate())),
        episode.section47s().stream().flatMap(s -> Stream.of(s.startDate(), s.initialConferenceDate())),
        episode.protectionPlans().stream().flatMap(p -> Stream.concat(Stream.of(p.startDate(), p.endDate()),
            p.reviewDates().stream()))).flatMap(days -> days).filter(Objects::nonNull);
  }

  private static Stream<ProtectionPlan> plans(CinCensusChild child) {
    return child.episodes().stream().flatMap(episode -> episode.protectionPlans().stream());
  }

  private interface EpisodeCheck<T> {
    boolean fails(Episode episode, T item);
  }

  private static boolean anyAssessment(CinCensusChild child, EpisodeCheck<CinCensusChild.Assessment> check) {
    return child.episodes().stream().anyMatch(episode -> episode.assessments().stream().anyMatch(a -> check.fails(episode, a)));
  }

  private static boolean anySection47(CinCensusChild child, EpisodeCheck<CinCensusChild.Section47> check) {
    return child.episodes().stream().anyMatch(episode -> episode.section47s().stream().anyMatch(s -> check.fails(episode, s)));
  }

  private static boolean anyPlan(CinCensusChild child, EpisodeCheck<ProtectionPlan> check) {
    return child.episodes().stream().anyMatch(episode -> episode.protectionPlans().stream().anyMatch(p -> check.fails(episode, p)));
  }
}
