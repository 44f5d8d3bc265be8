package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.oversight.ReportingPeriod;
import uk.safeguarding.oversight.RuleDeadlines;
import uk.safeguarding.oversight.StandardsDashboard;

/**
 * The managers' Standards dashboard (issue 19) as Cockpit asks for it, the whole page in one request,
 * and the cases behind its biggest figure, at -Dbench.dashboardOpenTasks open tasks (default a smoke-test size;
 * the target is 40,000) and a year of history of -Dbench.dashboardYearDeadlines deadlines (default a smoke
 * size; 200,000 is a large authority's year). The open tasks are real strategy discussions as in
 * {@link TaskListBenchmark} (copied in SQL from a seed from -Dbench.bulkFrom up, {@link CaseCopies});
 * the year is written in SQL, one finished process a case: every deadline of every diagram's guarded
 * steps, spread over the year's days, one in ten done after its day and recorded in the breach
 * register, as the timers would. The history carries no variables, so the profile's figure reads the
 * default profile of each case, as a case started without one does. docs/performance.md says how to
 * run it. It asserts on what is counted, never on a time.
 */
@Tag("benchmark")
class StandardsDashboardBenchmark {

  static final Path RESULTS = Path.of("target", "benchmarks", "standards-dashboard.csv");
  static final String HEADER = "date,openTasks,historyDeadlines,query,p50_ms,p95_ms,p99_ms,samples";

  @Test
  void theDashboardAtTheOpenTasksAndAYearOfHistory() throws Exception {
    int openTasks = Integer.getInteger("bench.dashboardOpenTasks", 400);
    int historyDeadlines = Integer.getInteger("bench.dashboardYearDeadlines", 5_000);
    int samples = Integer.getInteger("bench.samples", 40);
    String url = BenchmarkDatabase.recreate("bench_dashboard_" + openTasks);
    // The task list benchmark's shape (four open tasks a case, which CaseCopies multiplies): without the child's case.
    try (ConfigurableApplicationContext app = OurApplication.start(url, "--safeguarding.child-case.open-automatically=false")) {
      var engine = app.getBean(org.camunda.bpm.engine.ProcessEngine.class);
      int seed = CaseCopies.applies(openTasks) ? CaseCopies.SEED_TASKS : openTasks;
      TaskListBenchmark.loadOurs(engine, seed, TaskListBenchmark.dueDays());
      if (seed < openTasks) {
        CaseCopies.multiply(url, openTasks);
      }
      RuleDeadlines.Rules rules = app.getBean(RuleDeadlines.class).current();
      LocalDate today = LocalDate.now(WorkingDayCalendar.LONDON);
      ReportingPeriod year = ReportingPeriod.parse(null, null, today);
      int missed = writeAYear(url, rules, year, historyDeadlines);
      BenchmarkDatabase.vacuumAnalyze(url);

      StandardsDashboard dashboard = app.getBean(StandardsDashboard.class);
      StandardsDashboard.Dashboard page = dashboard.of(year, "all");
      assertThat(page.compliance().overall().deadlines()).as("the year's deadlines").isGreaterThanOrEqualTo(historyDeadlines);
      assertThat(page.compliance().overall().missed()).as("the year's missed deadlines").isGreaterThanOrEqualTo(missed);
      assertThat(dashboard.of(year, "manchester").compliance().overall().deadlines()).as("the year's deadlines of Manchester's cases")
          .isEqualTo((historyDeadlines + 6) / 10);
      assertThat(page.openWork().stream().mapToInt(row -> row.overdue() + row.dueWithin5WorkingDays()).sum())
          .as("open work overdue or due soon").isPositive();
      String biggest = page.compliance().rules().stream().max(java.util.Comparator.comparingInt(row -> row.figure().deadlines()))
          .orElseThrow().ruleId();
      int warmups = Math.max(5, samples / 5);
      List<Latency> latencies = List.of(
          Latency.measure("Standards dashboard, a year, every profile", warmups, samples, () -> dashboard.of(year, "all")),
          Latency.measure("Standards dashboard, a year, the national profile", warmups, samples, () -> dashboard.of(year, "national")),
          Latency.measure("Cases behind " + biggest + "'s missed figure", warmups, samples,
              () -> dashboard.deadlines(year, "all", biggest, null, true, rules, java.time.Instant.now())));
      record(openTasks, historyDeadlines, latencies);
    }
  }

