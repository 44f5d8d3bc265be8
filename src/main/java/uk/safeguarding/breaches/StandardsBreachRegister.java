package uk.safeguarding.breaches;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The breaches recorded on each case. It shares the engine's data source and transaction, so a breach
 * and the work the timer started commit or roll back together.
 */
@Repository
public class StandardsBreachRegister {

  private final JdbcTemplate jdbc;

  public StandardsBreachRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the breach unless the same one is already on record (a timer fired again after a
   * rollback, or a second check of the same gate).
   *
   * @return true when this call recorded it
   */
  public boolean recordOnce(StandardsBreach breach) {
    int inserted = jdbc.update("""
        insert into sg_standards_breach (id, case_reference, rule_id, due_at, noticed_at,
            process_instance_id, breached_step, standards_profile, detail)
        select ?, ?, ?, ?, ?, ?, ?, ?, ?
        where not exists (select 1 from sg_standards_breach
            where process_instance_id = ? and rule_id = ? and breached_step = ? and due_at = ?)
        """,
        breach.id(), breach.caseReference(), breach.ruleId(), breach.dueAt(), breach.noticedAt(),
        breach.processInstanceId(), breach.breachedStep(), breach.standardsProfile(), breach.detail(),
        breach.processInstanceId(), breach.ruleId(), breach.breachedStep(), breach.dueAt());
    return inserted == 1;
  }

  public List<StandardsBreach> forCase(String caseReference) {
    return jdbc.query("select * from sg_standards_breach where case_reference = ? order by noticed_at, rule_id",
        StandardsBreachRegister::map, caseReference);
  }

  static StandardsBreach map(ResultSet rs, int row) throws SQLException {
    return new StandardsBreach(rs.getString("id"), rs.getString("case_reference"), rs.getString("rule_id"),
        rs.getObject("due_at", OffsetDateTime.class), rs.getObject("noticed_at", OffsetDateTime.class),
        rs.getString("process_instance_id"), rs.getString("breached_step"), rs.getString("standards_profile"),
        rs.getString("detail"));
  }
}
