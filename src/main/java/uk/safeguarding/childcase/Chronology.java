package uk.safeguarding.childcase;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.breaches.StandardsBreachRegister;

/**
 * CHR-01: the chronology of a child's case, generated every time it is asked for from where each
 * fact was first recorded: the engine's history (every process of the child started and ended, every
 * task done and by whom, the key decisions), the standards breaches, the escalations, the flags for
 * the manager, the significant events added by hand, the corrections of the case record (REC-01) and the
 * managers' reassignments of the child's work (TR-01).
 * Nothing in it is typed twice, so it can never disagree with the pathways.
 */
@Component
public class Chronology {

  /** The decisions worth a line of their own, by the variable each pathway records them in. */
  static final Map<String, String> KEY_DECISIONS = Map.ofEntries(
      Map.entry("contactOutcome", "Front door decision"),
      Map.entry("assessmentOutcome", "Assessment outcome"),
      Map.entry("strategyOutcome", "Strategy discussion outcome"),
      Map.entry("conferenceDecision", "Initial conference decision"),
      Map.entry("reviewDecision", "Review conference decision"),
      Map.entry("planStartDate", "Child protection plan started"),
      Map.entry("childProtectionPlanEndedDate", "Child protection plan ended"),
      Map.entry("childInNeedPlanStartedAt", "Child in need plan started"),
      Map.entry("legalGatewayDecision", "Legal gateway decision"),
      Map.entry("ladoDecision", "LADO initial consideration"),
      Map.entry("allegationOutcome", "Allegation outcome"),
      Map.entry("closureDecision", "Manager's closure decision"));

  private final HistoryService history;
  private final ProcessEngineConfigurationImpl engine;
  private final StandardsBreachRegister breaches;
  private final SignificantEvents significantEvents;
  private final CaseFlags flags;
  private final CaseRecordCorrections corrections;
  private final WorkReassignments reassignments;
  private final JdbcTemplate jdbc;

  public Chronology(HistoryService history, ProcessEngineConfigurationImpl engine, StandardsBreachRegister breaches,
      SignificantEvents significantEvents, CaseFlags flags, CaseRecordCorrections corrections,
      WorkReassignments reassignments, JdbcTemplate jdbc) {
    this.history = history;
    this.engine = engine;
    this.breaches = breaches;
    this.significantEvents = significantEvents;
    this.flags = flags;
    this.corrections = corrections;
    this.reassignments = reassignments;
    this.jdbc = jdbc;
  }

