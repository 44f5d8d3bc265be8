package uk.safeguarding.childcase;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.timescales.Standards;

/**
 * REC-01 / CHR-01: the corrections of a child's case record. Where each running process of the child
 * holds a case fact, what it holds, and the record of every correction (sg_case_correction, V7): who,
 * when, the fact, the old and the new value and the reason, shown in the chronology.
 */
@Component
public class CaseRecordCorrections {

  /** The value of a case fact as one running process of the child holds it (null for a variable without value). */
  public record Held(String processInstanceId, Object value) {}

  private final JdbcTemplate jdbc;

  public CaseRecordCorrections(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The running processes of the child other than corrections, the child's case and the breach reviews
   * included. Read by the system inside the running command: a social worker may correct a case whose
   * processes she could not all read.
   */
  static List<ProcessInstance> running(RuntimeService runtime, String caseReference) {
    return Context.getCommandContext().runWithoutAuthorization(() -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).processDefinitionKeyNotIn(CorrectCaseRecordProcess.KEY).list());
  }

  /**
   * Every running process of the child that holds {@code fact} as a variable of the process itself.
   * The family reference is held by every one, with no value where none was given: adding it to a
   * case opened without one is a correction too, and every process of the child must carry it.
   */
  static List<Held> holders(RuntimeService runtime, String caseReference, String fact) {
    String[] ids = running(runtime, caseReference).stream().map(ProcessInstance::getId).toArray(String[]::new);
    if (ids.length == 0) {
      return List.of();
    }
    List<Held> held = Context.getCommandContext().runWithoutAuthorization(() -> runtime.createVariableInstanceQuery()
        .processInstanceIdIn(ids).variableName(fact).disableCustomObjectDeserialization().list().stream()
        .filter(variable -> Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId()))
        .map(variable -> new Held(variable.getProcessInstanceId(), variable.getValue()))
        .toList());
    if (!CaseFacts.FAMILY_REFERENCE.equals(fact)) {
      return held.stream().sorted(java.util.Comparator.comparing(Held::processInstanceId)).toList();
    }
    java.util.Map<String, Held> every = new java.util.TreeMap<>();
    java.util.Arrays.stream(ids).forEach(id -> every.put(id, new Held(id, null)));
    held.forEach(each -> every.put(each.processInstanceId(), each));
    return List.copyOf(every.values());
  }

  /**
   * A fact's value as the record shows it and as two values are compared: a date of birth as its day
   * (ISO), however it is stored; anything else as trimmed text.
   */
  static String shown(String fact, Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (CaseFacts.CHILD_DATE_OF_BIRTH.equals(fact)) {
      try {
        return Standards.toDateTime(value, fact).toLocalDate().toString();
      } catch (RuntimeException notADay) {
        return value.toString().trim();
      }
    }
    return value.toString().trim();
  }

  /**
   * The corrected value in the type the process already keeps it in: a date of birth held as a Date
   * stays a Date (the start of the day in London), one held as ISO text (what the forms send) stays text.
   */
  static Object typedLike(Object current, String fact, String corrected) {
    if (CaseFacts.CHILD_DATE_OF_BIRTH.equals(fact) && current instanceof Date) {
      return NextPathway.day(LocalDate.parse(corrected));
    }
    return corrected;
  }

  /** Records one correction (CHR-01). */
  void record(String caseReference, String fact, String oldValue, String newValue, String reason, String correctedBy,
      String processInstanceId, int processesCorrected) {
    jdbc.update("insert into sg_case_correction (id, case_reference, fact, old_value, new_value, reason, corrected_by,"
            + " corrected_at, process_instance_id, processes_corrected) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseReference, fact, oldValue, newValue, reason, correctedBy,
        Timestamp.from(ClockUtil.getCurrentTime().toInstant()), processInstanceId, processesCorrected);
  }

  /** A correction as the chronology tells it. */
  public record Correction(java.time.ZonedDateTime at, String fact, String oldValue, String newValue, String reason,
      String correctedBy, int processesCorrected) {

    public String told() {
      String label = CorrectCaseRecordProcess.FACTS.getOrDefault(fact, fact);
      return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " corrected from "
          + (oldValue == null ? "(nothing recorded)" : "'" + oldValue + "'") + " to '" + newValue + "' by " + correctedBy
          + " in " + processesCorrected + " running process" + (processesCorrected == 1 ? "" : "es") + ". Reason: " + reason;
    }
  }

  public List<Correction> forCase(String caseReference) {
    return jdbc.query("select corrected_at, fact, old_value, new_value, reason, corrected_by, processes_corrected"
            + " from sg_case_correction where case_reference = ? order by corrected_at",
        (row, i) -> new Correction(row.getTimestamp("corrected_at").toInstant().atZone(WorkingDayCalendar.LONDON),
            row.getString("fact"), row.getString("old_value"), row.getString("new_value"), row.getString("reason"),
            row.getString("corrected_by"), row.getInt("processes_corrected")), caseReference);
  }

  /** CHR-01: every correction of the case record, as lines of the chronology. */
  List<ChronologyEntry> entries(String caseReference) {
    return forCase(caseReference).stream()
        .map(correction -> new ChronologyEntry(correction.at(), "Case record corrected", correction.told())).toList();
  }

}
