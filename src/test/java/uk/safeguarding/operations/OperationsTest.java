package uk.safeguarding.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * What operations see: readiness for the load balancer on the public port, health in detail and metrics
 * for monitoring on the management port only (security.yaml), logs with the case reference.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends ProcessTestBase {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  CaseloadMetrics metrics;
  @LocalManagementPort
  int managementPort;

  @Test
  void healthReportsTheDatabaseAndTheEngine() {
    ResponseEntity<JsonNode> health = rest.getForEntity(monitoring("/actuator/health"), JsonNode.class);

    assertThat(health.getBody().get("components").has("db")).isTrue();
    assertThat(health.getBody().get("components").get("db").get("status").asText()).isEqualTo("UP");
    assertThat(health.getBody().get("components").has("processEngine")).isTrue();
    assertThat(health.getBody().toString()).doesNotContain("jdbc:");
  }

  @Test
  void sd01_overdueTasksPerAgencyAndBreachesPerRuleAreMetrics() {
    clockAt("2026-12-09T10:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-09");
    // The gauges hold the last refresh, which may have run while another test had the clock years ahead.
    metrics.refresh();
    long overdueBefore = metrics.overdue("csc-team-manager");
    clockAt("2026-12-11T09:00");
    fireDueTimers(child.discussion.getId());

    metrics.refresh();

    assertThat(metrics.overdue("csc-team-manager")).isGreaterThan(overdueBefore);
    long overdueUnclaimed = metrics.overdue("csc-team-manager");
    engine.getTaskService().claim(task(child.discussion.getId(), "ConveneStrategyDiscussion").getId(), "tom");
    metrics.refresh();
    assertThat(metrics.overdue("csc-team-manager")).as("a claimed overdue task is still overdue").isEqualTo(overdueUnclaimed);
    String scraped = rest.getForObject(monitoring("/actuator/prometheus"), String.class);
    assertThat(scraped).contains("safeguarding_tasks_overdue{agency=\"csc-team-manager\"}")
        .contains("safeguarding_standards_breaches{rule=\"SD-01\"}")
        .contains("safeguarding_jobs_backlog").contains("safeguarding_jobs_failed")
        .contains("safeguarding_tasks_overdue{agency=\"education-line-manager\"}")
        .contains("safeguarding_tasks_overdue{agency=\"police-escalation-lead\"}");
  }

  @Test
  void logLinesCarryTheCaseReferenceAndNeverTheChildsName(CapturedOutput output) {
    clockAt("2026-12-09T10:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-09");
    clockAt("2026-12-11T09:00");
    fireDueTimers(child.discussion.getId());

    String breachLine = output.getAll().lines().filter(line -> line.contains("Standards breach SD-01 recorded"))
        .filter(line -> line.contains(child.caseReference)).findFirst().orElseThrow();
    assertThat(breachLine).contains("[case:" + child.caseReference + "]");
    assertThat(output.getAll()).doesNotContain("Amy Test");
  }

  @Test
  void theLoadBalancerFindsReadinessOnThePublicPortAndOnlyTheManagementPortServesHealthAndMetrics() {
    for (String probe : java.util.List.of("/readyz", "/livez")) {
      ResponseEntity<JsonNode> answer = rest.getForEntity(probe, JsonNode.class);
      assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody().get("status").asText()).isEqualTo("UP");
    }
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).as("public port").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).as("public port").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/actuator", String.class).getStatusCode()).as("public port").isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(rest.getForEntity(monitoring("/actuator/prometheus"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity(monitoring("/actuator/health"), JsonNode.class).getBody().get("status").asText())
        .isIn("UP", "DOWN", "OUT_OF_SERVICE");
    assertThat(rest.getForEntity("/engine-rest/process-instance", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** The management port, on the internal address the monitoring system reaches (127.0.0.1 unless set). */
  private String monitoring(String path) {
    return "http://127.0.0.1:" + managementPort + path;
  }
}
