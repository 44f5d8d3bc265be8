package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.app.Gatling$;
import io.gatling.shared.cli.GatlingCliOptions;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.SafeguardingApplication;

/**
 * A working day of load (issue 20): this project as production runs it (PostgreSQL, the job executor
 * started once the cases are loaded, so that their breach timers fire during the day), {@code load.cases} strategy discussions convened
 * with four agencies each, then {@link WorkingDaySimulation} with Gatling over HTTP. Gatling's report
 * (every request's percentiles, users over time) is written under {@code target/gatling/}. No time is
 * asserted; every answer must be one a user expects, and the contributions must have been worked.
 *
 * <p>Full run: {@code mvn test -Pbenchmark -Dbpmnlint.skip=true -Dtest=WorkingDayLoadTest
 * -Dload.practitioners=200 -Dload.seconds=300}; CI runs a smoke of a few users for a few seconds.
 */
@Tag("benchmark")
class WorkingDayLoadTest {

  @Test
  void aWorkingDayOfTasklistsRequestsIsAnsweredAsPractitionersExpect() throws InterruptedException {
    int cases = Integer.getInteger("load.cases", 2_000);
    // Concerns raised over the last 20 days put every case's SD-01 deadline behind it, so the day
    // opens with a storm of breach timers and reviews; 1 raises them all today, and no timer falls due.
    int concernDays = Integer.getInteger("load.concernDays", 20);
    String url = BenchmarkDatabase.recreate("bench_working_day");
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafeguardingApplication.class).profiles("postgres")
        .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + BenchmarkDatabase.USER,
            "--spring.datasource.password=" + BenchmarkDatabase.PASSWORD, "--safeguarding.demo-data.enabled=true",
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.root=WARN", "--server.port=0", "--management.server.port=0")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      TaskListBenchmark.loadOurs(engine, cases * TaskListBenchmark.AGENCIES.size(), TaskListBenchmark.dueDays(concernDays));
      long contributionsLoaded = openContributions(engine);
      assertThat(contributionsLoaded).as("contributions loaded").isEqualTo(cases * (long) TaskListBenchmark.AGENCIES.size());
      // The job executor starts once the cases are loaded (a timer firing under a case being convened
      // would fail the load), then fires their breach timers while the practitioners work.
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
      System.setProperty("load.baseUrl", "http://localhost:" + app.getEnvironment().getProperty("local.server.port"));

      int exit = Gatling$.MODULE$.fromArgs(List.of(
          "--" + GatlingCliOptions.Simulation.longName, WorkingDaySimulation.class.getName(),
          "--" + GatlingCliOptions.ResultsFolder.longName, "target/gatling",
          "--" + GatlingCliOptions.Launcher.longName, "maven").toArray(String[]::new));

      assertThat(exit).as("every request answered as a practitioner expects (Gatling's assertion; its report in target/gatling)")
          .isZero();
      assertThat(openContributions(engine)).as("contributions completed during the day").isLessThan(contributionsLoaded);
    }
  }

  private static long openContributions(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey("ContributeToStrategyDiscussion").count();
  }
}
