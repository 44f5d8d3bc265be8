package uk.safeguarding.returns;

import static uk.safeguarding.contract.CensusCodes.REFERRAL_SOURCE;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;
import uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.earlyhelp.EarlyHelpProcess;
import uk.safeguarding.frontdoor.ContactProcess;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;
import uk.safeguarding.returns.CinCensusRecords.ChildHistory;
import uk.safeguarding.returns.CinCensusRecords.Run;

/**
 * Ofsted's Annex A child-level lists for an inspection (ILACS), read from the same process history as the
 * children in need census ({@link CinCensusRecords}): a child's contacts, early help, referrals and
 * assessments, section 47 enquiries and conferences, the child in need episodes, the child protection
 * plans, the time in care and the care leavers, each list a row per child episode that falls in the
 * period. The columns are the guidance's; a column no pathway records yet is left empty (docs/returns.md).
 */
@Component
public class AnnexALists {

  static final String CHILD_ID = "Child Unique ID";
  static final String GENDER = "Gender";
  static final String ETHNICITY = "Ethnicity";
  static final String BIRTH_DATE = "Date of Birth";
  static final String AGE = "Age of Child (Years)";
  static final String DISABILITY = "Does the Child have a Disability";
  static final String TEAM = "Allocated Team";
  static final String WORKER = "Allocated Worker";
  static final String YES = "a) Yes";
  static final String NO = "b) No";

  /** Besides the census's: early help, and every child who was ever looked after (a care leaver). */
  static final CinCensusRecords.Reading ANNEX_A = new CinCensusRecords.Reading(
      Stream.concat(CinCensusRecords.CENSUS_PATHWAYS.stream(), Stream.of(EarlyHelpProcess.KEY)).toList(),
      List.of(LookedAfterChildProcess.KEY),
      Stream.concat(Stream.of(CinCensusRecords.READ), Stream.of(EarlyHelpProcess.KEY)).toArray(String[]::new),
      Stream.concat(Stream.of(CinCensusRecords.CENSUS_VARIABLES), Stream.of(
          ContactProcess.Variables.CONTACT_RECEIVED_AT, REFERRAL_SOURCE,
          EarlyHelpProcess.Variables.STARTED_AT, EarlyHelpProcess.Variables.ASSESSMENT_COMPLETED_AT,
          ChildAndFamilyAssessmentProcess.Variables.CHILD_SEEN, ChildAndFamilyAssessmentProcess.Variables.ASSESSMENT_OUTCOME,
          ChildCaseProcess.Variables.CASE_WORKER,
          LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE, LookedAfterChildProcess.Variables.LEGAL_STATUS,
          LookedAfterChildProcess.Variables.PLACEMENT_TYPE, LookedAfterChildProcess.Variables.PLACEMENT_START_DATE,
          LookedAfterChildProcess.Variables.LEFT_CARE_ON, LookedAfterChildProcess.Variables.LEFT_CARE_REASON,
          LookedAfterChildProcess.Variables.LEFT_CARE_AT_EIGHTEEN)).distinct()
          .toArray(String[]::new));

  /** Ofsted's gender categories for the census's sex codes. */
  static final Map<String, String> GENDERS = Map.of("M", "a) Male", "F", "b) Female", "U", "c) Not stated/recorded");
  /** A care leaver is counted to 21 here (the pathways do not know who of 21 to 25 still has a service). */
  static final int CARE_LEAVERS_UNDER = 21;

  private final ProcessEngine engine;
  private final CinCensusRecords records;

  public AnnexALists(ProcessEngine engine, CinCensusRecords records) {
    this.engine = engine;
    this.records = records;
  }

