package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Who has looked at a child's record, in Chromium (issue 19, points 4 and 5): Amy's strategy discussion
 * is convened with police invited. paul (police) opens his contribution's form in Tasklist: one read,
 * recorded once. fiona (front door), who holds no work for Amy, opens her case page by its address and
 * is asked why first; her reason is kept with her read. tom (team manager) then sees both reads under
 * "Who has looked at this child" on the case page and under the child's journey in Cockpit.
 *
 * <p>What makes it so: childcase/EngineRecordReads (the form's read), childcase/CaseApi (the reason, the
 * log for managers), {@code static/child-case.js} and {@code plugin-webapp/standards/app/plugin.js}. The
 * browser is driven by {@code src/browser-test/access-audit.js}.
 */
@Tag(BrowserJourney.TAG)
class AccessAuditBrowserTest extends ProcessTestBase {

  private static final List<String> SCREENSHOTS = List.of("access-form.png", "access-reason.png", "access-case-page.png",
      "access-cockpit.png");

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aPractitionersReadIsSeenByTheManagerAndAFrontDoorPractitionerWithNoWorkSaysWhyFirst() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    String caseReference = uniqueCaseReference();
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, caseReference);
    String discussion = child.start(StrategyDiscussionScenario.referral(caseReference, LocalDate.now().toString())).getId();
    child.convene(StrategyDiscussionScenario.convening(LocalDate.now().plusDays(1).toString()));
    Task police = engine.getTaskService().createTaskQuery().processInstanceId(discussion).taskCandidateGroup("police").singleResult();
    for (String screenshot : SCREENSHOTS) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, "access-audit.js", "access-audit", "--base-url", "http://localhost:" + port,
        "--task-id", police.getId(), "--case-reference", caseReference, "--process-instance", discussion,
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    assertThat(run.line("FORM")).isEqualTo(police.getName());
    assertThat(jdbc.queryForList("select way from sg_record_access where case_reference = ? and read_by = 'paul'", String.class,
        caseReference)).as("one opening of the form, one read").containsExactly("tasklist-form");

    assertThat(run.line("ASKED")).isEqualTo("Say why you are opening this child's record | You hold no work for this child (case "
        + caseReference + "). Your reason is kept with your reading of the record, and your managers can see it.");
    assertThat(run.line("AXE-SERIOUS")).as("serious or critical violations: %s", run.lines("AXE")).isEqualTo("0");
    assertThat(run.line("OPENED")).isEqualTo("Amy Test");

    String paulsRead = " | Paul Reid (police) (paul) | Opened a task's form in Tasklist | " + police.getName() + " | ";
    String fionasRead = " | Fiona Doyle (front door) (fiona) | Opened the child's case page | Case page"
        + " | A new contact about her brother: checking what is known";
    assertThat(run.lines("LOOKED")).anySatisfy(line -> assertThat(line).contains(paulsRead.stripTrailing()))
        .anySatisfy(line -> assertThat(line).endsWith(fionasRead));
    assertThat(run.lines("COCKPIT")).anySatisfy(line -> assertThat(line).contains(paulsRead.stripTrailing()))
        .anySatisfy(line -> assertThat(line).endsWith(fionasRead))
        .anySatisfy(line -> assertThat(line).contains("| Opened the child's journey in Cockpit | Strategy discussion"));

    for (String screenshot : SCREENSHOTS) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }
}
