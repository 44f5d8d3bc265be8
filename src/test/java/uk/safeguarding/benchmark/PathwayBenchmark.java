package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.agency.Agency;

/**
 * The strategy discussion → section 47 → initial conference request pathway run to its end on this
 * project, against the same nine user tasks on a bare Camunda 7.24 engine, on the same PostgreSQL; ours
 * with the notifications' outbox writing every task's email (every agency has a mailbox).
 * Cases from -Dbench.pathwayCases (default a smoke-test size). Asserts that every case reached its
 * end, never a time.
 */
@Tag("benchmark")
class PathwayBenchmark {

  static final Path RESULTS = Path.of("target", "benchmarks", "pathway.csv");

  @Test
  void pathwayToTheConferenceRequestAgainstTheBareEngine() throws Exception {
    int cases = Integer.getInteger("bench.pathwayCases", 20);
    int warmups = Integer.getInteger("bench.pathwayWarmups", Math.max(5, cases / 5));

    Pathway.Result bare;
    String bareUrl = BenchmarkDatabase.recreate("bench_bare_pathway");
    ProcessEngine bareEngine = BareEngine.start(bareUrl, false);
    try {
      BareEngine.deployPathway(bareEngine);
      Map<String, Object> routing = Map.of("agencies", new ArrayList<>(Pathway.AGENCIES), "due", new Date());
      bare = Pathway.run("bare", bareEngine, BareEngine.PATHWAY_KEY, routing, "CR-BARE-", warmups, cases);
      assertEveryCaseRequestedAConference(bareEngine, BareEngine.PATHWAY_KEY, "BareSection47Enquiry", "CR-BARE-", warmups + cases);
    } finally {
      bareEngine.close();
    }

    Pathway.Result ours;
    // Every agency with a mailbox, as an authority configures them (issue 24): each new task writes its
    // notification and the job that sends it in the task's own transaction. The sending itself is the job
    // executor's, in transactions of its own, and off here as for every job.
    String[] mailboxes = Arrays.stream(Agency.values())
        .map(agency -> "--safeguarding.notifications.agencies." + agency.groupId() + "=" + agency.groupId() + "@bench.invalid")
        .toArray(String[]::new);
    try (ConfigurableApplicationContext app = OurApplication.start(BenchmarkDatabase.recreate("bench_ours_pathway"), mailboxes)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ours = Pathway.run("ours", engine, "StrategyDiscussion", Map.of(), "CR-PATH-", warmups, cases);
      assertEveryCaseRequestedAConference(engine, "StrategyDiscussion", "Section47Enquiry", "CR-PATH-", warmups + cases);
      assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from sg_notification where case_reference like 'CR-PATH-%'",
          Integer.class)).as("the outbox wrote each case's emails").isGreaterThanOrEqualTo(warmups + cases);
    }

    double ratio = bare.casesPerSecond() / ours.casesPerSecond();
    System.out.println(bare);
    System.out.println(ours);
    System.out.printf(Locale.ROOT, "pathway time per case, ours / bare: %.2f (target <= 1.3)%n", ratio);
    Pathway.Result.append(RESULTS, "date,engine,cases,cases_per_s,ms_per_user_task,case_p50_ms,case_p95_ms", bare, ours);
  }

  /**
   * Every case, warm-ups included, ended its enquiry at the conference request with no task of the
   * discussion or the enquiry left open (ours then goes on to the conference, which is not measured).
   */
  private static void assertEveryCaseRequestedAConference(ProcessEngine engine, String discussionKey, String enquiryKey,
      String prefix, int cases) {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(enquiryKey)
        .processInstanceBusinessKeyLike(prefix + "%").completed().count()).isEqualTo(cases);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKeyIn(discussionKey, enquiryKey)
        .processInstanceBusinessKeyLike(prefix + "%").count()).isZero();
  }
}
