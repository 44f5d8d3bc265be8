package uk.safeguarding.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Timings of one measured operation, in milliseconds. */
record Latency(String what, int samples, double p50, double p95, double p99, double max) {

  /** Up to {@code samples} timings, fewer (20 at least) when a slow operation would outrun its time budget. */
  static Latency measure(String what, int warmups, int samples, Runnable operation) {
    long budget = System.nanoTime() + Long.getLong("bench.budgetSeconds", 60) * 1_000_000_000L;
    for (int i = 0; i < warmups && (i < 3 || System.nanoTime() < budget); i++) {
      operation.run();
    }
    double[] all = new double[samples];
    int taken = 0;
    while (taken < samples && (taken < 20 || System.nanoTime() < budget)) {
      long start = System.nanoTime();
      operation.run();
      all[taken++] = (System.nanoTime() - start) / 1_000_000.0;
    }
    samples = taken;
    double[] millis = Arrays.copyOf(all, taken);
    Arrays.sort(millis);
    return new Latency(what, samples, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[samples - 1]);
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-44s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (n=%d)", what, p50, p95, p99, samples);
  }
}
