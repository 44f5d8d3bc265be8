package uk.safeguarding.childcase;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * CHR-01: significant events a practitioner adds to the chronology by hand (sg_case_event), for what
 * no pathway records: a bereavement, a move of school, a new partner in the household.
 */
@Component
public class SignificantEvents {

  private final JdbcTemplate jdbc;

  public SignificantEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String caseReference, LocalDate day, String description, String recordedBy) {
    jdbc.update("insert into sg_case_event (id, case_reference, event_date, description, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), caseReference, java.sql.Date.valueOf(day),
        description, recordedBy, Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
  }

  public List<ChronologyEntry> forCase(String caseReference) {
    return jdbc.query("select event_date, description, recorded_by from sg_case_event where case_reference = ?",
        (row, i) -> new ChronologyEntry(row.getDate("event_date").toLocalDate().atStartOfDay(WorkingDayCalendar.LONDON),
            "Significant event", row.getString("description") + " (added by " + row.getString("recorded_by") + ")"),
        caseReference);
  }

}
