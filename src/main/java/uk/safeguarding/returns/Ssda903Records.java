package uk.safeguarding.returns;

import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.lookedafter.LookedAfterChangeProcess;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;
import uk.safeguarding.lookedafter.LookedAfterHealthProcess;
import uk.safeguarding.lookedafter.LookedAfterReviewsProcess;
import uk.safeguarding.returns.CinCensusRecords.ChildHistory;
import uk.safeguarding.returns.CinCensusRecords.Run;

/**
 * The children of an SSDA903 year, read from the process history: every child looked after on a day of the year.
 * Each period of care is one LookedAfterChild process: its first episode begins the day the child became looked
 * after (reason S), and each reported change that moved the child or changed her legal status begins the next
 * (LookedAfterChange, {@code newEpisodeOn}); the last ends the day she left care. Nothing is typed for the return:
 * each column is a variable a pathway recorded where the work happened (docs/returns.md).
 */
@Component
public class Ssda903Records {

  /** What the period of care's start recorded, as first written (a move or a new legal status tells the case the new one). */
  static final List<String> AS_FIRST_RECORDED = List.of(LEGAL_STATUS, PLACEMENT_TYPE, PLACEMENT_PROVIDER, PLACEMENT_POSTCODE,
      HOME_POSTCODE);

  static final CinCensusRecords.Reading LOOKED_AFTER = new CinCensusRecords.Reading(List.of(LookedAfterChildProcess.KEY), List.of(),
      Stream.concat(Stream.of(CinCensusRecords.READ), Stream.of(LookedAfterChangeProcess.KEY, LookedAfterReviewsProcess.KEY,
          LookedAfterHealthProcess.KEY))
          .distinct().toArray(String[]::new),
      Stream.concat(Stream.of(CinCensusRecords.CENSUS_VARIABLES), Stream.of(LOOKED_AFTER_SINCE, LEFT_CARE_ON, LEFT_CARE_REASON,
          LEFT_CARE_AT_EIGHTEEN, UNACCOMPANIED_ASYLUM_SEEKING, CHANGE_KIND, NEW_EPISODE_ON, REASON_FOR_NEW_EPISODE, NEW_LEGAL_STATUS,
          NEW_PLACEMENT_TYPE, NEW_PLACEMENT_PROVIDER, NEW_PLACEMENT_POSTCODE, REASON_PLACE_CHANGE, EVENT_ON, MISSING_TYPE,
          MISSING_ENDED_ON)).distinct().toArray(String[]::new));

  /** What each review, and each health assessment, writes again: read from the history of writes. */
  static final List<String> WRITTEN_AGAIN = List.of(LookedAfterReviewsProcess.Variables.REVIEW_HELD_ON,
      LookedAfterReviewsProcess.Variables.CHILD_PARTICIPATION, LookedAfterHealthProcess.Variables.ASSESSED_ON,
      LookedAfterHealthProcess.Variables.SDQ_SCORE);
  static final List<String> WRITES_AGAIN = List.of(LookedAfterChildProcess.KEY, LookedAfterReviewsProcess.KEY,
      LookedAfterHealthProcess.KEY);

  /** Everyone ever looked after up to the year's end: the care leavers among them (OC3). */
  static final CinCensusRecords.Reading EVER_LOOKED_AFTER = new CinCensusRecords.Reading(LOOKED_AFTER.selecting(),
      List.of(LookedAfterChildProcess.KEY), LOOKED_AFTER.processes(), LOOKED_AFTER.variables());

  private final ProcessEngine engine;
  private final CinCensusRecords records;

  public Ssda903Records(ProcessEngine engine, CinCensusRecords records) {
    this.engine = engine;
    this.records = records;
  }

  /** The return's children, ordered by case reference: each looked after on a day of the year. */
  public List<Ssda903Child> children(CensusYear year) {
    return CinCensusRecords.withoutAuthorization(engine, () -> {
      List<ChildHistory> histories = records.histories(LOOKED_AFTER, year.start(), year.end());
      Map<String, Map<String, List<HistoricVariableUpdate>>> updates = updates(engine.getHistoryService(), histories);
      return histories.stream().map(history -> child(history, updates, year))
          .filter(child -> !child.episodes().isEmpty()).toList();
    });
  }

  /** Every young person whose care ended at her 18th birthday, by the end of the year (the care leavers' table, OC3). */
  public List<Ssda903Child> careLeavers(CensusYear year) {
    return CinCensusRecords.withoutAuthorization(engine, () -> {
      List<ChildHistory> histories = records.histories(EVER_LOOKED_AFTER, year.start(), year.end());
      Map<String, Map<String, List<HistoricVariableUpdate>>> updates = updates(engine.getHistoryService(), histories);
      return histories.stream().map(history -> child(history, updates, year)).filter(Ssda903Child::leftCareAtEighteen).toList();
    });
  }

