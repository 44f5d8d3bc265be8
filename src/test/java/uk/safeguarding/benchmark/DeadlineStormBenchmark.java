package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongPredicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.operations.ApplicationNode;

/**
 * A storm of deadlines: every open case's breach timer falls due at the same instant (every
 * deadline ends at 23:59:59), with two nodes firing them. This project: SD-01 timers of real strategy
 * discussions, each recording a breach and starting its review. Bare engine: the same number of
 * non-interrupting timers on a user task, two engines with Camunda's default job executor. The
 * rate is timers fired per second from the first firing to the last. Size from -Dbench.stormTimers
 * (default a smoke-test size). Asserts every timer fired exactly once, never a time.
 */
@Tag("benchmark")
class DeadlineStormBenchmark {

  static final Path RESULTS = Path.of("target", "benchmarks", "deadline-storm.csv");

  record Storm(String engine, int timers, double seconds, double perSecond) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-5s %,8d timers due at once (after a warm-up), fired in %7.1f s: %7.1f a second",
          engine, timers, seconds, perSecond);
    }
  }

  @Test
  void aStormOfDeadlinesOnTwoNodesAgainstTheBareEngine() throws Exception {
    int timers = Integer.getInteger("bench.stormTimers", 200);
    String engines = System.getProperty("bench.engines", "bare,ours");
    Storm bare = engines.contains("bare") ? bare(timers) : null;
    System.out.println(bare);
    Storm ours = engines.contains("ours") ? ours(timers) : null;
    System.out.println(ours);
    if (bare == null || ours == null) {
      return;
    }
    System.out.printf(Locale.ROOT, "deadline storm, ours / bare rate: %.2f (target >= 2)%n", ours.perSecond() / bare.perSecond());
    Files.createDirectories(RESULTS.getParent());
    if (!Files.exists(RESULTS)) {
      Files.writeString(RESULTS, "date,engine,timers,seconds,fired_per_s\n");
    }
    for (Storm s : List.of(bare, ours)) {
      Files.writeString(RESULTS, String.format(Locale.ROOT, "%s,%s,%d,%.1f,%.1f%n", LocalDate.now(), s.engine(), s.timers(),
          s.seconds(), s.perSecond()), StandardOpenOption.APPEND);
    }
  }

  private Storm bare(int timers) throws Exception {
    String url = BenchmarkDatabase.recreate("bench_bare_storm");
    ProcessEngine loader = BareEngine.start(url, false);
    try {
      BareEngine.deployDeadline(loader);
      Date later = Date.from(WorkingDayCalendar.englandAndWales().endOfDay(LocalDate.now(WorkingDayCalendar.LONDON).plusDays(30)).toInstant());
      inParallel(url, timers, i -> loader.getRuntimeService().startProcessInstanceByKey(BareEngine.DEADLINE_KEY, "CR-STORM-" + i,
          Map.of("due", later)));
    } finally {
      loader.close();
    }
    ProcessEngine one = BareEngine.startNode(url);
    ProcessEngine two = BareEngine.startNode(url);
    try {
      return storm("bare", BareEngine.DEADLINE_KEY, url, timers);
    } finally {
      one.close();
      two.close();
    }
  }

  private Storm ours(int timers) throws Exception {
    String url = BenchmarkDatabase.recreate("bench_ours_storm");
    try (ConfigurableApplicationContext app = OurApplication.start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      String today = LocalDate.now(WorkingDayCalendar.LONDON).toString();
      inParallel(url, timers, i -> engine.getRuntimeService().startProcessInstanceByKey("StrategyDiscussion", "CR-STORM-" + i,
          Pathway.referral("CR-STORM-" + i, LocalDate.parse(today))));
    }
    try (ApplicationNode one = ApplicationNode.startAsInProduction("storm-1", url, BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD);
        ApplicationNode two = ApplicationNode.startAsInProduction("storm-2", url, BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD)) {
      one.awaitHealthy(Duration.ofMinutes(3));
      two.awaitHealthy(Duration.ofMinutes(3));
      Storm storm = storm("ours", "StrategyDiscussion", url, timers);
      System.out.println(storm);
      assertThat(count(url, "select count(*) from sg_standards_breach where rule_id = 'SD-01'")).isEqualTo(timers);
      // the timers only record; the nodes' sweeps start one review a breach after them
      String reviews = "select count(*) from act_hi_procinst where proc_def_key_ = 'StandardsBreachReview'";
      awaitCount(url, reviews, count -> count >= timers, timers, "every review started in time");
      Thread.sleep(2500); // a second review of a breach, were there one, would start now
      assertThat(count(url, reviews)).isEqualTo(timers);
      double reviewsStartedAfter = count(url, "select (extract(epoch from r.t - j.t) * 1000)::bigint from"
          + " (select max(start_time_) t from act_hi_procinst where proc_def_key_ = 'StandardsBreachReview') r,"
          + " (select min(timestamp_) t from act_hi_job_log where job_def_type_ = 'timer-transition' and job_state_ = 2"
          + " and process_def_key_ = 'StrategyDiscussion') j") / 1000.0;
      System.out.printf(Locale.ROOT, "ours: every breach's review started %.1f s after the first timer fired%n", reviewsStartedAfter);
      return storm;
    }
  }

  /**
   * First a tenth of the timers (at least 200) fall due and fire, so that the JIT has compiled the
   * engine's hot paths on every node, as on nodes that have run for days; then all the others fall
   * due at one instant and the rate is measured from their first firing to their last. Afterwards
   * checks that no timer fired twice.
   */
  private static Storm storm(String engine, String processKey, String url, int timers) throws Exception {
    // Only the storm's own timers: what firing them starts (ours: breach escalations with stage
    // timers of their own) must not count, or the wait would never see the storm's timers gone.
    String stormTimers = "from act_ru_job where handler_type_ = 'timer-transition' and process_def_key_ = '" + processKey + "'";
    String fired = "from act_hi_job_log where job_def_type_ = 'timer-transition' and job_state_ = 2"
        + " and process_def_key_ = '" + processKey + "'";
    assertThat(count(url, "select count(*) " + stormTimers)).isEqualTo(timers);
    int warmUp = Math.min(timers / 2, Math.max(200, timers / 10));
    fireAtOnce(engine, url, stormTimers, "select id_ " + stormTimers + " limit " + warmUp, timers - warmUp);
    long[] before = databaseWork(url);
    fireAtOnce(engine, url, stormTimers, "select id_ " + stormTimers, 0);
    Thread.sleep(1500); // the server's statistics reach pg_stat_database within a second
    long[] after = databaseWork(url);
    int stormSize = timers - warmUp;
    System.out.printf(Locale.ROOT, "%s: per timer fired %.1f transactions, %.1f rows inserted, %.1f updated, %.1f deleted, %.1f read%n",
        engine, (after[0] - before[0]) / (double) stormSize, (after[1] - before[1]) / (double) stormSize,
        (after[2] - before[2]) / (double) stormSize, (after[3] - before[3]) / (double) stormSize,
        (after[4] - before[4]) / (double) stormSize);
    assertThat(count(url, "select count(*) " + fired)).as("%s: successful timer executions", engine).isEqualTo(timers);
    assertThat(count(url, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
        + " group by job_id_ having count(*) > 1) twice")).as("%s: timers fired twice", engine).isZero();
    double seconds = count(url, "select (extract(epoch from max(timestamp_) - min(timestamp_)) * 1000)::bigint from"
        + " (select timestamp_ " + fired + " order by timestamp_ offset " + warmUp + ") storm") / 1000.0;
    return new Storm(engine, stormSize, seconds, stormSize / Math.max(seconds, 0.001));
  }

  /**
   * Makes the timers the query selects due at one instant and waits until the nodes have fired them
   * all, counting the storm's timers ({@code stormTimers}, a from-clause) left.
   */
  private static void fireAtOnce(String engine, String url, String stormTimers, String timersQuery, int leftAfter)
      throws Exception {
    execute(url, "update act_ru_job set duedate_ = date_trunc('second', now()) - interval '1 second'"
        + " where id_ in (" + timersQuery + ")");
    String timersLeft = "select count(*) " + stormTimers;
    awaitCount(url, timersLeft, left -> left <= leftAfter, count(url, timersLeft), engine + ": every timer fired in time");
  }

  /** Polls a count until it satisfies {@code done}, allowing a minute per 100 items (five at least). */
  private static void awaitCount(String url, String countSql, LongPredicate done, long items, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(Math.max(5, items / 100)).toNanos();
    while (!done.test(count(url, countSql))) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(250);
    }
  }

  /** What the database did so far: transactions, rows inserted, updated, deleted and read. */
  private static long[] databaseWork(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select xact_commit, tup_inserted, tup_updated,"
            + " tup_deleted, tup_fetched from pg_stat_database where datname = current_database()")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
    }
  }

  /** Loads on two threads, with fresh planner statistics throughout and at the end. */
  private static void inParallel(String url, int times, IntConsumer work) throws InterruptedException {
    try (StandInAutovacuum autovacuum = StandInAutovacuum.whileLoading(url)) {
      onTwoThreads(times, work);
    }
    BenchmarkDatabase.vacuumAnalyze(url);
  }

  private static void onTwoThreads(int times, IntConsumer work) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    for (int w = 0; w < 2; w++) {
      workers.submit(() -> {
        for (int i = next.getAndIncrement(); i < times; i = next.getAndIncrement()) {
          work.accept(i);
        }
        return null;
      });
    }
    workers.shutdown();
    assertThat(workers.awaitTermination(4, TimeUnit.HOURS)).isTrue();
  }

  private static long count(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
