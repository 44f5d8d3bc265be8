package uk.safeguarding.oversight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.oversight.RuleDeadlines.Rules;
import uk.safeguarding.oversight.RuleDeadlines.TaskRule;
import uk.safeguarding.standards.CaseStarts;
import uk.safeguarding.standards.Standards;
import uk.safeguarding.standards.StandardsProfile;
import uk.safeguarding.standards.StandardsProfiles;

/**
 * The figures of the managers' Standards dashboard (issue 19), counted in SQL from the breach register
 * ({@code sg_standards_breach}) and the engine's history and runtime tables, never from the engine's
 * query API one instance at a time: at 40,000 open tasks and a year of history it must answer in well
 * under a second (docs/performance.md). Every query reads by an indexed column ({@code due_date_} of
 * the task tables, {@code due_at} of the register, V10__standards_dashboard.sql) and groups in the
 * database; only the few rows a list shows are read one by one.
 *
 * <p>What the figures mean (docs/user-guide.md, "The Standards dashboard"):
 * <ul>
 *   <li>a <b>deadline</b> of a rule is a task guarded by the rule's breach timer ({@link RuleDeadlines})
 *       whose due day falls in the period and has passed; a task closed before its due day without
 *       being done (its process ended another way) had no deadline;
 *   <li>a deadline was <b>missed</b> when the register holds a breach of the rule for its process
 *       instance and due day; a rule's breaches recorded by a gate (SD-01) count as missed too;
 *   <li><b>on time</b> is the share of deadlines not missed.
 * </ul>
 */
@Component
public class StandardsDashboard {

  /** A list on the dashboard shows at most this many rows; the breach list's CSV has them all. */
  static final int LIST_ROWS = 200;
  static final String ALL_PROFILES = "all";

  /** The statutory deadlines a manager watches most, by the rule of the task that meets them. */
  static final Map<String, String> STATUTORY_DEADLINES = linked(
      "ICPC-01", "Initial child protection conference",
      "CG-01", "Core group", "CG-03", "Core group",
      "RCPC-01", "Review child protection conference",
      "LAC-07", "Looked after child review",
      "CFA-01", "Assessment", "CFA-03", "Assessment");
  /** The statutory visits: a child on a child protection plan (CG-06) and a looked after child (LAC-16). */
  static final List<String> STATUTORY_VISITS = List.of("CG-06", "LAC-16");

  private final NamedParameterJdbcTemplate jdbc;
  private final RuleDeadlines ruleDeadlines;
  private final StandardsProfiles profiles;
  private final WorkingDayCalendar calendar;

  public StandardsDashboard(NamedParameterJdbcTemplate jdbc, RuleDeadlines ruleDeadlines, StandardsProfiles profiles,
      WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.ruleDeadlines = ruleDeadlines;
    this.profiles = profiles;
    this.calendar = calendar;
  }

  public record Figure(int deadlines, int missed, Double onTimePercent) {
    static Figure of(int deadlines, int missed) {
      Double onTime = deadlines == 0 ? null
          : Math.round(Math.max(0, deadlines - missed) * 1000.0 / deadlines) / 10.0;
      return new Figure(deadlines, missed, onTime);
    }

    Figure plus(int moreDeadlines, int moreMissed) {
      return of(deadlines + moreDeadlines, missed + moreMissed);
    }
  }

  public record RuleRow(String ruleId, String title, Figure figure) {}

  public record PathwayRow(String processKey, String pathway, Figure figure) {}

  public record MonthRow(String month, Figure figure) {}

  /** A row behind a figure: one task or breach of one child's case, with the instance Cockpit opens. */
  public record CaseRow(String caseReference, String childName, String pathway, String ruleId, String step,
      LocalDate due, String detail, String processInstanceId, String cockpitInstanceId) {}

  public record OpenWorkRow(String groupId, String team, String agency, int overdue, int dueWithin5WorkingDays) {}

  public record Compliance(ReportingPeriod period, String profile, List<RuleRow> rules, List<PathwayRow> pathways,
      List<MonthRow> months, Figure overall, int breachCount, List<CaseRow> breaches) {}