  /**
   * The writes, oldest first, of the looked after child's, her reviews' and her health assessments' processes, by process
   * and variable: what the start first recorded, each review held and each assessment, which the latest values alone
   * do not keep.
   */
  private static Map<String, Map<String, List<HistoricVariableUpdate>>> updates(HistoryService history, List<ChildHistory> children) {
    String[] ids = children.stream().flatMap(child -> child.runs().stream())
        .filter(run -> WRITES_AGAIN.contains(run.key()))
        .map(run -> run.instance().getId()).toArray(String[]::new);
    Map<String, Map<String, List<HistoricVariableUpdate>>> updates = new HashMap<>();
    for (int first = 0; first < ids.length; first += CinCensusRecords.CHILDREN_A_READ) {
      String[] some = java.util.Arrays.copyOfRange(ids, first, Math.min(ids.length, first + CinCensusRecords.CHILDREN_A_READ));
      history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(some).disableCustomObjectDeserialization()
          .orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
          .map(HistoricVariableUpdate.class::cast)
          .filter(update -> AS_FIRST_RECORDED.contains(update.getVariableName())
              || WRITTEN_AGAIN.contains(update.getVariableName()))
          .forEach(update -> updates.computeIfAbsent(update.getProcessInstanceId(), id -> new HashMap<>())
              .computeIfAbsent(update.getVariableName(), name -> new ArrayList<>()).add(update));
    }
    return updates;
  }

  private static Ssda903Child child(ChildHistory history, Map<String, Map<String, List<HistoricVariableUpdate>>> updates,
      CensusYear year) {
    CinCensusChild census = history.census(year.start(), year.end());
    List<Ssda903Child.Episode> episodes = new ArrayList<>();
    boolean uasc = false;
    boolean atEighteen = false;
    for (Run period : history.of(LookedAfterChildProcess.KEY)) {
      List<Ssda903Child.Episode> ofPeriod = episodes(period, history, updates.getOrDefault(period.instance().getId(), Map.of()));
      ofPeriod.stream().filter(episode -> !episode.start().isAfter(year.end())
          && (episode.end() == null || !episode.end().isBefore(year.start())))
          .map(episode -> episode.end() != null && episode.end().isAfter(year.end()) ? episode.ended(null, null, null) : episode)
          .forEach(episodes::add);
      uasc |= "true".equals(period.text(UNACCOMPANIED_ASYLUM_SEEKING));
      atEighteen |= "true".equals(period.text(LEFT_CARE_AT_EIGHTEEN));
    }
    List<Ssda903Child.Review> reviews = new ArrayList<>();
    for (Run run : history.of(LookedAfterReviewsProcess.KEY)) {
      reviews.addAll(reviews(updates.getOrDefault(run.instance().getId(), Map.of())).stream()
          .filter(review -> year.contains(review.date())).toList());
    }
    List<Ssda903Child.Missing> missing = history.of(LookedAfterChangeProcess.KEY).stream()
        .filter(change -> change.text(MISSING_TYPE) != null)
        .map(change -> new Ssda903Child.Missing(change.text(MISSING_TYPE), change.date(EVENT_ON), change.date(MISSING_ENDED_ON)))
        .filter(episode -> episode.start() != null && !episode.start().isAfter(year.end())
            && (episode.end() == null || !episode.end().isBefore(year.start())))
        .map(episode -> episode.end() != null && episode.end().isAfter(year.end())
            ? new Ssda903Child.Missing(episode.type(), episode.start(), null) : episode)
        .sorted(Comparator.comparing(Ssda903Child.Missing::start)).toList();
    return new Ssda903Child(history.caseReference(), census.laChildId(), census.sex(), census.birthDate(), census.ethnicity(),
        census.upn(), uasc, episodes, reviews.stream().sorted(Comparator.comparing(Ssda903Child.Review::date)).toList(), missing,
        atEighteen, health(history, updates, year));
  }

  /** A period of care's episodes, the first from its start and one for each change that began one, the last to its end. */
  static List<Ssda903Child.Episode> episodes(Run period, ChildHistory history, Map<String, List<HistoricVariableUpdate>> writes) {
    LocalDate since = CinCensusRecords.firstOf(period.date(LOOKED_AFTER_SINCE), period.started());
    LocalDate left = period.ended() == null ? null : CinCensusRecords.firstOf(period.date(LEFT_CARE_ON), period.ended());
    Map<String, String> first = new LinkedHashMap<>();
    AS_FIRST_RECORDED.forEach(name -> first.put(name, writes.getOrDefault(name, List.of()).stream()
        .map(update -> CinCensusRecords.text(update.getTypedValue())).filter(Objects::nonNull).findFirst()
        .orElse(period.text(name))));
    List<Ssda903Child.Episode> episodes = new ArrayList<>();
    episodes.add(new Ssda903Child.Episode(since, LookedAfterCodes.STARTED_TO_BE_LOOKED_AFTER, first.get(LEGAL_STATUS),
        categoryOfNeed(period, history, since), first.get(PLACEMENT_TYPE), first.get(PLACEMENT_PROVIDER), null, null, null,
        first.get(HOME_POSTCODE), first.get(PLACEMENT_POSTCODE)));
    List<Run> changes = history.of(LookedAfterChangeProcess.KEY).stream()
        .filter(change -> change.date(NEW_EPISODE_ON) != null && !change.started().isBefore(period.started())
            && (period.ended() == null || !change.started().isAfter(period.ended())))
        .sorted(Comparator.comparing((Run change) -> change.date(NEW_EPISODE_ON))
            .thenComparing(change -> change.instance().getStartTime())).toList();
    for (Run change : changes) {
      Ssda903Child.Episode before = episodes.remove(episodes.size() - 1);
      String reason = change.text(REASON_FOR_NEW_EPISODE);
      boolean moved = LookedAfterCodes.PLACEMENT_CHANGES.contains(reason);
      LocalDate day = change.date(NEW_EPISODE_ON);
      episodes.add(before.ended(day, LookedAfterCodes.NEW_EPISODE_BEGINS, moved ? change.text(REASON_PLACE_CHANGE) : null));
      episodes.add(new Ssda903Child.Episode(day, reason,
          CinCensusRecords.firstOf(change.text(NEW_LEGAL_STATUS), before.legalStatus()), before.categoryOfNeed(),
          moved ? change.text(NEW_PLACEMENT_TYPE) : before.placementType(),
          moved ? change.text(NEW_PLACEMENT_PROVIDER) : before.placementProvider(), null, null, null, before.homePostcode(),
          moved ? change.text(NEW_PLACEMENT_POSTCODE) : before.placementPostcode()));
    }
    if (left != null) {
      Ssda903Child.Episode last = episodes.remove(episodes.size() - 1);
      episodes.add(last.ended(left, period.text(LEFT_CARE_REASON), null));
    }
    return episodes;
  }