  /** The nine lists for the days from {@code from} to {@code to}, both included. */
  public List<AnnexAList> lists(LocalDate from, LocalDate to) {
    List<ChildHistory> children = CinCensusRecords.withoutAuthorization(engine, () -> records.histories(ANNEX_A, from, to));
    List<Child> read = children.stream().map(history -> Child.of(history, from, to)).toList();
    return List.of(
        list("List 1 - Contacts", List.of("Date of Contact", "Contact Source"), false, read, Child::contacts),
        list("List 2 - Early help", List.of("Assessment start date", "Assessment completion date",
            "Organisation completing assessment"), false, read, Child::earlyHelp),
        list("List 3 - Referrals", List.of("Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", TEAM, WORKER), false, read, Child::referrals),
        list("List 4 - Assessments", List.of("Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
            "Continuous Assessment Date of Authorisation",
            "Was the child assessed as requiring LA children's social care support", TEAM, WORKER), true, read,
            Child::assessments),
        list("List 5 - Section 47 and ICPC", List.of("Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months", TEAM, WORKER),
            true, read, Child::section47s),
        list("List 6 - Children in need", List.of("CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
            "CIN Closure Date", "Reason for Closure", "Case status", TEAM, WORKER), true, read, Child::childInNeed),
        list("List 7 - Child protection", List.of("Child Protection Plan Start Date", "Initial Category of Abuse",
            "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
            "Date of latest review conference", "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans", TEAM, WORKER), true, read, Child::protectionPlans),
        list("List 8 - Children in care", List.of("Date Started to be Looked After", "Child's Category of Need",
            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
            "Child's Legal Status", "Start Date of Most Recent Placement", "Placement Type", "Date Ceased to be Looked After",
            "Reason Ceased to be Looked After", TEAM, WORKER), true, read, Child::inCare),
        list("List 9 - Care leavers", List.of(TEAM, WORKER, "Eligibility Category", "LA In Touch", "Type of Accommodation",
            "Suitability of Accommodation", "Activity Status"), true, read, Child::careLeaver));
  }

  /** A list: the child's columns (with the disability question where the guidance asks it), then the list's own. */
  private static AnnexAList list(String sheetName, List<String> own, boolean disability, List<Child> children,
      Function<Child, List<List<Object>>> episodes) {
    List<String> headings = new ArrayList<>(List.of(CHILD_ID, GENDER, ETHNICITY, BIRTH_DATE, AGE));
    if (disability) {
      headings.add(DISABILITY);
    }
    headings.addAll(own);
    List<AnnexAList.Row> rows = new ArrayList<>();
    for (Child child : children) {
      for (List<Object> episode : episodes.apply(child)) {
        List<Object> cells = new ArrayList<>(child.identity(disability));
        cells.addAll(episode);
        rows.add(new AnnexAList.Row(child.history.caseReference(), cells));
      }
    }
    return new AnnexAList(sheetName, headings, rows);
  }

