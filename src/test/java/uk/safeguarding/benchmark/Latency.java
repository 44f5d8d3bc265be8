package uk.safeguarding.benchmark;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Timings of one measured operation, in milliseconds. {@code lowerBound} says that a sample was cut
 * short by a statement timeout: each figure is then at least what it says, the true one unknown.
 */
record Latency(String what, int samples, double p50, double p95, double p99, double max, boolean lowerBound) {

  /** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
  private static final String QUERY_CANCELED = "57014";

  /**
   * Up to {@code samples} timings, fewer (20 at least) when a slow operation would outrun its time
   * budget, and never for longer than -Dbench.maxSecondsPerQuery in all, so that a query that takes
   * minutes at a large size still lets the run finish. The first statement timeout ends the sampling.
   */
  static Latency measure(String what, int warmups, int samples, Runnable operation) {
    return measure(what, warmups, samples, 20, operation);
  }

  /** The same, taking at least {@code minSamples} (fewer than 20 where many operations share a run's time). */
  static Latency measure(String what, int warmups, int samples, int minSamples, Runnable operation) {
    long start = System.nanoTime();
    long budget = start + Long.getLong("bench.budgetSeconds", 60) * 1_000_000_000L;
    long cap = start + Long.getLong("bench.maxSecondsPerQuery", 600) * 1_000_000_000L;
    double[] all = new double[samples];
    int taken = 0;
    long began = 0;
    try {
      for (int i = 0; i < warmups && (i < Math.min(3, minSamples) || System.nanoTime() < budget) && System.nanoTime() < cap; i++) {
        began = System.nanoTime();
        operation.run();
      }
      while (taken < samples && (taken < minSamples || System.nanoTime() < budget) && System.nanoTime() < cap) {
        began = System.nanoTime();
        operation.run();
        all[taken++] = (System.nanoTime() - began) / 1_000_000.0;
      }
    } catch (RuntimeException e) {
      if (!cancelledByStatementTimeout(e)) {
        throw e;
      }
      all[taken++] = (System.nanoTime() - began) / 1_000_000.0;
      return of(what, all, taken, true);
    }
    return of(what, all, taken, false);
  }

  static boolean cancelledByStatementTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static Latency of(String what, double[] all, int taken, boolean lowerBound) {
    double[] millis = Arrays.copyOf(all, taken);
    Arrays.sort(millis);
    return new Latency(what, taken, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[taken - 1], lowerBound);
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  @Override
  public String toString() {
    String bound = lowerBound ? ">" : " ";
    return String.format(Locale.ROOT, "%-44s p50 %s%7.1f ms  p95 %s%7.1f ms  p99 %s%7.1f ms  (n=%d%s)", what,
        bound, p50, bound, p95, bound, p99, samples, lowerBound ? ", statement timeout" : "");
  }
}
