package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.childcase.ChildCaseOpening;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.childcase.Chronology;
import uk.safeguarding.childcase.TeamFixtures;
import uk.safeguarding.childcase.WorkReassignments;

/**
 * The team manager's team tray in Chromium (issue 19, TR-01): a school's LADO referral opens Amy's case
 * on Wednesday 9 December 2026 and the case is transferred to Tia, a social worker who joins the team for
 * this test (so that her figures are hers alone in the suite's shared database): she holds Amy's chronology
 * review, case summary and the TR-01 contact details due within the week. tom opens "Team tray" in Cockpit,
 * reads Tia's 3 open tasks, 1 child, 1 due within 5 working days, none overdue; opens her tasks, gives
 * "Update the case summary" to sam with a reason (the page will not send it without one), and sees it
 * leave Tia's list and sam's count rise by one. The engine has the task as sam's, still offered to the
 * social workers, and the chronology tells who moved it and why. (paul's refusal at Cockpit's log-in is
 * CockpitStandardsBrowserTest's.)
 *
 * <p>What makes it so: {@code plugin-webapp/standards/app/plugin.js} (TeamTrayPage), oversight/TeamTrayApi
 * and childcase/WorkReassignments. The browser is driven by {@code src/browser-test/cockpit-team-tray.js}.
 */
@Tag(BrowserJourney.TAG)
class CockpitTeamTrayBrowserTest extends ProcessTestBase {

  static final String REASON = "Tia is on leave next week; sam knows Amy's mother";

  @LocalServerPort
  int port;
  @Autowired
  ChildCaseOpening opening;
  @Autowired
  WorkReassignments reassignments;
  @Autowired
  Chronology chronology;

  String tia;

  @AfterEach
  void tiaLeavesTheTeam() {
    opening.openAutomatically(false);
    if (tia != null) {
      engine.getIdentityService().deleteUser(tia);
    }
  }

  @Test
  void tr01_aTeamManagerReadsTheTeamTrayAndGivesATaskToAnotherWorkerWithAReason() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    opening.openAutomatically(true);
    clockAt("2026-12-09T11:00");
    tia = TeamFixtures.joinTheTeam(engine, "tia" + Long.toString(System.nanoTime(), 36), "Tia");
    String amy = uniqueCaseReference();
    TeamFixtures.openByLadoReferral(engine, amy, "Amy Test");
    reassignments.transferChild(amy, tia, "Amy's worker has left the team", "tom");
    String summary = task(runningFor(amy, ChildCaseProcess.KEY).getId(), ChildCaseProcess.Element.UpdateCaseSummary.name()).getId();
    List<String> screenshots = List.of("cockpit-team-tray.png", "cockpit-team-tray-reassign.png", "cockpit-team-tray-moved.png");
    for (String screenshot : screenshots) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, "cockpit-team-tray.js", "cockpit-team-tray", "--base-url",
        "http://localhost:" + port, "--worker", tia, "--case", amy, "--task", "Update the case summary", "--to", "sam",
        "--reason", REASON, "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    assertThat(run.lines("BEFORE")).contains(tia + " | 3 | 1 | 1 | 0").anyMatch(line -> line.startsWith("sam | "))
        .anyMatch(line -> line.startsWith(" | ") || line.startsWith("| "));
    assertThat(run.lines("TASK")).contains("Update the case summary | " + amy + " | The child's case",
        "Give the family and network your contact details | " + amy + " | The child's case");
    assertThat(run.line("MOVED")).isEqualTo("\"Update the case summary\" (" + amy + ") is now Sam Ellis (social worker taking a case on, TR-01)'s.");
    assertThat(run.lines("AFTER")).contains(tia + " | 2 | 1 | 1 | 0");
    int samBefore = openTasks(run.lines("BEFORE"), "sam");
    assertThat(openTasks(run.lines("AFTER"), "sam")).isEqualTo(samBefore + 1);
    assertThat(run.lines("LEFT")).noneMatch(line -> line.startsWith("Update the case summary | "))
        .anyMatch(line -> line.startsWith("Review the chronology | " + amy));

    Task moved = engine.getTaskService().createTaskQuery().taskId(summary).singleResult();
    assertThat(moved.getAssignee()).isEqualTo("sam");
    assertThat(candidateGroups(moved)).containsExactly("csc-social-worker");
    assertThat(chronology.of(amy)).anyMatch(entry -> entry.source().equals("Task reassigned")
        && entry.event().equals("tom gave \"Update the case summary\" to sam from " + tia + ": " + REASON));
    for (String screenshot : screenshots) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }

  private static int openTasks(List<String> rows, String userId) {
    return rows.stream().filter(line -> line.startsWith(userId + " | ")).findFirst()
        .map(line -> Integer.parseInt(line.split(" \\| ")[1])).orElseThrow(() -> new AssertionError(userId + " not in " + rows));
  }
}