  /**
   * One child's history with the census's reading of it for the period, and from a year before the period
   * ({@code withYearBefore}: what the "in the last 12 months" counts look back on).
   */
  private record Child(ChildHistory history, LocalDate from, LocalDate to, CinCensusChild inPeriod,
      CinCensusChild withYearBefore) {

    static Child of(ChildHistory history, LocalDate from, LocalDate to) {
      return new Child(history, from, to, history.census(from, to), history.census(from.minusYears(1), to));
    }

    List<Object> identity(boolean disability) {
      LocalDate born = inPeriod.birthDate();
      List<Object> cells = new ArrayList<>(List.of(history.caseReference()));
      cells.add(inPeriod.sex() == null ? null : GENDERS.getOrDefault(inPeriod.sex(), inPeriod.sex()));
      cells.add(inPeriod.ethnicity());
      cells.add(born);
      cells.add(born == null || born.isAfter(to) ? null : Period.between(born, to).getYears());
      if (disability) {
        List<String> disabilities = inPeriod.disabilities();
        cells.add(disabilities.isEmpty() ? null : disabilities.equals(List.of("NONE")) ? NO : YES);
      }
      return cells;
    }

    private boolean within(LocalDate day) {
      return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Open on a day of the period: begun by its end and not ended before it began. */
    private boolean open(LocalDate start, LocalDate end) {
      return start != null && !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /** The social worker the child's case names (a transfer names one); no team is recorded. */
    private List<Object> allocation() {
      String worker = history.of(ChildCaseProcess.KEY).stream().map(run -> run.text(ChildCaseProcess.Variables.CASE_WORKER))
          .filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
      return Arrays.asList(null, worker);
    }

    private static List<Object> row(List<Object> own, List<Object> allocation) {
      List<Object> cells = new ArrayList<>(own);
      cells.addAll(allocation);
      return cells;
    }

    private static String yesNo(Boolean value) {
      return value == null ? null : value ? YES : NO;
    }

    List<List<Object>> contacts() {
      return history.of(ContactProcess.KEY).stream().filter(run -> within(received(run)))
          .map(run -> Arrays.<Object>asList(received(run), run.text(REFERRAL_SOURCE))).toList();
    }

    private static LocalDate received(Run contact) {
      return CinCensusRecords.firstOf(contact.date(ContactProcess.Variables.CONTACT_RECEIVED_AT), contact.started());
    }

    List<List<Object>> earlyHelp() {
      return history.of(EarlyHelpProcess.KEY).stream().filter(run -> open(run.started(), run.ended()))
          .map(run -> Arrays.<Object>asList(
              CinCensusRecords.firstOf(run.date(EarlyHelpProcess.Variables.STARTED_AT), run.started()),
              run.date(EarlyHelpProcess.Variables.ASSESSMENT_COMPLETED_AT), null)).toList();
    }

    List<List<Object>> referrals() {
      return inPeriod.episodes().stream().filter(episode -> within(episode.referralDate()))
          .map(episode -> row(Arrays.asList(episode.referralDate(), episode.referralSource(),
              yesNo(episode.referralNfa()), lastTwelveMonths(withYearBefore.episodes().stream()
                  .map(CinCensusChild.Episode::referralDate), episode.referralDate())), allocation())).toList();
    }

    /** How many of {@code days} fall in the twelve months up to and including {@code day}. */
    private static long lastTwelveMonths(Stream<LocalDate> days, LocalDate day) {
      return days.filter(Objects::nonNull).filter(other -> !other.isAfter(day) && other.isAfter(day.minusYears(1))).count();
    }

    List<List<Object>> assessments() {
      return history.of(ChildAndFamilyAssessmentProcess.KEY).stream().map(run -> {
        LocalDate start = CinCensusRecords.firstOf(
            run.date(ChildAndFamilyAssessmentProcess.Variables.CENSUS_ASSESSMENT_START_DATE), run.started());
        LocalDate authorised = run.date(ChildAndFamilyAssessmentProcess.Variables.CENSUS_ASSESSMENT_AUTHORISATION_DATE);
        if (!open(start, authorised)) {
          return null;
        }
        String seen = run.text(ChildAndFamilyAssessmentProcess.Variables.CHILD_SEEN);
        String outcome = run.text(ChildAndFamilyAssessmentProcess.Variables.ASSESSMENT_OUTCOME);
        Boolean support = authorised == null || outcome == null ? null
            : !List.of(ChildAndFamilyAssessmentProcess.NO_FURTHER_ACTION, ChildAndFamilyAssessmentProcess.EARLY_HELP).contains(outcome);
        return row(Arrays.asList(start, seen == null ? null : yesNo(Boolean.parseBoolean(seen)), authorised,
            yesNo(support)), allocation());
      }).filter(Objects::nonNull).toList();
    }

    List<List<Object>> section47s() {
      List<CinCensusChild.Section47> everyEnquiry = withYearBefore.episodes().stream()
          .flatMap(episode -> episode.section47s().stream()).toList();
      List<List<Object>> rows = new ArrayList<>();
      for (CinCensusChild.Episode episode : withYearBefore.episodes()) {
        for (CinCensusChild.Section47 enquiry : episode.section47s()) {
          if (!within(enquiry.startDate()) && !within(enquiry.initialConferenceDate())) {
            continue;
          }
          LocalDate held = enquiry.initialConferenceDate();
          Boolean plan = held == null ? null : episode.protectionPlans().stream().anyMatch(p -> held.equals(p.startDate()));
          rows.add(row(Arrays.asList(enquiry.startDate(), yesNo(enquiry.initialConferenceNotRequired()), held,
              yesNo(plan), lastTwelveMonths(everyEnquiry.stream().map(CinCensusChild.Section47::startDate), enquiry.startDate()),
              lastTwelveMonths(everyEnquiry.stream().map(CinCensusChild.Section47::initialConferenceDate),
                  CinCensusRecords.firstOf(held, enquiry.startDate()))), allocation()));
        }
      }
      return rows;
    }

    List<List<Object>> childInNeed() {
      return inPeriod.episodes().stream().map(episode -> row(Arrays.asList(episode.referralDate(),
          episode.primaryNeed(), null, episode.closureDate(), episode.reasonForClosure(), caseStatus(episode)),
          allocation())).toList();
    }

    /** What the child's episode is at the end of the period (or at its closure), in Ofsted's categories. */
    private String caseStatus(CinCensusChild.Episode episode) {
      if (episode.closureDate() != null && !episode.closureDate().isAfter(to)) {
        return "e) Closed episode";
      }
      if (history.of(LookedAfterChildProcess.KEY).stream().anyMatch(run -> openAt(run, to))) {
        return "a) Looked after child";
      }
      if (episode.protectionPlans().stream().anyMatch(plan -> openOn(plan.startDate(), plan.endDate(), to))) {
        return "b) Child Protection plan";
      }
      if (episode.cinPlans().stream().anyMatch(plan -> openOn(plan.startDate(), plan.endDate(), to))) {
        return "c) Child in need plan";
      }
      if (episode.assessments().stream().anyMatch(assessment -> openOn(assessment.startDate(), assessment.authorisationDate(), to))) {
        return "d) Open assessment";
      }
      return null;
    }

    private static boolean openOn(LocalDate start, LocalDate end, LocalDate day) {
      return start != null && !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    private static boolean openAt(Run run, LocalDate day) {
      return openOn(lookedAfterSince(run), leftCare(run), day);
    }

    List<List<Object>> protectionPlans() {
      return inPeriod.episodes().stream().flatMap(episode -> episode.protectionPlans().stream())
          .filter(plan -> open(plan.startDate(), plan.endDate()))
          .map(plan -> row(Arrays.asList(plan.startDate(), plan.initialCategory(), plan.latestCategory(), null, null,
              plan.reviewDates().stream().filter(day -> !day.isAfter(to)).max(Comparator.naturalOrder()).orElse(null),
              plan.endDate() != null && !plan.endDate().isAfter(to) ? plan.endDate() : null, null, plan.previousPlans()),
              allocation())).toList();
    }

    private static LocalDate lookedAfterSince(Run run) {
      return CinCensusRecords.firstOf(run.date(LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE), run.started());
    }

    /** The day the child left care: as recorded, or the end of the pathway. */
    private static LocalDate leftCare(Run run) {
      return CinCensusRecords.firstOf(run.date(LookedAfterChildProcess.Variables.LEFT_CARE_ON), run.ended());
    }

    List<List<Object>> inCare() {
      List<Run> periods = history.of(LookedAfterChildProcess.KEY);
      String need = inPeriod.episodes().stream().map(CinCensusChild.Episode::primaryNeed).filter(Objects::nonNull)
          .reduce((a, b) -> b).orElse(null);
      return periods.stream().filter(run -> open(lookedAfterSince(run), leftCare(run))).map(run -> {
        LocalDate since = lookedAfterSince(run);
        LocalDate left = leftCare(run);
        boolean again = periods.stream().map(Child::leftCare).filter(Objects::nonNull)
            .anyMatch(earlier -> earlier.isBefore(since) && !earlier.isBefore(since.minusYears(1)));
        boolean ceased = left != null && !left.isAfter(to);
        return row(Arrays.asList(since, need, again ? YES : NO,
            run.text(LookedAfterChildProcess.Variables.LEGAL_STATUS),
            run.date(LookedAfterChildProcess.Variables.PLACEMENT_START_DATE), run.text(LookedAfterChildProcess.Variables.PLACEMENT_TYPE),
            ceased ? left : null, ceased ? run.text(LookedAfterChildProcess.Variables.LEFT_CARE_REASON) : null), allocation());
      }).toList();
    }

    /** A young person who left care at 18 by the end of the period, and is not yet 21. */
    List<List<Object>> careLeaver() {
      LocalDate born = inPeriod.birthDate();
      boolean leftAtEighteen = history.of(LookedAfterChildProcess.KEY).stream()
          .anyMatch(run -> "true".equals(run.text(LookedAfterChildProcess.Variables.LEFT_CARE_AT_EIGHTEEN))
              && leftCare(run) != null && !leftCare(run).isAfter(to));
      if (!leftAtEighteen || born == null || Period.between(born, to).getYears() >= CARE_LEAVERS_UNDER) {
        return List.of();
      }
      List<Object> cells = new ArrayList<>(allocation());
      cells.addAll(Arrays.asList(null, null, null, null, null));
      return List.of(cells);
    }
  }
}
