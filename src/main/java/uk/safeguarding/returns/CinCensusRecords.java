package uk.safeguarding.returns;

import static uk.safeguarding.contract.CensusCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;
import uk.safeguarding.conference.ChildProtectionPlanProcess;
import uk.safeguarding.conference.ConferenceVariables;
import uk.safeguarding.conference.InitialChildProtectionConferenceProcess;
import uk.safeguarding.conference.ReviewChildProtectionConferenceProcess;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.CaseVariable;
import uk.safeguarding.frontdoor.ContactProcess;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;
import uk.safeguarding.strategy.Section47EnquiryProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess;

/**
 * The children of a census year, read from the process history: every child whose case (a CIN episode)
 * was open on a day of the year and who was referred to children's social care. Nothing is typed for the
 * census: each item is a variable a pathway recorded where the work happened (docs/returns.md).
 */
@Component
public class CinCensusRecords {

  /** The pathways whose running in a year puts a child in that year's census. */
  static final List<String> CENSUS_PATHWAYS = List.of(ContactProcess.KEY, ChildAndFamilyAssessmentProcess.KEY,
      StrategyDiscussionProcess.KEY, Section47EnquiryProcess.KEY, InitialChildProtectionConferenceProcess.KEY, ChildProtectionPlanProcess.KEY,
      ChildInNeedPlanProcess.KEY, LookedAfterChildProcess.KEY, ChildCaseProcess.KEY);

  /**
   * The work of children's social care that makes a child a child in need (a contact alone, advice or early help,
   * does not); a looked after child is a child in need too.
   */
  static final List<String> SOCIAL_CARE_WORK = List.of(ChildAndFamilyAssessmentProcess.KEY, StrategyDiscussionProcess.KEY,
      Section47EnquiryProcess.KEY, InitialChildProtectionConferenceProcess.KEY, ChildProtectionPlanProcess.KEY,
      ChildInNeedPlanProcess.KEY, LookedAfterChildProcess.KEY);

  /**
   * The processes of a child the census reads: those above and a plan's review conferences, not the many
   * meetings, visits and breach reviews, so a child's processes fit one IN clause.
   */
  static final String[] READ = Stream.concat(CENSUS_PATHWAYS.stream(),
      Stream.of(ReviewChildProtectionConferenceProcess.KEY)).toArray(String[]::new);

  /** The variables of the child's processes the census takes (the characteristics are read from their writes). */
  static final String[] CENSUS_VARIABLES = {CaseFacts.CHILD_DATE_OF_BIRTH,
      ChildAndFamilyAssessmentProcess.Variables.CENSUS_REFERRAL_DATE, ChildAndFamilyAssessmentProcess.Variables.CENSUS_REFERRAL_SOURCE,
      ChildAndFamilyAssessmentProcess.Variables.CENSUS_ASSESSMENT_START_DATE,
      ChildAndFamilyAssessmentProcess.Variables.CENSUS_ASSESSMENT_AUTHORISATION_DATE, PRIMARY_NEED, ASSESSMENT_FACTORS,
      ChildCaseProcess.Variables.CASE_CLOSED_AT, REASON_FOR_CLOSURE, ChildInNeedPlanProcess.Variables.PLAN_STARTED_AT,
      Section47EnquiryProcess.Variables.SECTION_47_OUTCOME, Section47EnquiryProcess.Variables.INITIAL_CONFERENCE_DUE_DATE,
      ConferenceVariables.CONFERENCE_HELD_DATE, ConferenceVariables.PLAN_START_DATE, ConferenceVariables.PLAN_ENDED_AT,
      ConferenceVariables.CATEGORY_OF_ABUSE, ConferenceVariables.REVIEW_CONFERENCE_HELD_DATE};
  /** The pathways that record the child's primary need: the assessment's authorisation, the initial conference, the start of care. */
  static final List<String> SAY_PRIMARY_NEED = List.of(ChildAndFamilyAssessmentProcess.KEY,
      InitialChildProtectionConferenceProcess.KEY, LookedAfterChildProcess.KEY);
  /** How many children one read takes: their processes' ids go into one IN clause. */
  static final int CHILDREN_A_READ = 50;

  private final ProcessEngine engine;