  /**
   * The episode's category of need (CIN): as the social worker said it when the child came into care; for a period
   * recorded before the start of care asked it, the census's primary need as the assessment's authorisation or the
   * initial conference said it, the latest before the child became looked after, else the first after (the
   * assessment an emergency admission starts, LAC-12).
   */
  static String categoryOfNeed(Run period, ChildHistory history, LocalDate since) {
    if (period.text(CensusCodes.PRIMARY_NEED) != null) {
      return period.text(CensusCodes.PRIMARY_NEED);
    }
    List<Run> said = history.runs().stream().filter(run -> CinCensusRecords.SAY_PRIMARY_NEED.contains(run.key()))
        .filter(run -> run.text(CensusCodes.PRIMARY_NEED) != null).toList();
    return said.stream().filter(run -> !run.started().isAfter(since)).reduce((a, b) -> b)
        .or(() -> said.stream().findFirst()).map(run -> run.text(CensusCodes.PRIMARY_NEED)).orElse(null);
  }

  /**
   * OC2's health items: a health assessment held in the year (initial or review, LAC-04, LAC-05), and the latest
   * strengths and difficulties score given with one in the year.
   */
  static Ssda903Child.Health health(ChildHistory history, Map<String, Map<String, List<HistoricVariableUpdate>>> updates,
      CensusYear year) {
    boolean assessed = false;
    Integer sdq = null;
    LocalDate sdqOn = null;
    for (Run run : history.of(LookedAfterHealthProcess.KEY)) {
      Map<String, List<HistoricVariableUpdate>> writes = updates.getOrDefault(run.instance().getId(), Map.of());
      List<HistoricVariableUpdate> assessments = writes.getOrDefault(LookedAfterHealthProcess.Variables.ASSESSED_ON, List.of());
      for (HistoricVariableUpdate assessment : assessments) {
        LocalDate on = CinCensusRecords.day(CinCensusRecords.text(assessment.getTypedValue()));
        if (!year.contains(on)) {
          continue;
        }
        assessed = true;
        Integer score = writes.getOrDefault(LookedAfterHealthProcess.Variables.SDQ_SCORE, List.of()).stream()
            .filter(update -> update.getTime().equals(assessment.getTime()))
            .map(update -> CinCensusRecords.text(update.getTypedValue())).filter(Objects::nonNull)
            .map(text -> (int) Double.parseDouble(text)).reduce((a, b) -> b).orElse(null);
        if (score != null && (sdqOn == null || !on.isBefore(sdqOn))) {
          sdq = score;
          sdqOn = on;
        }
      }
    }
    return new Ssda903Child.Health(assessed, sdq);
  }

  /** Each review held: the participation the IRO chose, on the day the review was held as it stood then. */
  static List<Ssda903Child.Review> reviews(Map<String, List<HistoricVariableUpdate>> writes) {
    List<HistoricVariableUpdate> held = writes.getOrDefault(LookedAfterReviewsProcess.Variables.REVIEW_HELD_ON, List.of());
    List<Ssda903Child.Review> reviews = new ArrayList<>();
    for (HistoricVariableUpdate participation : writes.getOrDefault(LookedAfterReviewsProcess.Variables.CHILD_PARTICIPATION, List.of())) {
      LocalDate day = held.stream().filter(update -> !update.getTime().after(participation.getTime()))
          .map(update -> CinCensusRecords.day(CinCensusRecords.text(update.getTypedValue()))).filter(Objects::nonNull)
          .reduce((a, b) -> b).orElse(null);
      if (day != null) {
        reviews.add(new Ssda903Child.Review(day, CinCensusRecords.text(participation.getTypedValue())));
      }
    }
    return reviews;
  }
}
