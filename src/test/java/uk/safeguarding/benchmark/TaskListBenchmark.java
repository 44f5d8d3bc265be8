package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.identity.TasklistFilters;
import uk.safeguarding.operations.ApplicationNode;

/**
 * A practitioner's task list with need-to-know enforced, on this application and on a bare Camunda
 * 7.24 engine, on the same PostgreSQL with the same number of open tasks: the filter's page of 50 and
 * its count through FilterService ("My agency's tasks", "Due within 5 working days": the curve), and
 * Tasklist's own request over HTTP for every kind of user, tray, page and sort ({@link TasklistRequests};
 * the bare engine behind Camunda's own Tasklist, as the officer, for the trays it has). Sizes come
 * from -Dbench.openTasks (default a smoke-test size); sizes from -Dbench.bulkFrom up are loaded
 * from a seed of real cases copied in SQL ({@link CaseCopies}). docs/performance.md says how to run
 * it. It asserts on what is returned, never on a time.
 */
@Tag("benchmark")
class TaskListBenchmark {

  static final List<String> AGENCIES = List.of("csc-social-worker", "police", "health", "education");
  static final Path RESULTS = Path.of("target", "benchmarks", "task-list.csv");
  static final String RESULTS_HEADER = "date,openTasks,engine,query,p50_ms,p95_ms,p99_ms,samples,lower_bound";
  static final Path LOADS = Path.of("target", "benchmarks", "task-list-load.csv");
  /** The matrix of Tasklist's requests, as tables for docs/performance.md. */
  static final Path MATRIX = Path.of("target", "benchmarks", "task-list-matrix.md");