  public CinCensusRecords(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * What a return reads: the pathways whose running in the period puts a child in it, those whose having
   * run at any time before its end does (a care leaver's time in care), the child's processes it reads and
   * their variables.
   */
  record Reading(List<String> selecting, List<String> selectingEver, String[] processes, String[] variables) {}

  static final Reading CENSUS = new Reading(CENSUS_PATHWAYS, List.of(), READ, CENSUS_VARIABLES);

  /** A child of a return as the history holds it: the child's processes (oldest first) and characteristics. */
  record ChildHistory(String caseReference, List<Run> runs, Map<String, Object> characteristics) {

    /** The child in the census's terms, with the episodes open on a day from {@code start} to {@code end}. */
    CinCensusChild census(LocalDate start, LocalDate end) {
      return child(caseReference, runs, characteristics, start, end);
    }

    List<Run> of(String key) {
      return CinCensusRecords.of(runs, key);
    }
  }

  /** The census's children, ordered by case reference; a child referred to nobody (advice only) is not one. */
  public List<CinCensusChild> children(CensusYear year) {
    return withoutAuthorization(engine, () -> histories(CENSUS, year.start(), year.end()).stream()
        .map(history -> history.census(year.start(), year.end())).filter(child -> !child.episodes().isEmpty()).toList());
  }

  /**
   * The histories of the children a return covers from {@code start} to {@code end} (both days included),
   * ordered by case reference; the caller reads them without the engine's authorization checks
   * ({@link #withoutAuthorization}).
   */
  List<ChildHistory> histories(Reading reading, LocalDate start, LocalDate end) {
    HistoryService history = engine.getHistoryService();
    Date before = Date.from(end.plusDays(1).atStartOfDay(WorkingDayCalendar.LONDON).toInstant());
    Date from = Date.from(start.atStartOfDay(WorkingDayCalendar.LONDON).toInstant());
    TreeSet<String> caseReferences = new TreeSet<>();
    String[] keys = reading.selecting().toArray(String[]::new);
    history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedBefore(before).unfinished().list()
        .stream().map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull).forEach(caseReferences::add);
    history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).startedBefore(before).finishedAfter(from).list()
        .stream().map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull).forEach(caseReferences::add);
    if (!reading.selectingEver().isEmpty()) {
      history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(reading.selectingEver().toArray(String[]::new))
          .startedBefore(before).list()
          .stream().map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull).forEach(caseReferences::add);
    }
    List<ChildHistory> children = new ArrayList<>();
    List<String> all = List.copyOf(caseReferences);
    for (int first = 0; first < all.size(); first += CHILDREN_A_READ) {
      children.addAll(read(history, reading, all.subList(first, Math.min(all.size(), first + CHILDREN_A_READ))));
    }
    return children;
  }

  /**
   * A return reads every child, whoever the manager's groups have work with: the caller has let the
   * manager in (ManagersOnly), so the engine's need-to-know checks are not asked again, read by read.
   */
  static <T> T withoutAuthorization(ProcessEngine engine, Supplier<T> read) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(read::get));
  }

  /** A few children at a time, in three queries: their processes, the variables the census takes, the writes of their characteristics. */
  private static List<ChildHistory> read(HistoryService history, Reading reading, List<String> caseReferences) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(caseReferences.toArray(String[]::new)).processDefinitionKeyIn(reading.processes())
        .orderByProcessInstanceStartTime().asc().list();
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables = new HashMap<>();
    Map<String, Map<String, Object>> characteristics = new HashMap<>();
    Map<String, String> childOf = new HashMap<>();
    instances.forEach(instance -> childOf.put(instance.getId(), instance.getBusinessKey()));
    if (ids.length > 0) {
      history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids).variableNameIn(reading.variables())
          .disableCustomObjectDeserialization().list().stream()
          .sorted(Comparator.comparing(HistoricVariableInstance::getCreateTime))
          .forEach(variable -> variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getTypedValue()));
      // The characteristics as last written by anyone, in any process of the child: the referrer's, confirmed at the
      // first visit, put right in the case summary. A blank answer leaves the last one.
      history.createHistoricDetailQuery().variableUpdates().variableNameLike("child%").processInstanceIdIn(ids)
          .disableCustomObjectDeserialization().orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
          .map(HistoricVariableUpdate.class::cast)
          .filter(update -> CHILD_CHARACTERISTICS.contains(update.getVariableName()))
          .filter(update -> !CaseVariable.itemsOf(update.getTypedValue()).isEmpty())
          .forEach(update -> characteristics.computeIfAbsent(childOf.get(update.getProcessInstanceId()), child -> new HashMap<>())
              .put(update.getVariableName(), update.getTypedValue()));
    }
    Map<String, List<Run>> runsOf = new LinkedHashMap<>();
    caseReferences.forEach(caseReference -> runsOf.put(caseReference, new ArrayList<>()));
    instances.forEach(instance -> runsOf.get(instance.getBusinessKey())
        .add(new Run(instance, variables.getOrDefault(instance.getId(), Map.of()))));
    List<ChildHistory> children = new ArrayList<>();
    runsOf.forEach((caseReference, runs) ->
        children.add(new ChildHistory(caseReference, runs, characteristics.getOrDefault(caseReference, Map.of()))));
    return children;
  }

  /** One process of the child with its variables (the latest value of each name). */
  record Run(HistoricProcessInstance instance, Map<String, Object> variables) {
    String key() {
      return instance.getProcessDefinitionKey();
    }

    LocalDate started() {
      return day(instance.getStartTime());
    }

    LocalDate ended() {
      return day(instance.getEndTime());
    }

    LocalDate date(String name) {
      return day(plain(variables.get(name)));
    }

    String text(String name) {
      return CinCensusRecords.text(variables.get(name));
    }
  }

  private static CinCensusChild child(String caseReference, List<Run> runs, Map<String, Object> characteristics,
      LocalDate start, LocalDate end) {
    Object disabilities = characteristics.get(CHILD_DISABILITIES);
    return new CinCensusChild(caseReference, laChildId(caseReference), text(characteristics.get(CHILD_UPN)),
        runs.stream().map(run -> run.date(CaseFacts.CHILD_DATE_OF_BIRTH)).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null),
        text(characteristics.get(CHILD_SEX)), text(characteristics.get(CHILD_ETHNICITY)),
        disabilities == null ? List.of() : CaseVariable.itemsOf(disabilities), episodes(runs, start, end));
  }

  /** A value as kept, without its type: a JSON list stays typed, for {@link CaseVariable#itemsOf}. */
  private static Object plain(Object value) {
    return value instanceof TypedValue typed && !(value instanceof SerializableValue) ? typed.getValue() : value;
  }

  static String text(Object kept) {
    Object value = plain(kept);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /**
   * The census's child ID: the case reference without the characters the census does not take (its
   * LA child ID is letters and digits only, DfE rule 1580); two references that then read alike are
   * caught by rule 8510.
   */
  static String laChildId(String caseReference) {
    return caseReference == null ? null : caseReference.replaceAll("[^A-Za-z0-9]", "");
  }

  /**
   * One episode per opening of the child's case that overlaps the days from {@code start} to {@code end};
   * the child's processes join the case they started in. Where no case was opened (safeguarding.child-case.open-automatically off), all
   * the child's work is one episode, still open.
   */
  private static List<CinCensusChild.Episode> episodes(List<Run> runs, LocalDate start, LocalDate end) {
    List<Run> cases = runs.stream().filter(run -> run.key().equals(ChildCaseProcess.KEY)).toList();
    Map<Optional<Run>, List<Run>> byCase = new LinkedHashMap<>();
    if (cases.isEmpty()) {
      byCase.put(Optional.empty(), new ArrayList<>(runs));
    }
    cases.forEach(childCase -> byCase.put(Optional.of(childCase), new ArrayList<>()));
    for (Run run : cases.isEmpty() ? List.<Run>of() : runs) {
      if (run.key().equals(ChildCaseProcess.KEY)) {
        continue;
      }
      cases.stream().filter(childCase -> !run.started().isBefore(childCase.started())
              && (childCase.ended() == null || !run.started().isAfter(childCase.ended())))
          .reduce((a, b) -> b).ifPresent(childCase -> byCase.get(Optional.of(childCase)).add(run));
    }
    List<CinCensusChild.Episode> episodes = new ArrayList<>();
    byCase.forEach((childCase, work) -> {
      CinCensusChild.Episode episode = episode(childCase, work, runs);
      boolean referred = episode.referralDate() != null;
      boolean openInPeriod = referred && !episode.referralDate().isAfter(end)
          && (episode.closureDate() == null || !episode.closureDate().isBefore(start));
      if (openInPeriod) {
        episodes.add(episode);
      }
    });
    return episodes;
  }

  private static CinCensusChild.Episode episode(Optional<Run> childCase, List<Run> work, List<Run> everyRun) {
    Run referral = work.stream().filter(run -> run.date(ChildAndFamilyAssessmentProcess.Variables.CENSUS_REFERRAL_DATE) != null)
        .min(Comparator.comparing(run -> run.date(ChildAndFamilyAssessmentProcess.Variables.CENSUS_REFERRAL_DATE))).orElse(null);
    // Work opened by hand (an assessment or a strategy discussion started from Tasklist) is a referral on the day it started.
    LocalDate referralDate = referral != null ? referral.date(ChildAndFamilyAssessmentProcess.Variables.CENSUS_REFERRAL_DATE)
        : work.stream().filter(run -> SOCIAL_CARE_WORK.contains(run.key())).map(Run::started).min(Comparator.naturalOrder())
            .orElse(null);
    String referralSource = referral == null ? null : referral.text(ChildAndFamilyAssessmentProcess.Variables.CENSUS_REFERRAL_SOURCE);
    List<Run> assessments = of(work, ChildAndFamilyAssessmentProcess.KEY);
    // The latest said: at an assessment's authorisation, at the initial conference of a child no assessment reached,
    // or when the child came into care (SSDA903's category of need).
    String primaryNeed = work.stream().filter(run -> SAY_PRIMARY_NEED.contains(run.key()))
        .map(run -> run.text(PRIMARY_NEED)).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
    LocalDate closed = childCase.map(run -> run.date(ChildCaseProcess.Variables.CASE_CLOSED_AT)).orElse(null);
    return new CinCensusChild.Episode(referralDate, referralSource, primaryNeed, closed,
        closed == null ? null : childCase.get().text(REASON_FOR_CLOSURE), false,
        assessments.stream().map(run -> new CinCensusChild.Assessment(
            run.date(ChildAndFamilyAssessmentProcess.Variables.CENSUS_ASSESSMENT_START_DATE),
            run.date(ChildAndFamilyAssessmentProcess.Variables.CENSUS_ASSESSMENT_AUTHORISATION_DATE),
            CaseVariable.itemsOf(run.variables().get(ASSESSMENT_FACTORS)))).toList(),
        of(work, ChildInNeedPlanProcess.KEY).stream().map(run -> new CinCensusChild.CinPlan(
            firstOf(run.date(ChildInNeedPlanProcess.Variables.PLAN_STARTED_AT), run.started()), run.ended())).toList(),
        section47s(work),
        protectionPlans(work, everyRun));
  }

  /** Each enquiry with the first initial conference held after it began; a conference is not needed when harm was not substantiated. */
  private static List<CinCensusChild.Section47> section47s(List<Run> work) {
    List<Run> conferences = of(work, InitialChildProtectionConferenceProcess.KEY);
    return of(work, Section47EnquiryProcess.KEY).stream().map(enquiry -> {
      LocalDate held = conferences.stream().filter(conference -> !conference.started().isBefore(enquiry.started()))
          .map(conference -> conference.date(ConferenceVariables.CONFERENCE_HELD_DATE)).filter(Objects::nonNull)
          .findFirst().orElse(null);
      boolean notRequired = Section47EnquiryProcess.NOT_SUBSTANTIATED.equals(
          enquiry.text(Section47EnquiryProcess.Variables.SECTION_47_OUTCOME));
      return new CinCensusChild.Section47(enquiry.started(),
          enquiry.date(Section47EnquiryProcess.Variables.INITIAL_CONFERENCE_DUE_DATE), held, notRequired);
    }).toList();
  }

  private static List<CinCensusChild.ProtectionPlan> protectionPlans(List<Run> work, List<Run> everyRun) {
    List<Run> everyPlan = of(everyRun, ChildProtectionPlanProcess.KEY);
    List<Run> reviews = of(work, ReviewChildProtectionConferenceProcess.KEY);
    List<Run> conferences = of(work, InitialChildProtectionConferenceProcess.KEY);
    return of(work, ChildProtectionPlanProcess.KEY).stream().map(plan -> {
      LocalDate start = firstOf(plan.date(ConferenceVariables.PLAN_START_DATE), plan.started());
      LocalDate end = plan.ended() == null ? null : firstOf(plan.date(ConferenceVariables.PLAN_ENDED_AT), plan.ended());
      String category = firstOf(plan.text(ConferenceVariables.CATEGORY_OF_ABUSE), conferences.stream()
          .filter(conference -> !conference.started().isAfter(plan.started()))
          .map(conference -> conference.text(ConferenceVariables.CATEGORY_OF_ABUSE)).filter(Objects::nonNull)
          .reduce((a, b) -> b).orElse(null));
      String latest = firstOf(reviews.stream().filter(within(start, end))
          .map(review -> review.text(ConferenceVariables.CATEGORY_OF_ABUSE)).filter(Objects::nonNull)
          .reduce((a, b) -> b).orElse(null), category);
      int previous = (int) everyPlan.stream().filter(other -> other.instance().getStartTime().before(plan.instance().getStartTime()))
          .count();
      List<LocalDate> reviewDates = reviews.stream().filter(within(start, end))
          .map(review -> review.date(ConferenceVariables.REVIEW_CONFERENCE_HELD_DATE)).filter(Objects::nonNull).sorted().toList();
      return new CinCensusChild.ProtectionPlan(start, end, CATEGORY_OF_ABUSE_CODES.getOrDefault(category, category),
          CATEGORY_OF_ABUSE_CODES.getOrDefault(latest, latest), previous, reviewDates);
    }).toList();
  }

  private static Predicate<Run> within(LocalDate start, LocalDate end) {
    return run -> !run.started().isBefore(start) && (end == null || !run.started().isAfter(end));
  }

  private static List<Run> of(List<Run> runs, String key) {
    return runs.stream().filter(run -> run.key().equals(key)).toList();
  }

  static <T> T firstOf(T first, T otherwise) {
    return first != null ? first : otherwise;
  }

  /** A day as the pathways keep it: a Date (at its London day) or ISO text. */
  static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
    }
    String text = value.toString().trim();
    return text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
  }
}
