package uk.safeguarding.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * One child's strategy discussion → section 47 enquiry → initial conference request, as the
 * practitioners work it: nine user tasks, each found and completed by a user of the task's agency
 * with the answers the forms would send. The same steps, the same answers and the same queries run
 * on this project and on the bare engine, so the difference is what the project adds.
 */
final class Pathway {

  static final Map<String, String> PRACTITIONER_OF = Map.of(
      "csc-social-worker", "sarah", "csc-team-manager", "tom", "police", "paul", "health", "helen", "education", "emma",
      "csc-front-door", "fiona");
  static final List<String> AGENCIES = TaskListBenchmark.AGENCIES;

  record Step(String taskDefinitionKey, String agency, Map<String, Object> answers) {}

  record Result(String engine, int cases, int userTasks, double casesPerSecond, Latency perCase) {
    double millisPerUserTask() {
      return 1000.0 / casesPerSecond / userTasks;
    }

    /** Appends both engines' figures to {@code results}, a CSV that starts with {@code header} once. */
    static void append(Path results, String header, Result... figures) throws java.io.IOException {
      Files.createDirectories(results.getParent());
      if (!Files.exists(results)) {
        Files.writeString(results, header + "\n");
      }
      for (Result r : figures) {
        Files.writeString(results, String.format(Locale.ROOT, "%s,%s,%d,%.2f,%.2f,%.1f,%.1f%n", LocalDate.now(), r.engine(),
            r.cases(), r.casesPerSecond(), r.millisPerUserTask(), r.perCase().p50(), r.perCase().p95()),
            StandardOpenOption.APPEND);
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-5s %4d cases  %6.2f cases/s  %6.1f ms per user task  per case %s", engine,
          cases, casesPerSecond, millisPerUserTask(), perCase);
    }
  }

  private Pathway() {}

  static Map<String, Object> referral(String caseReference, LocalDate today) {
    return StrategyDiscussionScenario.referral(caseReference, today.toString());
  }

  static List<Step> steps(LocalDate today) {
    String nextWorkingDay = WorkingDayCalendar.englandAndWales().workingDaysAfter(today, 1).toString();
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("ConveneStrategyDiscussion", "csc-team-manager", StrategyDiscussionScenario.convening(today.toString())));
    for (String agency : AGENCIES) {
      steps.add(new Step("ContributeToStrategyDiscussion", agency, Map.of(
          "agencyInformation", "What we know of the family", "agencyRiskAnalysis", "Risk of significant harm is high")));
    }
    steps.add(new Step("RecordStrategyDiscussion", "csc-team-manager",
        StrategyDiscussionScenario.record("section47", nextWorkingDay)));
    Map<String, Object> enquiry = StrategyDiscussionScenario.enquiry("substantiated");
    enquiry.put("dateChildSeen", today.toString());
    steps.add(new Step("ConductSection47Enquiry", "csc-social-worker", enquiry));
    steps.add(new Step("EndorseSection47Outcome", "csc-team-manager", Map.of("endorsement", "endorse")));
    steps.add(new Step("SendInitialConferenceRequest", "csc-social-worker", Map.of(
        "conferenceRequestReasons", "Physical abuse substantiated", "conferenceInvitees", "police,health,education")));
    return steps;
  }

  /** Runs {@code warmups} untimed cases, then {@code cases} timed ones on two client threads. */
  static Result run(String engineName, ProcessEngine engine, String processKey, Map<String, Object> extraStartVariables,
      String prefix, int warmups, int cases) throws Exception {
    LocalDate today = today();
    return run(engineName, engine, processKey, "csc-social-worker", caseReference -> {
      Map<String, Object> start = referral(caseReference, today);
      start.putAll(extraStartVariables);
      return start;
    }, steps(today), prefix, warmups, cases);
  }

  /**
   * Runs any pathway: each case is started by a practitioner of {@code startingAgency} with the
   * variables {@code start} gives for its case reference, then {@code steps} are found and completed
   * in order, each by a practitioner of the step's agency.
   */
  static Result run(String engineName, ProcessEngine engine, String processKey, String startingAgency,
      Function<String, Map<String, Object>> start, List<Step> steps, String prefix, int warmups, int cases) throws Exception {
    for (int i = 0; i < warmups; i++) {
      runCase(engine, processKey, startingAgency, start, prefix + "W" + i, steps);
    }
    double[] millis = new double[cases];
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(2);
    long begin = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      running.add(clients.submit(() -> {
        for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
          long begun = System.nanoTime();
          runCase(engine, processKey, startingAgency, start, prefix + i, steps);
          millis[i] = (System.nanoTime() - begun) / 1_000_000.0;
        }
        return null;
      }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    clients.shutdown();
    Latency perCase = Latency.of("one case", millis, cases, false);
    return new Result(engineName, cases, steps.size(), cases / seconds, perCase);
  }

  /** Today, or the last working day when today is not one (the pathways' dates must be working days). */
  static LocalDate today() {
    LocalDate now = LocalDate.now(WorkingDayCalendar.LONDON);
    return WorkingDayCalendar.englandAndWales().isWorkingDay(now) ? now
        : WorkingDayCalendar.englandAndWales().workingDaysBefore(now, 1);
  }

  private static void runCase(ProcessEngine engine, String processKey, String startingAgency,
      Function<String, Map<String, Object>> start, String caseReference, List<Step> steps) {
    IdentityService identity = engine.getIdentityService();
    Map<String, Object> variables = start.apply(caseReference);
    as(identity, startingAgency, () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, caseReference, variables));
    for (Step step : steps) {
      as(identity, step.agency(), () -> {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
            .taskDefinitionKey(step.taskDefinitionKey()).taskCandidateGroup(step.agency()).singleResult();
        if (task == null) {
          throw new IllegalStateException("No open " + step.taskDefinitionKey() + " for " + step.agency() + " in " + caseReference);
        }
        engine.getTaskService().complete(task.getId(), step.answers());
        return null;
      });
    }
  }

  private static void as(IdentityService identity, String agency, java.util.concurrent.Callable<?> work) {
    identity.setAuthentication(PRACTITIONER_OF.get(agency), List.of(agency));
    try {
      work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identity.clearAuthentication();
    }
  }
}