  @Test
  void taskListLatencyAgainstTheBareEngine() throws Exception {
    int[] sizes = Arrays.stream(System.getProperty("bench.openTasks", "400").split(","))
        .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    int samples = Integer.getInteger("bench.samples", 40);
    Files.createDirectories(RESULTS.getParent());
    startCsv(RESULTS, RESULTS_HEADER);
    startCsv(LOADS, "date,openTasks,engine,seed_cases,seed_seconds,copied_cases,copy_seconds,vacuum_seconds,database_mb");
    // -Dbench.engines=ours re-measures this project only (the bare engine's figures do not change with our code)
    String engines = System.getProperty("bench.engines", "bare,ours");
    for (int openTasks : sizes) {
      List<LocalDate> days = dueDays();
      List<TasklistRequests.Measured> bareMatrix = List.of();
      List<TasklistRequests.Measured> oursMatrix = List.of();
      String loadBefore = loadAverage();
      if (engines.contains("bare")) {
        Measured bare = measureBare(openTasks, days, samples);
        bare.latencies().forEach(l -> System.out.printf(Locale.ROOT, "%,9d open tasks | bare %s%n", openTasks, l));
        record(openTasks, "bare", bare.latencies());
        bareMatrix = bare.matrix();
      }
      if (engines.contains("ours")) {
        Measured ours = measureOurs(openTasks, days, samples);
        ours.latencies().forEach(l -> System.out.printf(Locale.ROOT, "%,9d open tasks | ours %s%n", openTasks, l));
        record(openTasks, "ours", ours.latencies());
        oursMatrix = ours.matrix();
      }
      String table = TasklistRequests.table(openTasks, oursMatrix, bareMatrix)
          + String.format(Locale.ROOT, "%n%s; load average before %s, after %s (2 cores)%n", LocalDate.now(), loadBefore, loadAverage());
      System.out.println(table);
      Files.writeString(MATRIX, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  /** What an engine's run gave: the figures of the curve and the others, and Tasklist's requests over HTTP. */
  private record Measured(List<Latency> latencies, List<TasklistRequests.Measured> matrix) {}

  /** The machine's load average (1, 5, 15 minutes): the benchmarks share its 2 cores with whatever else runs. */
  private static String loadAverage() throws IOException {
    String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return fields[0] + " / " + fields[1] + " / " + fields[2];
  }

  /**
   * Tasklist's request for every cell of the matrix (TasklistRequests), each user signed in over HTTP;
   * checks that the officer's tray holds the police's quarter of what was loaded. Recorded in the CSV.
   */
  private static List<TasklistRequests.Measured> measureMatrix(int port, List<String> users, Map<String, String> trays,
      int openTasks, int matrixSamples) {
    List<TasklistRequests.Measured> matrix = TasklistRequests.measure(port, users, trays, Math.max(1, matrixSamples / 5),
        matrixSamples);
    matrix.stream().filter(m -> m.cell().user().equals("paul") && m.cell().tray().equals(TasklistFilters.MY_AGENCYS_TASKS)
        && !m.latency().lowerBound()).forEach(m -> assertThat(m.count()).as(m.cell().name()).isEqualTo(openTasks / AGENCIES.size()));
    return matrix;
  }

  private static List<Latency> latencies(List<TasklistRequests.Measured> matrix) {
    return matrix.stream().map(TasklistRequests.Measured::latency).toList();
  }

  static List<LocalDate> dueDays() {
    return dueDays(20);
  }

  /** Today and the `count - 1` days before it: the days the loaded cases' concerns were raised. */
  static List<LocalDate> dueDays(int count) {
    LocalDate today = LocalDate.now(WorkingDayCalendar.LONDON);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(today.minusDays(i));
    }
    return days;
  }

  private Measured measureBare(int openTasks, List<LocalDate> days, int samples) throws Exception {
    String database = "bench_bare_" + openTasks;
    boolean reuse = BenchmarkDatabase.reusable(database, openTasks);
    String url = reuse ? BenchmarkDatabase.url(database) : BenchmarkDatabase.recreate(database);
    List<Latency> latencies;
    Map<String, String> trays = new LinkedHashMap<>();
    ProcessEngine engine = BareEngine.start(url, !reuse);
    try {
      List<Date> due = days.stream().map(d -> Date.from(WorkingDayCalendar.englandAndWales().endOfDay(d).toInstant())).toList();
      if (!reuse) {
        load(url, openTasks, "bare", seedTasks -> BareEngine.load(engine, seedTasks, due));
      }
      BenchmarkDatabase.vacuumAnalyze(url);
      latencies = new ArrayList<>(measure(engine, BareEngine.filterId(engine, TasklistFilters.MY_AGENCYS_TASKS),
          BareEngine.filterId(engine, TasklistFilters.DUE_WITHIN_5_WORKING_DAYS), openTasks, samples));
      BareEngine.TRAYS.forEach(tray -> trays.put(tray, BareEngine.filterId(engine, tray)));
    } finally {
      engine.close();
    }
    // The same requests the officer's Tasklist sends, to Camunda's own Tasklist on this database
    int port = ApplicationNode.freePort();
    Process webapp = BareEngine.startWebapp(url, port);
    try {
      // a second a request at 10,000 already: fewer samples than ours (-Dbench.bareMatrixSamples)
      List<TasklistRequests.Measured> matrix = measureMatrix(port, List.of("paul"), trays, openTasks,
          Integer.getInteger("bench.bareMatrixSamples", 10));
      latencies.addAll(latencies(matrix));
      return new Measured(latencies, matrix);
    } finally {
      webapp.destroy();
      if (!webapp.waitFor(30, TimeUnit.SECONDS)) {
        webapp.destroyForcibly();
      }
    }
  }

  private Measured measureOurs(int openTasks, List<LocalDate> days, int samples) throws InterruptedException, IOException {
    String database = "bench_ours_" + openTasks;
    // The child's case adds tasks of its own, and a run completes health's contributions: the police's are what was loaded.
    boolean reuse = BenchmarkDatabase.reusable(database, "select count(*) from act_ru_identitylink where type_ = 'candidate' and group_id_ = 'police'",
        openTasks / AGENCIES.size());
    String url = reuse ? BenchmarkDatabase.url(database) : BenchmarkDatabase.recreate(database);
    try (ConfigurableApplicationContext app = OurApplication.start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      if (!reuse) {
        load(url, openTasks, "ours", seedTasks -> loadOurs(engine, seedTasks, days));
      }
      BenchmarkDatabase.vacuumAnalyze(url);
      Map<String, String> trays = new LinkedHashMap<>();
      for (String tray : TasklistFilters.TRAYS) {
        trays.put(tray, engine.getFilterService().createFilterQuery().filterName(tray).singleResult().getId());
      }
      List<Latency> latencies = new ArrayList<>(measure(engine, trays.get(TasklistFilters.MY_AGENCYS_TASKS),
          trays.get(TasklistFilters.DUE_WITHIN_5_WORKING_DAYS), openTasks, samples));
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      List<String> users = Arrays.stream(System.getProperty("bench.matrixUsers", String.join(",", TRAY_USERS)).split(","))
          .map(String::trim).toList();
      List<TasklistRequests.Measured> matrix = measureMatrix(port, users, trays, openTasks,
          Integer.getInteger("bench.matrixSamples", Math.min(samples, 20)));
      latencies.addAll(latencies(matrix));
      latencies.addAll(measureOpeningAndCompleting(engine, samples));
      return new Measured(latencies, matrix);
    }
  }

  private interface ThroughTheEngine {
    void load(int openTasks) throws InterruptedException;
  }

  /**
   * Every case through the engine, or at the bulk sizes a seed through the engine and the rest
   * copied in SQL; the same seed size for both engines, so both are copied from the same shape.
   */
  private static void load(String url, int openTasks, String engine, ThroughTheEngine throughTheEngine)
      throws InterruptedException, IOException {
    int throughEngine = CaseCopies.applies(openTasks) ? CaseCopies.SEED_TASKS : openTasks;
    long start = System.nanoTime();
    try (StandInAutovacuum autovacuum = StandInAutovacuum.whileLoading(url)) {
      throughTheEngine.load(throughEngine);
    }
    double seedSeconds = (System.nanoTime() - start) / 1e9;
    CaseCopies.Load copies = CaseCopies.applies(openTasks) ? CaseCopies.multiply(url, openTasks) : CaseCopies.Load.NONE;
    long databaseMb = BenchmarkDatabase.sizeBytes(url) / 1_000_000;
    int seedCases = throughEngine / AGENCIES.size();
    System.out.printf(Locale.ROOT, "%,9d open tasks | %s loaded: %,d cases through the engine in %.0f s%s, database %,d MB%n",
        openTasks, engine, seedCases, seedSeconds, copies == CaseCopies.Load.NONE ? "" : String.format(Locale.ROOT,
            ", %,d copied in SQL in %.0f s, vacuum and analyze %.0f s", copies.copiedCases(), copies.copySeconds(),
            copies.vacuumSeconds()), databaseMb);
    Files.writeString(LOADS, String.format(Locale.ROOT, "%s,%d,%s,%d,%.0f,%d,%.0f,%.0f,%d%n", LocalDate.now(), openTasks,
        engine, seedCases, seedSeconds, copies.copiedCases(), copies.copySeconds(), copies.vacuumSeconds(), databaseMb),
        StandardOpenOption.APPEND);
  }

  /** Real strategy discussions, each convened with four agencies: four open contribution tasks a case. */
  static void loadOurs(ProcessEngine engine, int openTasks, List<LocalDate> days) throws InterruptedException {
    int cases = openTasks / AGENCIES.size();
    AtomicInteger next = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    for (int w = 0; w < 2; w++) {
      workers.submit(() -> {
        for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
          String day = days.get(i % days.size()).toString();
          Map<String, Object> referral = new HashMap<>();
          referral.put("caseReference", "CR-BENCH-" + i);
          referral.put("childName", "Bench child " + i);
          referral.put("childDateOfBirth", "2018-05-14");
          referral.put("householdMembers", "Mother");
          referral.put("concern", "Benchmark concern");
          referral.put("concernRaisedDate", day);
          String instance = engine.getRuntimeService().startProcessInstanceByKey("StrategyDiscussion", referral).getId();
          Task convene = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
          engine.getTaskService().complete(convene.getId(), Map.of("strategyDiscussionDate", day,
              "discussionFormat", "meeting", "invitedAgencies", String.join(",", AGENCIES)));
        }
        return null;
      });
    }
    workers.shutdown();
    assertThat(workers.awaitTermination(2, TimeUnit.HOURS)).isTrue();
  }

  private static List<Latency> measure(ProcessEngine engine, String agencyFilter, String dueFilter, int openTasks, int samples) {
    var filters = engine.getFilterService();
    var identity = engine.getIdentityService();
    identity.setAuthentication("paul", List.of("police"));
    try {
      assertThat(policeTasks(engine, agencyFilter)).as("police tasks").isEqualTo(openTasks / AGENCIES.size());
      int warmups = Math.max(5, samples / 5);
      return List.of(
          Latency.measure("My agency's tasks (page of 50 + count)", warmups, samples, () -> {
            filters.listPage(agencyFilter, 0, 50);
            filters.count(agencyFilter);
          }),
          Latency.measure("Due within 5 working days (page of 50 + count)", warmups, samples, () -> {
            filters.listPage(dueFilter, 0, 50);
            filters.count(dueFilter);
          }));
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * A practitioner at work (issue 20): opening a task as Tasklist does (the form's variables, the
   * task's variables and the deployed form) and completing it, as the health visitor, a different
   * contribution each sample (the police's tasks stay as loaded, so the database can be measured again).
   */
  private static List<Latency> measureOpeningAndCompleting(ProcessEngine engine, int samples) {
    var identity = engine.getIdentityService();
    identity.setAuthentication("helen", List.of("health"));
    try {
      int warmups = Math.max(5, samples / 5);
      List<String> contributions = engine.getTaskService().createTaskQuery().taskCandidateGroup("health")
          .taskDefinitionKey("ContributeToStrategyDiscussion")
          // cases run through the engine: a bulk copy holds only the cards' variables and is for reading only
          .processVariableValueLike("caseReference", "CR-BENCH-%").processVariableValueEquals("householdMembers", "Mother").listPage(0, warmups + samples).stream().map(Task::getId).toList();
      AtomicInteger opened = new AtomicInteger();
      AtomicInteger completed = new AtomicInteger();
      Latency open = Latency.measure("Open a task as Tasklist does (form variables, task variables, deployed form), helen", warmups,
          samples, () -> {
            String task = contributions.get(opened.getAndIncrement() % contributions.size());
            engine.getFormService().getTaskFormVariables(task);
            engine.getTaskService().getVariablesTyped(task, false);
            try (var form = engine.getFormService().getDeployedTaskForm(task)) {
              form.readAllBytes();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      Latency complete = Latency.measure("Complete a contribution (its gate, the next steps), helen", warmups, samples,
          () -> engine.getTaskService().complete(contributions.get(completed.getAndIncrement()), Map.of(
              "agencyInformation", "What health know of the family", "agencyRiskAnalysis", "Risk of significant harm is high")));
      return List.of(open, complete);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Every kind of user: partner agencies, a social worker, both managers, a chair, an IRO, two in two groups. */
  static final List<String> TRAY_USERS = List.of("paul", "helen", "emma", "sarah", "tom", "sunita", "carol", "ian", "grace", "mark");

  /**
   * The officer's filter count; where the bare engine's count outruns its statement timeout, the
   * same count without the authorization check, so that the loaded tasks are still checked.
   */
  private static long policeTasks(ProcessEngine engine, String agencyFilter) {
    try {
      return engine.getFilterService().count(agencyFilter);
    } catch (RuntimeException e) {
      if (!Latency.cancelledByStatementTimeout(e)) {
        throw e;
      }
      var identity = engine.getIdentityService();
      var officer = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      try {
        return engine.getTaskService().createTaskQuery().taskCandidateGroup("police").includeAssignedTasks().count();
      } finally {
        identity.setAuthentication(officer);
      }
    }
  }

  /** A results file from before a column was added is set aside, not appended to. */
  private static void startCsv(Path file, String header) throws IOException {
    if (Files.exists(file) && !Files.readAllLines(file).stream().findFirst().orElse("").equals(header)) {
      Files.move(file, file.resolveSibling(file.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.exists(file)) {
      Files.writeString(file, header + "\n");
    }
  }

  private static void record(int openTasks, String engine, List<Latency> latencies) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Latency l : latencies) {
      lines.append(String.format(Locale.ROOT, "%s,%d,%s,\"%s\",%.2f,%.2f,%.2f,%d,%b%n", LocalDate.now(), openTasks, engine,
          l.what(), l.p50(), l.p95(), l.p99(), l.samples(), l.lowerBound()));
    }
    Files.writeString(RESULTS, lines, StandardOpenOption.APPEND);
  }
}
