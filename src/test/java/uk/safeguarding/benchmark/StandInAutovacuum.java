package uk.safeguarding.benchmark;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the planner's statistics and visibility maps fresh while a benchmark loads a database, as PostgreSQL's
 * autovacuum does in production. The PostgreSQL of these CI machines runs with autovacuum off, and
 * a table analysed when it was empty makes every query of the load use a plan for an empty table:
 * loading 40,000 tasks fell from 270 to 10 a second before this.
 */
final class StandInAutovacuum implements AutoCloseable {

  private final ScheduledExecutorService analyzer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "stand-in-autovacuum");
    thread.setDaemon(true);
    return thread;
  });

  private StandInAutovacuum(String jdbcUrl) {
    analyzer.scheduleWithFixedDelay(() -> BenchmarkDatabase.vacuumAnalyze(jdbcUrl), 5, 20, TimeUnit.SECONDS);
  }

  static StandInAutovacuum whileLoading(String jdbcUrl) {
    return new StandInAutovacuum(jdbcUrl);
  }

  @Override
  public void close() {
    analyzer.shutdownNow();
  }
}
