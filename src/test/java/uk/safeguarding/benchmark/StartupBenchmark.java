package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.safeguarding.operations.ApplicationNode;

/**
 * Start-up to a served Tasklist, and the heap an idle node keeps, for this project in its
 * production profile and for a bare Camunda 7.24 Spring Boot application with webapps and REST,
 * each in its own JVM with the JVM's defaults, on the same PostgreSQL. The first start of each
 * creates its schema and is not counted: a node in production starts on an existing database.
 * Runs from -Dbench.startups (default one, the smoke test). Asserts that Tasklist was served.
 */
@Tag("benchmark")
class StartupBenchmark {

  static final Path RESULTS = Path.of("target", "benchmarks", "startup.csv");
  static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
  /** What this project adds to the bare starter's classpath; the bare application runs without it. */
  static final List<String> OURS_ONLY = List.of("flyway", "spring-session", "actuator", "micrometer-core", "micrometer-registry", "micrometer-jakarta", "prometheus",
      "camunda-spin", "plugin-spin", "jollyday", "h2-", "HdrHistogram", "LatencyUtils");

  record Start(String engine, double secondsToTasklist, double heapAfterGcMiB, double residentMiB) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-5s start-up to Tasklist %5.1f s   idle heap after GC %6.1f MiB   resident %6.1f MiB",
          engine, secondsToTasklist, heapAfterGcMiB, residentMiB);
    }
  }

  @Test
  void startUpAndIdleHeapAgainstTheBareEngine() throws Exception {
    int runs = Integer.getInteger("bench.startups", 1);
    String bareUrl = BenchmarkDatabase.recreate("bench_bare_startup");
    String oursUrl = BenchmarkDatabase.recreate("bench_ours_startup");
    start("bare", bareUrl);
    // The first start also makes the first users, as an administrator would (without any, every
    // webapp page sends the visitor to the set-up page); production starts after it have none.
    start("ours", oursUrl, "--safeguarding.demo-data.enabled=true");
    List<Start> bare = new ArrayList<>();
    List<Start> ours = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      bare.add(start("bare", bareUrl));
      ours.add(start("ours", oursUrl));
    }
    Start bareMedian = median("bare", bare);
    Start oursMedian = median("ours", ours);
    System.out.println(bareMedian);
    System.out.println(oursMedian);
    System.out.printf(Locale.ROOT, "ours / bare: start-up %.2f, idle heap %.2f (targets, issue 20: start-up <= 1.3, idle heap <= 1.2)%n",
        oursMedian.secondsToTasklist() / bareMedian.secondsToTasklist(), oursMedian.heapAfterGcMiB() / bareMedian.heapAfterGcMiB());
    Files.createDirectories(RESULTS.getParent());
    if (!Files.exists(RESULTS)) {
      Files.writeString(RESULTS, "date,engine,runs,seconds_to_tasklist,heap_after_gc_mib,resident_mib\n");
    }
    for (Start s : List.of(bareMedian, oursMedian)) {
      Files.writeString(RESULTS, String.format(Locale.ROOT, "%s,%s,%d,%.2f,%.1f,%.1f%n", LocalDate.now(), s.engine(), runs,
          s.secondsToTasklist(), s.heapAfterGcMiB(), s.residentMiB()), StandardOpenOption.APPEND);
    }
  }

  private static Start start(String engine, String jdbcUrl, String... more) throws Exception {
    int port = ApplicationNode.freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", engine.equals("bare") ? bareClasspath() : ApplicationNode.classpath()));
    if (engine.equals("bare")) {
      command.addAll(List.of("uk.safeguarding.benchmark.bare.BareCamundaApplication", "--spring.config.name=bare-camunda"));
    } else {
      command.addAll(List.of("uk.safeguarding.SafeguardingApplication", "--spring.profiles.active=postgres",
          // the operational endpoints' own port (security.yaml): any free one
          "--management.server.port=0"));
    }
    command.addAll(List.of("--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + BenchmarkDatabase.USER, "--spring.datasource.password=" + BenchmarkDatabase.PASSWORD));
    command.addAll(List.of(more));
    File log = Path.of("target", "benchmarks", "startup-" + engine + ".log").toFile();
    log.getParentFile().mkdirs();
    long started = System.nanoTime();
    Process jvm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    try {
      awaitTasklist(jvm, port, log);
      double seconds = (System.nanoTime() - started) / 1e9;
      Thread.sleep(5000); // idle: the job executor and the session cleaner have run once
      jcmd(jvm, "GC.run");
      Matcher heap = HEAP_USED.matcher(jcmd(jvm, "GC.heap_info"));
      assertThat(heap.find()).as("heap info of the %s JVM", engine).isTrue();
      return new Start(engine, seconds, Long.parseLong(heap.group(2)) / 1024.0, resident(jvm));
    } finally {
      jvm.destroy();
      if (!jvm.waitFor(30, TimeUnit.SECONDS)) {
        jvm.destroyForcibly();
      }
    }
  }

  /** The test's classpath without this project's classes and without the libraries only this project uses. */
  static String bareClasspath() throws IOException {
    String main = Path.of("target", "classes").toAbsolutePath().toString();
    return Arrays.stream(ApplicationNode.classpath().split(File.pathSeparator))
        .filter(entry -> !entry.equals(main))
        .filter(entry -> OURS_ONLY.stream().noneMatch(library -> Path.of(entry).getFileName().toString().contains(library)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  static void awaitTasklist(Process jvm, int port, File log) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest tasklist = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      assertThat(jvm.isAlive()).as("the JVM is running; see " + log).isTrue();
      try {
        HttpResponse<String> page = client.send(tasklist, HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() == 200 && page.body().contains("tasklist")) {
          return;
        }
        last = "HTTP " + page.statusCode() + " " + page.headers().firstValue("Location").orElse("");
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Tasklist was not served within 3 minutes (last answer: " + last + "); see " + log);
  }

  private static String jcmd(Process jvm, String command) throws Exception {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        Long.toString(jvm.pid()), command).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor(30, TimeUnit.SECONDS);
    return out;
  }

  private static double resident(Process jvm) throws IOException {
    return Files.readAllLines(Path.of("/proc", Long.toString(jvm.pid()), "status")).stream()
        .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst().orElse(0) / 1024.0;
  }

  private static Start median(String engine, List<Start> starts) {
    return new Start(engine, middle(starts.stream().mapToDouble(Start::secondsToTasklist).toArray()),
        middle(starts.stream().mapToDouble(Start::heapAfterGcMiB).toArray()),
        middle(starts.stream().mapToDouble(Start::residentMiB).toArray()));
  }

  private static double middle(double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }
}
