package uk.safeguarding.childcase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who has read a child's record (issue 19, point 4): every successful read of a child's case, through
 * every way in, is one row of sg_record_access: who, when, which child (the case reference), which way
 * and, where one was asked for or given, why. Managers read it back newest first.
 *
 * <p>Append-only: this class only adds rows; nothing in the application changes or removes one, and
 * the database refuses it too (V12_1: a trigger on PostgreSQL, {@link RecordAccessAppendOnly} on H2).
 */
@Component
public class RecordAccessLog {

  /** The most rows one page of the log holds. */
  public static final int MAX_PAGE = 200;
  /** The most characters of a reason kept (the column's width). */
  public static final int MAX_REASON = 1000;

  /** How the record was read, in the words a manager reads in the log. */
  public enum Way {
    TASKLIST_FORM("tasklist-form", "Opened a task's form in Tasklist"),
    WEBAPP_VARIABLES("webapp-variables", "Read the case's variables in Cockpit or Tasklist"),
    REST_VARIABLES("rest-variables", "Read the case's variables over REST"),
    CHRONOLOGY("chronology", "Read the chronology"),
    CASE_PAGE("case-page", "Opened the child's case page"),
    COCKPIT_JOURNEY("cockpit-journey", "Opened the child's journey in Cockpit"),
    CIN_CENSUS("cin-census", "Exported the child in the children in need census"),
    CIN_CENSUS_CHECK("cin-census-check", "Checked the child's children in need census data"),
    ANNEX_A("annex-a", "Exported the child in Ofsted's Annex A lists"),
    SSDA903("ssda903", "Exported the child in the SSDA903 looked after children return"),
    SSDA903_CHECK("ssda903-check", "Checked the child's SSDA903 looked after children data");

    private final String id;
    private final String label;

    Way(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }

    static Way byId(String id) {
      return Arrays.stream(values()).filter(way -> way.id.equals(id)).findFirst()
          .orElseThrow(() -> new IllegalStateException("sg_record_access holds an unknown way: " + id));
    }
  }

  /** One read: {@code detail} says what was opened (a task's name, a process), {@code reason} why, when asked. */
  public record Read(Instant at, String caseReference, String readBy, Way way, String detail, String reason) {}

  /** A page of a child's log, newest first, and how many reads there are in all. */
  public record Page(String caseReference, long total, int firstResult, int maxResults, List<Read> reads) {}

  private final JdbcTemplate jdbc;

  public RecordAccessLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String readBy, String caseReference, Way way, String detail, String reason) {
    recordAll(readBy, Map.of(caseReference, detail == null ? "" : detail), way, reason);
  }

  /** One read of several children at once (a query of variables across cases): a row for each child. */
  public void recordAll(String readBy, Map<String, String> detailByCase, Way way, String reason) {
    Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    List<Object[]> rows = detailByCase.entrySet().stream().map(read -> new Object[] {now, read.getKey(), readBy, way.id(),
        shortened(read.getValue(), 255), shortened(reason, MAX_REASON)}).toList();
    jdbc.batchUpdate("insert into sg_record_access (read_at, case_reference, read_by, way, detail, reason)"
        + " values (?, ?, ?, ?, ?, ?)", rows);
  }

  public Page of(String caseReference, int firstResult, int maxResults) {
    long total = jdbc.queryForObject("select count(*) from sg_record_access where case_reference = ?", Long.class, caseReference);
    List<Read> reads = jdbc.query("select read_at, read_by, way, detail, reason from sg_record_access where case_reference = ?"
            + " order by read_at desc, id desc offset ? rows fetch next ? rows only",
        (row, i) -> new Read(row.getTimestamp("read_at").toInstant(), caseReference, row.getString("read_by"),
            Way.byId(row.getString("way")), row.getString("detail"), row.getString("reason")),
        caseReference, firstResult, maxResults);
    return new Page(caseReference, total, firstResult, maxResults, reads);
  }

  private static String shortened(String text, int length) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.length() <= length ? trimmed : trimmed.substring(0, length);
  }
}