  /**
   * The whole chronology, oldest first. Read without the caller's authorizations: who may see it at
   * all is decided before (need-to-know, {@link CaseAccess}), and a partner agency that is involved sees
   * the whole story of the child, not only the steps it took part in.
   */
  public List<ChronologyEntry> of(String caseReference) {
    List<ChronologyEntry> entries = new ArrayList<>();
    engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      fromHistory(caseReference, entries);
      return null;
    }));
    entries.addAll(breaches.forCase(caseReference).stream().map(breach -> new ChronologyEntry(
        breach.noticedAt().atZoneSameInstant(WorkingDayCalendar.LONDON), "Standards breach " + breach.ruleId(),
        breach.breachedStep() + " was due " + breach.dueAt().atZoneSameInstant(WorkingDayCalendar.LONDON).toLocalDate())).toList());
    entries.addAll(jdbc.query("select step, recorded_at, entry from sg_escalation_record where case_reference = ?",
        (row, i) -> new ChronologyEntry(at(row.getTimestamp("recorded_at")), "Professional disagreement",
            row.getString("step") + ": " + firstLine(row.getString("entry"))), caseReference));
    entries.addAll(jdbc.query("select concluded_at, outcome, resolved_at_stage from sg_escalation_outcome where case_reference = ?",
        (row, i) -> new ChronologyEntry(at(row.getTimestamp("concluded_at")), "Professional disagreement",
            "concluded (stage " + row.getInt("resolved_at_stage") + "): " + row.getString("outcome")), caseReference));
    entries.addAll(flags.entries(caseReference));
    entries.addAll(significantEvents.forCase(caseReference));
    entries.addAll(corrections.entries(caseReference));
    entries.addAll(reassignments.entries(caseReference));
    entries.sort(Comparator.comparing(ChronologyEntry::at));
    return entries;
  }

  /** The chronology as text for a form: the latest entries that fit in a string variable, newest last. */
  public String asText(String caseReference, int maxCharacters) {
    List<String> lines = of(caseReference).stream().map(ChronologyEntry::line).toList();
    StringBuilder shown = new StringBuilder();
    int from = lines.size();
    int length = 0;
    while (from > 0 && length + lines.get(from - 1).length() + 1 < maxCharacters - 120) {
      from--;
      length += lines.get(from).length() + 1;
    }
    if (from > 0) {
      shown.append("(").append(from).append(" earlier entries: see GET /api/cases/").append(caseReference)
          .append("/chronology)\n");
    }
    lines.subList(from, lines.size()).forEach(line -> shown.append(line).append('\n'));
    return shown.toString();
  }

  private void fromHistory(String caseReference, List<ChronologyEntry> entries) {
    List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list();
    for (HistoricProcessInstance process : processes) {
      if (CorrectCaseRecordProcess.KEY.equals(process.getProcessDefinitionKey())) {
        continue; // a correction is told once, with its old and new value and reason (sg_case_correction)
      }
      String name = nameOf(process);
      entries.add(new ChronologyEntry(at(process.getStartTime()), name, "started"
          + (process.getStartUserId() == null ? "" : " by " + process.getStartUserId())));
      if (process.getEndTime() != null) {
        entries.add(new ChronologyEntry(at(process.getEndTime()), name, "ended"));
      }
    }
    decisions(processes, entries);
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseReference)
        .finished().list()) {
      if ("completed".equals(task.getDeleteReason())) {
        entries.add(new ChronologyEntry(at(task.getEndTime()), processName(processes, task.getProcessInstanceId()),
            task.getName() + (task.getAssignee() == null ? "" : " (" + task.getAssignee() + ")")));
      }
    }
  }

  /**
   * The key decisions of every process of the case. A call activity passes its variables in and out,
   * so a decision shows in the caller and the called process alike: it is told once, where it was
   * first recorded.
   */
  private void decisions(List<HistoricProcessInstance> processes, List<ChronologyEntry> entries) {
    record Decision(HistoricProcessInstance process, String name, String value, Date at) {
      boolean relatedTo(Decision other) {
        return process.getId().equals(other.process.getSuperProcessInstanceId())
            || other.process.getId().equals(process.getSuperProcessInstanceId());
      }

      boolean copiedFrom(Decision other) {
        return name.equals(other.name) && value.equals(other.value) && relatedTo(other)
            && (other.at.before(at) || other.at.equals(at) && other.process.getId().compareTo(process.getId()) < 0);
      }
    }
    List<Decision> all = new ArrayList<>();
    for (HistoricProcessInstance process : processes) {
      for (HistoricVariableInstance decision : history.createHistoricVariableInstanceQuery()
          .processInstanceId(process.getId()).variableNameIn(KEY_DECISIONS.keySet().toArray(String[]::new))
          .disableCustomObjectDeserialization().list()) {
        if (decision.getValue() != null && decision.getCreateTime() != null) {
          all.add(new Decision(process, decision.getName(), shown(decision.getValue()), decision.getCreateTime()));
        }
      }
    }
    for (Decision decision : all) {
      if (all.stream().noneMatch(decision::copiedFrom)) {
        entries.add(new ChronologyEntry(at(decision.at()), nameOf(decision.process()),
            KEY_DECISIONS.get(decision.name()) + ": " + decision.value()));
      }
    }
  }

  private static String processName(List<HistoricProcessInstance> processes, String processInstanceId) {
    return processes.stream().filter(process -> process.getId().equals(processInstanceId)).findFirst()
        .map(Chronology::nameOf).orElse("Case");
  }

  /** A process as a practitioner knows it: its diagram's name, or its key where the diagram has none. */
  private static String nameOf(HistoricProcessInstance process) {
    return process.getProcessDefinitionName() == null ? process.getProcessDefinitionKey() : process.getProcessDefinitionName();
  }

  private static String shown(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString();
    }
    return value.toString();
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static ZonedDateTime at(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON);
  }
}