  public record Dashboard(Compliance compliance, List<OpenWorkRow> openWork, List<CaseRow> nearestDeadlines,
      List<CaseRow> visitsOverdue, List<String> profiles, Instant at) {}

  public Dashboard of(ReportingPeriod period, String profile) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String chosen = checkedProfile(profile);
    Rules rules = ruleDeadlines.current();
    return new Dashboard(compliance(period, chosen, rules, now), openWork(chosen, now),
        nearestDeadlines(chosen, rules, now), visitsOverdue(chosen, rules, now),
        profiles.all().keySet().stream().sorted().toList(), now);
  }

  String checkedProfile(String profile) {
    if (profile == null || profile.isBlank() || ALL_PROFILES.equals(profile)) {
      return ALL_PROFILES;
    }
    if (!profiles.exists(profile)) {
      throw new IllegalArgumentException("There is no standards profile '" + profile + "'; choose one of "
          + profiles.all().keySet().stream().sorted().toList() + " or " + ALL_PROFILES);
    }
    return profile;
  }

  Compliance compliance(ReportingPeriod period, String profile, Rules rules, Instant now) {
    Instant until = period.end().isAfter(now) ? now : period.end();
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", Timestamp.from(period.start())).addValue("until", Timestamp.from(until))
        .addValue("fromAt", period.start().atOffset(ZoneOffset.UTC)).addValue("untilAt", until.atOffset(ZoneOffset.UTC))
        .addValue("taskKeys", orNone(rules.taskKeys(null, true)));
    addProfile(params, profile);

    Map<String, int[]> byRule = new TreeMap<>();
    Map<String, int[]> byPathway = new TreeMap<>();
    Map<YearMonth, int[]> byMonth = new TreeMap<>();
    period.months().forEach(month -> byMonth.put(month, new int[2]));
    jdbc.query("""
        select t.proc_def_key_ as process_key, t.task_def_key_ as task_key, extract(year from t.due_date_) as due_year,
            extract(month from t.due_date_) as due_month, count(*) as deadlines
        from act_hi_taskinst t
        where t.due_date_ >= :from and t.due_date_ < :until and t.task_def_key_ in (:taskKeys)
          and (t.end_time_ is null or t.delete_reason_ = 'completed' or t.end_time_ > t.due_date_)
        """ + profileOfHistoricTask(profile) + """
        group by t.proc_def_key_, t.task_def_key_, extract(year from t.due_date_), extract(month from t.due_date_)
        """, params, row -> {
          int deadlines = row.getInt("deadlines");
          YearMonth month = YearMonth.of(row.getInt("due_year"), row.getInt("due_month"));
          rules.of(row.getString("process_key"), row.getString("task_key")).filter(TaskRule::guarded).ifPresent(task -> {
            byRule.computeIfAbsent(task.ruleId(), id -> new int[2])[0] += deadlines;
            byPathway.computeIfAbsent(task.processKey(), key -> new int[2])[0] += deadlines;
            byMonth.computeIfAbsent(month, m -> new int[2])[0] += deadlines;
          });
        });
    // A deadline is missed once, however many breach rows record it (a timer and a gate, two steps).
    jdbc.query("""
        select missed.rule_id, missed.process_key, extract(year from missed.due_at) as due_year,
            extract(month from missed.due_at) as due_month, count(*) as missed
        from (select distinct b.rule_id, b.process_instance_id, b.due_at, p.proc_def_key_ as process_key
              from sg_standards_breach b join act_hi_procinst p on p.id_ = b.process_instance_id
              where b.due_at >= :fromAt and b.due_at < :untilAt
        """ + (ALL_PROFILES.equals(profile) ? "" : " and b.standards_profile = :profile") + """
             ) missed
        group by missed.rule_id, missed.process_key, extract(year from missed.due_at), extract(month from missed.due_at)
        """, params, row -> {
          int missed = row.getInt("missed");
          byRule.computeIfAbsent(row.getString("rule_id"), id -> new int[2])[1] += missed;
          byPathway.computeIfAbsent(row.getString("process_key"), key -> new int[2])[1] += missed;
          byMonth.computeIfAbsent(YearMonth.of(row.getInt("due_year"), row.getInt("due_month")), m -> new int[2])[1] += missed;
        });

    StandardsProfile titles = profiles.profile(ALL_PROFILES.equals(profile) ? profiles.defaultProfile() : profile);
    List<RuleRow> ruleRows = byRule.entrySet().stream().map(entry -> new RuleRow(entry.getKey(),
        titles.rules().containsKey(entry.getKey()) ? titles.rules().get(entry.getKey()).title() : entry.getKey(),
        Figure.of(entry.getValue()[0], entry.getValue()[1]))).toList();
    List<PathwayRow> pathwayRows = byPathway.entrySet().stream().map(entry -> new PathwayRow(entry.getKey(),
        rules.pathwayName(entry.getKey()), Figure.of(entry.getValue()[0], entry.getValue()[1])))
        .sorted(Comparator.comparing(PathwayRow::pathway)).toList();
    List<MonthRow> monthRows = byMonth.entrySet().stream()
        .map(entry -> new MonthRow(entry.getKey().toString(), Figure.of(entry.getValue()[0], entry.getValue()[1]))).toList();
    Figure overall = Figure.of(0, 0);
    for (RuleRow row : ruleRows) {
      // A rule recorded only by a gate has no deadlines to count against; its breaches are shown, not averaged.
      if (row.figure().deadlines() > 0) {
        overall = overall.plus(row.figure().deadlines(), Math.min(row.figure().missed(), row.figure().deadlines()));
      }
    }
    int breachCount = count(period, profile, until);
    return new Compliance(period, profile, ruleRows, pathwayRows, monthRows, overall, breachCount,
        breaches(period, profile, null, null, LIST_ROWS, rules, now));
  }

  private int count(ReportingPeriod period, String profile, Instant until) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("fromAt", period.start().atOffset(ZoneOffset.UTC))
        .addValue("untilAt", until.atOffset(ZoneOffset.UTC));
    addProfile(params, profile);
    Integer count = jdbc.queryForObject("select count(*) from sg_standards_breach b where b.due_at >= :fromAt and b.due_at < :untilAt"
        + (ALL_PROFILES.equals(profile) ? "" : " and b.standards_profile = :profile"), params, Integer.class);
    return count == null ? 0 : count;
  }

  /** The breaches of the period, newest due first, optionally of one rule or one pathway; {@code limit} 0 for all. */
  public List<CaseRow> breaches(ReportingPeriod period, String profile, String ruleId, String processKey, int limit, Rules rules,
      Instant now) {
    Instant until = period.end().isAfter(now) ? now : period.end();
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("fromAt", period.start().atOffset(ZoneOffset.UTC)).addValue("untilAt", until.atOffset(ZoneOffset.UTC))
        .addValue("ruleId", ruleId).addValue("processKey", processKey);
    addProfile(params, checkedProfile(profile));
    List<CaseRow> rows = jdbc.query("""
        select b.case_reference, b.rule_id, b.breached_step, b.due_at, b.noticed_at, b.process_instance_id,
            p.proc_def_key_ as process_key
        from sg_standards_breach b join act_hi_procinst p on p.id_ = b.process_instance_id
        where b.due_at >= :fromAt and b.due_at < :untilAt
        """ + (ALL_PROFILES.equals(checkedProfile(profile)) ? "" : " and b.standards_profile = :profile")
        + (ruleId == null ? "" : " and b.rule_id = :ruleId")
        + (processKey == null ? "" : " and p.proc_def_key_ = :processKey")
        + " order by b.due_at desc, b.case_reference" + (limit > 0 ? " limit " + limit : ""), params,
        (row, i) -> new CaseRow(row.getString("case_reference"), null, rules.pathwayName(row.getString("process_key")),
            row.getString("rule_id"), row.getString("breached_step"), londonDay(row.getObject("due_at", OffsetDateTime.class).toInstant()),
            "noticed " + londonDay(row.getObject("noticed_at", OffsetDateTime.class).toInstant()),
            row.getString("process_instance_id"), null));
    return withCasesAndCockpit(rows);
  }

  /** The deadlines of a rule or a pathway in the period, each with whether it was met: the cases behind a figure. */
  public List<CaseRow> deadlines(ReportingPeriod period, String profile, String ruleId, String processKey, Rules rules, Instant now) {
    Instant until = period.end().isAfter(now) ? now : period.end();
    String chosen = checkedProfile(profile);
    Set<String> taskKeys = rules.taskKeys(ruleId == null ? null : List.of(ruleId), true);
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", Timestamp.from(period.start())).addValue("until", Timestamp.from(until))
        .addValue("taskKeys", orNone(taskKeys)).addValue("processKey", processKey);
    addProfile(params, chosen);
    List<CaseRow> rows = new ArrayList<>();
    Map<String, Set<String>> missed = missedDeadlines(period, chosen, until);
    jdbc.query("""
        select t.proc_def_key_ as process_key, t.task_def_key_ as task_key, t.name_, t.due_date_, t.end_time_,
            t.proc_inst_id_, p.business_key_
        from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
        where t.due_date_ >= :from and t.due_date_ < :until and t.task_def_key_ in (:taskKeys)
          and (t.end_time_ is null or t.delete_reason_ = 'completed' or t.end_time_ > t.due_date_)
        """ + (processKey == null ? "" : " and t.proc_def_key_ = :processKey") + profileOfHistoricTask(chosen)
        + " order by t.due_date_ desc", params, row -> {
          Optional<TaskRule> deadline = rules.of(row.getString("process_key"), row.getString("task_key"))
              .filter(TaskRule::guarded).filter(task -> ruleId == null || ruleId.equals(task.ruleId()));
          if (deadline.isPresent() && rows.size() < LIST_ROWS) {
            TaskRule task = deadline.get();
            Instant due = row.getTimestamp("due_date_").toInstant();
            boolean wasMissed = missed.getOrDefault(row.getString("proc_inst_id_"), Set.of())
                .contains(task.ruleId() + "@" + londonDay(due));
            Timestamp done = row.getTimestamp("end_time_");
            rows.add(new CaseRow(row.getString("business_key_"), null, rules.pathwayName(task.processKey()), task.ruleId(),
                row.getString("name_"), londonDay(due), wasMissed ? "missed"
                    : done == null ? "open, not yet recorded as missed" : "met " + londonDay(done.toInstant()),
                row.getString("proc_inst_id_"), null));
          }
        });
    return withCasesAndCockpit(rows);
  }

  private Map<String, Set<String>> missedDeadlines(ReportingPeriod period, String profile, Instant until) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("fromAt", period.start().atOffset(ZoneOffset.UTC)).addValue("untilAt", until.atOffset(ZoneOffset.UTC));
    addProfile(params, profile);
    Map<String, Set<String>> missed = new HashMap<>();
    jdbc.query("select process_instance_id, rule_id, due_at from sg_standards_breach b where b.due_at >= :fromAt and b.due_at < :untilAt"
        + (ALL_PROFILES.equals(profile) ? "" : " and b.standards_profile = :profile"), params, row -> {
          missed.computeIfAbsent(row.getString("process_instance_id"), id -> new java.util.HashSet<>())
              .add(row.getString("rule_id") + "@" + londonDay(row.getObject("due_at", OffsetDateTime.class).toInstant()));
        });
    return missed;
  }

  /** Open work overdue or due by the end of the fifth working day from today, by the group it is offered to. */
  List<OpenWorkRow> openWork(String profile, Instant now) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", Timestamp.from(now))
        .addValue("soon", Timestamp.from(fifthWorkingDayEnds(now)));
    addProfile(params, profile);
    List<OpenWorkRow> rows = jdbc.query("""
        select l.group_id_, sum(case when t.due_date_ < :now then 1 else 0 end) as overdue,
            sum(case when t.due_date_ >= :now then 1 else 0 end) as due_soon
        from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'
        where t.due_date_ <= :soon and l.group_id_ is not null
        """ + profileOfRunningTask(profile) + " group by l.group_id_", params,
        (row, i) -> new OpenWorkRow(row.getString("group_id_"), Teams.team(row.getString("group_id_")),
            Teams.agency(row.getString("group_id_")), row.getInt("overdue"), row.getInt("due_soon")));
    return rows.stream().sorted(Comparator.comparing(OpenWorkRow::agency).thenComparing(OpenWorkRow::team)).toList();
  }

  /** The open tasks behind an open-work figure: one group's overdue work, or its work due within 5 working days. */
  public List<CaseRow> openWorkCases(String profile, String groupId, boolean overdue, Rules rules, Instant now) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", Timestamp.from(now))
        .addValue("soon", Timestamp.from(fifthWorkingDayEnds(now))).addValue("group", groupId);
    addProfile(params, checkedProfile(profile));
    List<CaseRow> rows = jdbc.query("""
        select t.name_, t.due_date_, t.proc_inst_id_, t.task_def_key_, d.key_ as process_key, e.business_key_
        from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'
            join act_re_procdef d on d.id_ = t.proc_def_id_ join act_ru_execution e on e.id_ = t.proc_inst_id_
        where l.group_id_ = :group
        """ + (overdue ? " and t.due_date_ < :now" : " and t.due_date_ >= :now and t.due_date_ <= :soon")
        + profileOfRunningTask(checkedProfile(profile)) + " order by t.due_date_ limit " + LIST_ROWS, params,
        (row, i) -> caseRowOfTask(row, rules, now));
    return withCasesAndCockpit(rows);
  }

  /** The open statutory deadlines nearest to falling due (not yet overdue: that is the open work's), soonest first. */
  List<CaseRow> nearestDeadlines(String profile, Rules rules, Instant now) {
    List<CaseRow> rows = openTasksOf(profile, rules, STATUTORY_DEADLINES.keySet(), now, false);
    return withCasesAndCockpit(rows.stream().map(row -> new CaseRow(row.caseReference(), null, row.pathway(), row.ruleId(),
        row.step(), row.due(), STATUTORY_DEADLINES.get(row.ruleId()) + ": " + row.detail(), row.processInstanceId(), null)).toList());
  }

  /** Children whose statutory visit is overdue: the visit task open past its due day. */
  List<CaseRow> visitsOverdue(String profile, Rules rules, Instant now) {
    return withCasesAndCockpit(openTasksOf(profile, rules, STATUTORY_VISITS, now, true));
  }

  private List<CaseRow> openTasksOf(String profile, Rules rules, Collection<String> ruleIds, Instant now, boolean overdue) {
    MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", Timestamp.from(now))
        .addValue("taskKeys", orNone(rules.taskKeys(ruleIds, false)));
    addProfile(params, profile);
    List<CaseRow> rows = new ArrayList<>();
    jdbc.query("""
        select t.name_, t.due_date_, t.proc_inst_id_, t.task_def_key_, d.key_ as process_key, e.business_key_
        from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_ join act_ru_execution e on e.id_ = t.proc_inst_id_
        where t.task_def_key_ in (:taskKeys)
        """ + (overdue ? " and t.due_date_ < :now" : " and t.due_date_ >= :now") + profileOfRunningTask(profile)
        + " order by t.due_date_" + (overdue ? "" : "") , params, row -> {
          if (rows.size() < LIST_ROWS && rules.of(row.getString("process_key"), row.getString("task_def_key_"))
              .filter(task -> ruleIds.contains(task.ruleId())).isPresent()) {
            rows.add(caseRowOfTask(row, rules, now));
          }
        });
    return rows;
  }

  private CaseRow caseRowOfTask(java.sql.ResultSet row, Rules rules, Instant now) throws java.sql.SQLException {
    String processKey = row.getString("process_key");
    String rule = rules.of(processKey, row.getString("task_def_key_")).map(TaskRule::ruleId).orElse(null);
    LocalDate due = londonDay(row.getTimestamp("due_date_").toInstant());
    LocalDate today = londonDay(now);
    String when = due.isBefore(today) ? calendar.workingDaysBetween(due, today) + " working days overdue"
        : due.equals(today) ? "due today" : "in " + calendar.workingDaysBetween(today, due) + " working days";
    return new CaseRow(row.getString("business_key_"), null, rules.pathwayName(processKey), rule, row.getString("name_"), due, when,
        row.getString("proc_inst_id_"), null);
  }

  /**
   * Adds each row's child and the process instance a manager opens in Cockpit for it: the row's own
   * when it still runs, else the child's case, else any running process of the child (Cockpit
   * Community shows running instances only; none means every process of the child has ended).
   */
  private List<CaseRow> withCasesAndCockpit(List<CaseRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Set<String> references = new LinkedHashSet<>();
    Set<String> instances = new LinkedHashSet<>();
    rows.forEach(row -> {
      references.add(row.caseReference());
      instances.add(row.processInstanceId());
    });
    Map<String, String> childNames = new HashMap<>();
    Set<String> running = new java.util.HashSet<>();
    Map<String, String> runningByCase = new HashMap<>();
    jdbc.query("""
        select v.proc_inst_id_, v.text_ from act_hi_varinst v
        where v.proc_inst_id_ in (:instances) and v.name_ = :childName
        """, new MapSqlParameterSource("instances", instances).addValue("childName", CaseStarts.CHILD_NAME),
        row -> {
          childNames.put(row.getString("proc_inst_id_"), row.getString("text_"));
        });
    jdbc.query("""
        select e.id_, e.business_key_, d.key_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
        where e.business_key_ in (:references) and e.parent_id_ is null
        """, new MapSqlParameterSource("references", references), row -> {
          running.add(row.getString("id_"));
          String reference = row.getString("business_key_");
          if (ChildJourney.CHILD_CASE.equals(row.getString("key_")) || !runningByCase.containsKey(reference)) {
            runningByCase.put(reference, row.getString("id_"));
          }
        });
    return rows.stream().map(row -> new CaseRow(row.caseReference(), childNames.get(row.processInstanceId()), row.pathway(),
        row.ruleId(), row.step(), row.due(), row.detail(), row.processInstanceId(),
        running.contains(row.processInstanceId()) ? row.processInstanceId() : runningByCase.get(row.caseReference()))).toList();
  }

  private Instant fifthWorkingDayEnds(Instant now) {
    LocalDate today = londonDay(now);
    return calendar.endOfDay(calendar.workingDaysAfter(today, 5)).toInstant();
  }

  /** The case's profile is its process's {@code standardsProfile}; a case without one follows the default profile. */
  private String profileOfHistoricTask(String profile) {
    return ALL_PROFILES.equals(profile) ? "" : """
         and coalesce((select max(v.text_) from act_hi_varinst v where v.proc_inst_id_ = t.proc_inst_id_
            and v.execution_id_ = t.proc_inst_id_ and v.name_ = :profileVariable), :defaultProfile) = :profile
        """;
  }

  private String profileOfRunningTask(String profile) {
    return ALL_PROFILES.equals(profile) ? "" : """
         and coalesce((select max(v.text_) from act_ru_variable v where v.execution_id_ = t.proc_inst_id_
            and v.name_ = :profileVariable), :defaultProfile) = :profile
        """;
  }

  private void addProfile(MapSqlParameterSource params, String profile) {
    params.addValue("profile", profile).addValue("profileVariable", Standards.PROFILE_VARIABLE)
        .addValue("defaultProfile", profiles.defaultProfile());
  }

  private static Collection<String> orNone(Set<String> keys) {
    return keys.isEmpty() ? List.of("-") : keys;
  }

  static LocalDate londonDay(Instant instant) {
    return instant.atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }

  private static Map<String, String> linked(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
