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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.oversight.RuleDeadlines.Rules;
import uk.safeguarding.oversight.RuleDeadlines.TaskRule;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.timescales.StandardsProfile;
import uk.safeguarding.timescales.StandardsProfiles;

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
 *   <li>a deadline was <b>missed</b> when its task was still open at the end of its due day or done
 *       after it, or when the register holds a breach for its process instance and due day (a gate
 *       that found a meeting held after the day, ICPC-01, while the task itself was done in time);
 *   <li>a rule that only a gate checks (SD-02) has no deadlines; its breaches in the period are shown
 *       as missed, without a share;
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
  /**
   * The year's compliance (the page's longest question, one pass over a year of deadlines) is asked
   * on a thread of its own while the open work, nearest deadlines and visits are asked here, so the
   * page waits for the longest question rather than for all of them one after another.
   */
  private static final ExecutorService COMPLIANCE = Executors.newFixedThreadPool(2, work -> {
    Thread thread = new Thread(work, "standards-dashboard-compliance");
    thread.setDaemon(true);
    return thread;
  });

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

  }

  /** A rule's figures for the period, and month by month. */
  public record RuleRow(String ruleId, String title, Figure figure, List<MonthRow> months) {}

  public record PathwayRow(String processKey, String pathway, Figure figure, List<MonthRow> months) {}

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
    CompletableFuture<Compliance> compliance = CompletableFuture.supplyAsync(() -> compliance(period, chosen, rules, now), COMPLIANCE);
    List<OpenWorkRow> openWork = openWork(chosen, now);
    List<CaseRow> nearest = nearestDeadlines(chosen, rules, now);
    List<CaseRow> visits = visitsOverdue(chosen, rules, now);
    try {
      return new Dashboard(compliance.join(), openWork, nearest, visits, profiles.all().keySet().stream().sorted().toList(), now);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
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

    Tally byRule = new Tally(period);
    Tally byPathway = new Tally(period);
    Tally overall = new Tally(period);
    jdbc.query(("""
        select t.proc_def_key_ as process_key, t.task_def_key_ as task_key, extract(year from t.due_date_) as due_year,
            extract(month from t.due_date_) as due_month, count(*) as deadlines,
            sum(case when t.end_time_ is null or t.end_time_ > t.due_date_ or breach.rule_id is not null then 1 else 0 end) as missed
        from act_hi_taskinst t BREACH_OF_THE_DEADLINE
        where t.due_date_ >= :from and t.due_date_ < :until and t.task_def_key_ in (:taskKeys)
          and (t.end_time_ is null or t.delete_reason_ = 'completed' or t.end_time_ > t.due_date_)
        """ + profileOfHistoricTask(profile) + """
        group by t.proc_def_key_, t.task_def_key_, extract(year from t.due_date_), extract(month from t.due_date_)
        """).replace("BREACH_OF_THE_DEADLINE", breachOfTheDeadline(rules, params)), params, row -> {
          int deadlines = row.getInt("deadlines");
          int missed = row.getInt("missed");
          YearMonth month = YearMonth.of(row.getInt("due_year"), row.getInt("due_month"));
          rules.of(row.getString("process_key"), row.getString("task_key")).filter(TaskRule::guarded).ifPresent(task -> {
            byRule.add(task.ruleId(), month, deadlines, missed);
            byPathway.add(task.processKey(), month, deadlines, missed);
            overall.add("", month, deadlines, missed);
          });
        });
    // A rule that only a gate checks (SD-02: a key agency missing) has breaches but no deadline to count them against.
    Set<String> timedRules = rules.ruleIds(true);
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
          if (!timedRules.contains(row.getString("rule_id"))) {
            byRule.add(row.getString("rule_id"), YearMonth.of(row.getInt("due_year"), row.getInt("due_month")), 0,
                row.getInt("missed"));
          }
        });

    StandardsProfile titles = profiles.profile(ALL_PROFILES.equals(profile) ? profiles.defaultProfile() : profile);
    List<RuleRow> ruleRows = byRule.keys().stream().map(rule -> new RuleRow(rule,
        titles.rules().containsKey(rule) ? titles.rules().get(rule).title() : rule, byRule.total(rule), byRule.months(rule))).toList();
    List<PathwayRow> pathwayRows = byPathway.keys().stream().map(key -> new PathwayRow(key, rules.pathwayName(key),
        byPathway.total(key), byPathway.months(key))).sorted(Comparator.comparing(PathwayRow::pathway)).toList();
    int breachCount = count(period, profile, until);
    return new Compliance(period, profile, ruleRows, pathwayRows, overall.months(""), overall.total(""), breachCount,
        breaches(period, profile, null, null, LIST_ROWS, rules, now));
  }

  /**
   * A breach of a deadline's own rule on its process instance and due day. The rule of a task is the
   * diagram's ({@link RuleDeadlines}), given to the database as a {@code case} over the process and
   * task keys: two rules of one process can fall due on the same day (SD-01 and REC-01 when a
   * discussion is held the day the concern is raised).
   */
  private static String breachOfTheDeadline(Rules rules, MapSqlParameterSource params) {
    StringBuilder ruleOfTask = new StringBuilder("case");
    int i = 0;
    for (Map<String, TaskRule> tasks : rules.byProcess().values()) {
      for (TaskRule task : tasks.values()) {
        if (task.guarded()) {
          ruleOfTask.append(" when t.proc_def_key_ = :deadlineProcess").append(i).append(" and t.task_def_key_ = :deadlineTask")
              .append(i).append(" then :deadlineRule").append(i);
          params.addValue("deadlineProcess" + i, task.processKey()).addValue("deadlineTask" + i, task.taskKey())
              .addValue("deadlineRule" + i, task.ruleId());
          i++;
        }
      }
    }
    ruleOfTask.append(i == 0 ? " when 1 = 1 then '-'" : "").append(" end");
    // Joined once as the period's breaches, not asked deadline by deadline: the step's rule (a case over
    // every guarded step of every diagram) is then worked out only for a deadline whose case and day
    // have a breach, not for each of a year's 200,000 deadlines (docs/performance.md).
    return " left join (select distinct b.process_instance_id, b.due_at, b.rule_id from sg_standards_breach b"
        + " where b.due_at >= :fromAt and b.due_at < :untilAt) breach on breach.process_instance_id = t.proc_inst_id_"
        + " and breach.due_at = cast(t.due_date_ as timestamp with time zone) and breach.rule_id = " + ruleOfTask;
  }

  /** Deadlines and missed ones by a key (a rule, a pathway) and month, every month of the period present. */
  private static final class Tally {
    private final List<YearMonth> months;
    private final Map<String, Map<YearMonth, int[]>> counts = new TreeMap<>();

    Tally(ReportingPeriod period) {
      this.months = period.months();
    }

    void add(String key, YearMonth month, int deadlines, int missed) {
      int[] count = counts.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(month, m -> new int[2]);
      count[0] += deadlines;
      count[1] += missed;
    }

    Set<String> keys() {
      return counts.keySet();
    }

    Figure total(String key) {
      int[] sum = new int[2];
      counts.getOrDefault(key, Map.of()).values().forEach(count -> {
        sum[0] += count[0];
        sum[1] += count[1];
      });
      return Figure.of(sum[0], sum[1]);
    }

    List<MonthRow> months(String key) {
      Map<YearMonth, int[]> byMonth = counts.getOrDefault(key, Map.of());
      return months.stream().map(month -> {
        int[] count = byMonth.getOrDefault(month, new int[2]);
        return new MonthRow(month.toString(), Figure.of(count[0], count[1]));
      }).toList();
    }
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

  /**
   * The deadlines of a rule or a pathway in the period (only the missed ones with {@code onlyMissed}),
   * each with whether and when it was met: the cases behind a figure, newest due first.
   */
  public List<CaseRow> deadlines(ReportingPeriod period, String profile, String ruleId, String processKey, boolean onlyMissed,
      Rules rules, Instant now) {
    Instant until = period.end().isAfter(now) ? now : period.end();
    String chosen = checkedProfile(profile);
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("from", Timestamp.from(period.start())).addValue("until", Timestamp.from(until))
        .addValue("fromAt", period.start().atOffset(ZoneOffset.UTC)).addValue("untilAt", until.atOffset(ZoneOffset.UTC))
        .addValue("taskKeys", orNone(rules.taskKeys(ruleId == null ? null : List.of(ruleId), true))).addValue("processKey", processKey);
    addProfile(params, chosen);
    List<CaseRow> rows = new ArrayList<>();
    jdbc.query(("""
        select t.proc_def_key_ as process_key, t.task_def_key_ as task_key, t.name_, t.due_date_, t.end_time_,
            t.proc_inst_id_, p.business_key_,
            case when breach.rule_id is not null then 1 else 0 end as breached
        from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ BREACH_OF_THE_DEADLINE
        where t.due_date_ >= :from and t.due_date_ < :until and t.task_def_key_ in (:taskKeys)
          and (t.end_time_ is null or t.delete_reason_ = 'completed' or t.end_time_ > t.due_date_)
        """ + (processKey == null ? "" : " and t.proc_def_key_ = :processKey") + profileOfHistoricTask(chosen)
        + " order by t.due_date_ desc, p.business_key_").replace("BREACH_OF_THE_DEADLINE", breachOfTheDeadline(rules, params)), params, row -> {
          Optional<TaskRule> deadline = rules.of(row.getString("process_key"), row.getString("task_key"))
              .filter(TaskRule::guarded).filter(task -> ruleId == null || ruleId.equals(task.ruleId()));
          if (deadline.isEmpty() || rows.size() >= LIST_ROWS) {
            return;
          }
          Timestamp due = row.getTimestamp("due_date_");
          Timestamp done = row.getTimestamp("end_time_");
          String detail;
          if (done == null) {
            detail = "missed: still open";
          } else if (done.after(due)) {
            detail = "missed: done " + londonDay(done.toInstant());
          } else if (row.getInt("breached") == 1) {
            detail = "missed: breach recorded";
          } else {
            detail = "met: done " + londonDay(done.toInstant());
          }
          if (!onlyMissed || detail.startsWith("missed")) {
            rows.add(new CaseRow(row.getString("business_key_"), null, rules.pathwayName(deadline.get().processKey()),
                deadline.get().ruleId(), row.getString("name_"), londonDay(due.toInstant()), detail, row.getString("proc_inst_id_"), null));
          }
        });
    return withCasesAndCockpit(rows);
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
        + " order by t.due_date_", params, row -> {
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

  /**
   * The case's profile is its process's {@code standardsProfile}; a case without one follows the
   * default profile. Asked once as a set of instances (a hashed subquery over the variable's name),
   * never row by row: a year holds hundreds of thousands of deadlines and the runtime 40,000 open
   * tasks, and a lookup per row tripled the one-profile page (docs/performance.md). The default
   * profile is every case that names no other; any other profile is the cases that name it.
   */
  private String profileOfHistoricTask(String profile) {
    return profileOf(profile, "select v.proc_inst_id_ from act_hi_varinst v"
        + " where v.name_ = :profileVariable and v.execution_id_ = v.proc_inst_id_");
  }

  private String profileOfRunningTask(String profile) {
    return profileOf(profile, "select v.execution_id_ from act_ru_variable v"
        + " where v.name_ = :profileVariable and v.execution_id_ is not null");
  }

  /** {@code namingAProfile}: the instances whose own {@code standardsProfile} is set (never null: {@code not in}). */
  private String profileOf(String profile, String namingAProfile) {
    if (ALL_PROFILES.equals(profile)) {
      return "";
    }
    return profiles.defaultProfile().equals(profile)
        ? " and t.proc_inst_id_ not in (" + namingAProfile + " and v.text_ <> :profile)\n"
        : " and t.proc_inst_id_ in (" + namingAProfile + " and v.text_ = :profile)\n";
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