  /** A year of finished cases in SQL: one process instance each, its guarded steps' deadlines, one in ten missed and breached. */
  private static int writeAYear(String url, RuleDeadlines.Rules rules, ReportingPeriod year, int deadlines) throws SQLException {
    long days = java.time.temporal.ChronoUnit.DAYS.between(year.from(), year.to());
    List<RuleDeadlines.TaskRule> steps = new ArrayList<>();
    rules.byProcess().values().forEach(tasks -> tasks.values().stream().filter(RuleDeadlines.TaskRule::guarded).forEach(steps::add));
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    int missed = 0;
    try (Connection c = DriverManager.getConnection(url, BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD)) {
      c.setAutoCommit(false);
      try (PreparedStatement process = c.prepareStatement("""
              insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, state_)
              values (?, ?, ?, ?, ?, ?, ?, 'COMPLETED')""");
          PreparedStatement task = c.prepareStatement("""
              insert into act_hi_taskinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, root_proc_inst_id_, execution_id_,
                  task_def_key_, name_, start_time_, end_time_, delete_reason_, due_date_)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed', ?)""");
          PreparedStatement breach = c.prepareStatement("""
              insert into sg_standards_breach (id, case_reference, rule_id, due_at, noticed_at, process_instance_id, breached_step,
                  standards_profile, review_started_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
          PreparedStatement profile = c.prepareStatement("""
              insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
                  name_, var_type_, rev_, text_, state_, create_time_)
              values (?, ?, ?, ?, ?, ?, ?, 'string', 0, ?, 'CREATED', ?)""")) {
        for (int i = 0; i < deadlines; i++) {
          RuleDeadlines.TaskRule step = steps.get(i % steps.size());
          LocalDate day = year.to().minusDays(1 + (i * 7L) % days);
          ZonedDateTime due = calendar.endOfDay(day);
          boolean late = i % 10 == 0;
          // As the start gates leave it: every case names its profile, one in ten another authority's.
          String standardsProfile = i % 10 == 3 ? "manchester" : "national";
          ZonedDateTime done = late ? due.plusDays(2).withHour(11) : due.minusDays(1).withHour(15);
          String id = "bench-year-" + i;
          String reference = "CR-YEAR-" + i;
          process.setString(1, id);
          process.setString(2, id);
          process.setString(3, reference);
          process.setString(4, step.processKey());
          process.setString(5, step.processKey() + ":bench");
          process.setTimestamp(6, Timestamp.from(due.minusDays(20).toInstant()));
          process.setTimestamp(7, Timestamp.from(done.plusMinutes(1).toInstant()));
          process.addBatch();
          task.setString(1, id + "-task");
          task.setString(2, step.processKey());
          task.setString(3, step.processKey() + ":bench");
          task.setString(4, id);
          task.setString(5, id);
          task.setString(6, id);
          task.setString(7, step.taskKey());
          task.setString(8, step.taskName());
          task.setTimestamp(9, Timestamp.from(due.minusDays(10).toInstant()));
          task.setTimestamp(10, Timestamp.from(done.toInstant()));
          task.setTimestamp(11, Timestamp.from(due.toInstant()));
          task.addBatch();
          profile.setString(1, id + "-profile");
          profile.setString(2, step.processKey());
          profile.setString(3, step.processKey() + ":bench");
          profile.setString(4, id);
          profile.setString(5, id);
          profile.setString(6, id);
          profile.setString(7, uk.safeguarding.timescales.Standards.PROFILE_VARIABLE);
          profile.setString(8, standardsProfile);
          profile.setTimestamp(9, Timestamp.from(due.minusDays(20).toInstant()));
          profile.addBatch();
          if (late) {
            missed++;
            breach.setString(1, id + "-breach");
            breach.setString(2, reference);
            breach.setString(3, step.ruleId());
            breach.setObject(4, due.toOffsetDateTime());
            breach.setObject(5, due.plusSeconds(2).toOffsetDateTime());
            breach.setString(6, id);
            breach.setString(7, step.taskName() == null ? step.taskKey() : step.taskName());
            breach.setString(8, standardsProfile);
            breach.setObject(9, due.plusSeconds(3).toOffsetDateTime());
            breach.addBatch();
          }
          if (i % 5_000 == 4_999 || i == deadlines - 1) {
            process.executeBatch();
            task.executeBatch();
            profile.executeBatch();
            breach.executeBatch();
            c.commit();
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "a year of history: %,d deadlines, %,d missed, over %d guarded steps%n", deadlines, missed,
        steps.size());
    return missed;
  }

  private static void record(int openTasks, int historyDeadlines, List<Latency> latencies) throws IOException {
    Files.createDirectories(RESULTS.getParent());
    if (!Files.exists(RESULTS)) {
      Files.writeString(RESULTS, HEADER + "\n");
    }
    for (Latency latency : latencies) {
      System.out.printf(Locale.ROOT, "%,9d open tasks, %,d deadlines in the year | %s%n", openTasks, historyDeadlines, latency);
      Files.writeString(RESULTS, String.format(Locale.ROOT, "%s,%d,%d,\"%s\",%.1f,%.1f,%.1f,%d%n", LocalDate.now(), openTasks,
          historyDeadlines, latency.what(), latency.p50(), latency.p95(), latency.p99(), latency.samples()), StandardOpenOption.APPEND);
    }
  }
}
