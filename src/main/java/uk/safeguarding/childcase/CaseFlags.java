package uk.safeguarding.childcase;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;

/** RR-01: the flags raised on a child's case for the manager (sg_case_flag), each once per pathway start. */
@Component
public class CaseFlags {

  /** A flag as the manager and the chronology see it. */
  public record CaseFlag(String caseReference, String kind, String reason) {}

  private final JdbcTemplate jdbc;

  public CaseFlags(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** @return true when the flag is new */
  public boolean raise(String caseReference, String kind, String reason, String processInstanceId) {
    try {
      return jdbc.update("insert into sg_case_flag (id, case_reference, rule_id, kind, reason, process_instance_id, flagged_at)"
              + " values (?, ?, 'RR-01', ?, ?, ?, ?)", UUID.randomUUID().toString(), caseReference, kind, reason,
          processInstanceId, Timestamp.from(ClockUtil.getCurrentTime().toInstant())) == 1;
    } catch (DuplicateKeyException alreadyRaised) {
      return false;
    }
  }

  public List<CaseFlag> forCase(String caseReference) {
    return jdbc.query("select case_reference, kind, reason from sg_case_flag where case_reference = ? order by flagged_at",
        (row, i) -> new CaseFlag(row.getString(1), row.getString(2), row.getString(3)), caseReference);
  }

  List<ChronologyEntry> entries(String caseReference) {
    return jdbc.query("select reason, flagged_at from sg_case_flag where case_reference = ?",
        (row, i) -> new ChronologyEntry(row.getTimestamp("flagged_at").toInstant().atZone(WorkingDayCalendar.LONDON),
            "Flag for the manager (RR-01)", row.getString("reason")), caseReference);
  }
}
