package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.childcase.ChildCaseOpening;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.conference.CoreGroupsAndVisitsProcess;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * The child's case in one view, from a task (issue 16, item 6): Amy has been on a child protection plan
 * since Monday 4 January 2027 and on Tuesday 19 January her first core group is a day late (a CG-01
 * breach). Sarah, her social worker, opens "Record first core group meeting" in Tasklist and clicks
 * "Child's case": the page shows Amy, the work open across her pathways with the overdue task marked,
 * the plan's next dates as DD/MM/YYYY with the weekday, the breach and the chronology, with no second
 * log-in. axe-core finds no serious or critical WCAG 2.2 AA violation on it. The virtual school, with no
 * work in the case, is refused at the same address.
 *
 * <p>What makes it so: the Tasklist plugin {@code scripts/child-case-link.js} (listed in config.js),
 * {@code static/child-case.html} with its script and style, and {@code GET /api/cases/{ref}/overview}
 * read with the Tasklist session ({@code identity/TasklistSessionAuthentication}). The browser is
 * driven by {@code src/browser-test/case-page.js} through {@link BrowserJourney}; skipped without
 * Chromium or its node modules, except under CI=true.
 */
@Tag(BrowserJourney.TAG)
class TasklistCasePageBrowserTest extends ProcessTestBase {

  private static final String SCRIPT = "case-page.js";

  @LocalServerPort
  int port;
  @Autowired
  ChildCaseOpening opening;

  @AfterEach
  void pathwaysTestsRunWithoutIt() {
    opening.openAutomatically(false);
  }

  @Test
  void aSocialWorkerOpensTheChildsCaseFromATaskAndReadsHerWorkPlanBreachAndChronology() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    opening.openAutomatically(true);
    String caseReference = uniqueCaseReference();
    ConferenceScenario child = new ConferenceScenario(engine, caseReference);
    child.requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"), day -> {
      clockAt(day);
      return null;
    });
    child.holdConferenceMakingAPlan(day -> {
      clockAt(day);
      return null;
    });
    clockAt("2027-01-19T10:00");
    for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list()) {
      fireDueTimers(instance.getId());
    }
    Task coreGroup = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(CoreGroupsAndVisitsProcess.Element.RecordFirstCoreGroupMeeting.name()).singleResult();
    for (String screenshot : List.of("case-link.png", "case-page.png", "case-page-refused.png")) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, SCRIPT, "case-page", "--base-url", "http://localhost:" + port,
        "--user", "sarah", "--password", "sarah-demo", "--task-id", coreGroup.getId(), "--case-reference", caseReference,
        "--outsider", "vera", "--outsider-password", "vera-demo",
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    // One click from the task, to the child of that task; the service's name, as in Tasklist.
    assertThat(run.line("LINK")).isEqualTo("/child-case.html?case=" + caseReference);
    assertThat(run.line("BRAND")).isEqualTo(TasklistDatesBrowserTest.SERVICE);
    assertThat(run.line("TITLE")).isEqualTo("Amy Test: child's case - " + TasklistDatesBrowserTest.SERVICE);

    // The child.
    assertThat(run.line("CHILD")).isEqualTo("Amy Test");
    assertThat(run.lines("FACT")).containsExactly("Case reference: " + caseReference, "Date of birth: 14/05/2018",
        "Standards profile: " + run.lines("FACT").get(2).substring("Standards profile: ".length()));
    assertThat(run.lines("FACT").get(2)).endsWith("(national)");

    // The open work across her pathways, the late core group marked in words as well as colour.
    assertThat(run.lines("WORK")).contains(
        "Record first core group meeting | Core groups and statutory visits | Children's social care social workers"
            + " | Not yet assigned | Mon 18/01/2027 Overdue");
    assertThat(run.lines("WORK")).anySatisfy(line -> assertThat(line).contains("| Review child protection conference |"));
    assertThat(run.lines("WORK")).anySatisfy(line -> assertThat(line).contains("| Standards breach review |"));
    assertThat(Integer.parseInt(run.line("OVERDUE-ROWS"))).isGreaterThanOrEqualTo(2);

    // The plan's next dates, the English way with the weekday.
    assertThat(run.lines("NEXT")).contains("Child protection plan | Next core group | Due by Mon 18/01/2027",
        "Child protection plan | Next statutory visit | Due by Mon 18/01/2027",
        "Child protection plan | Next review conference | Due by Sun 04/04/2027");

    // The breach, and the chronology.
    assertThat(run.lines("BREACH")).anySatisfy(line -> assertThat(line)
        .startsWith("CG-01 | Record first core group meeting").contains("| Mon 18/01/2027 | Tue 19/01/2027 "));
    assertThat(run.lines("ENTRY")).anySatisfy(line -> assertThat(line)
        .endsWith("| Strategy discussion | Strategy discussion outcome: section47"));
    assertThat(run.lines("ENTRY")).anySatisfy(line -> assertThat(line).contains("| Standards breach CG-01 |"));

    // Accessible: headings in order, the keyboard's first stop, and axe-core.
    assertThat(run.line("HEADINGS")).startsWith("h1 Amy Test / h2 Open work / h2 Current plans and their next dates"
        + " / h3 Child protection plan / h2 Standards breaches / h2 Chronology");
    assertThat(run.line("FIRST-TAB")).isEqualTo("Skip to the child's case");
    assertThat(run.line("AXE-SERIOUS")).as("serious or critical violations: %s", run.lines("AXE")).isEqualTo("0");

    // Need-to-know: the virtual school has no work in the case.
    assertThat(run.line("REFUSED")).isEqualTo("Need-to-know: your agency is not involved in case " + caseReference
        + ", so you may not see or change it | case shown: false");

    for (String screenshot : List.of("case-link.png", "case-page.png", "case-page-refused.png")) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }
}
