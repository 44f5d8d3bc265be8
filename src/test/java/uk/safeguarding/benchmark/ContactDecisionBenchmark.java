package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.frontdoor.ContactScenario;

/**
 * The front door's everyday path: a school's contact, the threshold table's suggestion, the front
 * door's decision (advice, as the table suggests for level 1) and the school's note of the outcome,
 * on this project and on a bare Camunda 7.24 engine doing the same work, on the same PostgreSQL.
 * Cases from -Dbench.contactCases (default a smoke-test size). Asserts every contact was decided and
 * noted, never a time.
 */
@Tag("benchmark")
class ContactDecisionBenchmark {

  static final Path RESULTS = Path.of("target", "benchmarks", "contact-decision.csv");

  static final List<Pathway.Step> STEPS = List.of(
      new Pathway.Step("DecideOnContact", "csc-front-door", Map.of("contactOutcome", "advice",
          "contactDecisionRationale", "Checked our records and spoke to the school: advice for the school.")),
      new Pathway.Step("NoteContactOutcome", "education", Map.of("referrerDisagrees", false)));

  @Test
  void contactToDecisionAgainstTheBareEngine() throws Exception {
    int cases = Integer.getInteger("bench.contactCases", 20);
    int warmups = Integer.getInteger("bench.contactWarmups", Math.max(5, cases / 5));

    Pathway.Result bare;
    String bareUrl = BenchmarkDatabase.recreate("bench_bare_contact");
    ProcessEngine bareEngine = BareEngine.start(bareUrl, false);
    try {
      BareEngine.deployContact(bareEngine);
      bare = Pathway.run("bare", bareEngine, BareEngine.CONTACT_KEY, "education", caseReference -> {
        Map<String, Object> contact = ContactScenario.fromSchool(caseReference, "1");
        contact.putAll(Map.of("immediateRisk", false, "levelOfNeed", 1, "domesticAbuseRisk", false, "due", new Date()));
        return contact;
      }, STEPS, "CR-BARE-C", warmups, cases);
      assertEveryContactDecided(bareEngine, BareEngine.CONTACT_KEY, "CR-BARE-C", warmups + cases);
    } finally {
      bareEngine.close();
    }

    Pathway.Result ours;
    try (ConfigurableApplicationContext app = OurApplication.start(BenchmarkDatabase.recreate("bench_ours_contact"))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ours = Pathway.run("ours", engine, "Contact", "education", caseReference -> ContactScenario.fromSchool(caseReference, "1"),
          STEPS, "CR-CONTACT-", warmups, cases);
      assertEveryContactDecided(engine, "Contact", "CR-CONTACT-", warmups + cases);
    }

    System.out.println(bare);
    System.out.println(ours);
    System.out.printf(Locale.ROOT, "contact to decision, time per contact, ours / bare: %.2f%n",
        bare.casesPerSecond() / ours.casesPerSecond());
    Pathway.Result.append(RESULTS, "date,engine,contacts,contacts_per_s,ms_per_user_task,contact_p50_ms,contact_p95_ms", bare, ours);
  }

  /**
   * Every contact, warm-ups included, was decided and its outcome noted: none is left with a task (ours
   * also opens each child's case, whose clocks run on and are not measured).
   */
  private static void assertEveryContactDecided(ProcessEngine engine, String key, String prefix, int contacts) {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKeyLike(prefix + "%").completed().count()).isEqualTo(contacts);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(key)
        .processInstanceBusinessKeyLike(prefix + "%").count()).isZero();
  }
}
