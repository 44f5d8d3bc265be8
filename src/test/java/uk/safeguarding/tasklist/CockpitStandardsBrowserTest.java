package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.oversight.YearOfStrategyDiscussions;

/**
 * The managers' Standards dashboard and the child's journey in Chromium (issue 19): after a year of
 * strategy discussions under the Oxfordshire profile in 2035 (four children; one convened late, two
 * recorded late), tom opens "Standards" from Cockpit's header and, for 2035 and Oxfordshire, reads
 * SD-01 4 deadlines, 1 missed, 75.0% on time and REC-01 4, 2, 50.0%, and each month's figures; the
 * rule table exports to CSV; the missed SD-01 figure opens the case of April, whose link opens a
 * process of the child in Cockpit, where the "Child's journey" tab lists the finished strategy
 * discussion with how it ended and the chronology with its SD-01 breach. paul (police) cannot log in to
 * Cockpit. The year and the profile keep the figures to this test's cases (the suite shares one
 * database; StandardsDashboardTest runs in 2033 under Calderdale).
 *
 * <p>What makes it so: {@code plugin-webapp/standards/app/plugin.js} (oversight/StandardsCockpitPlugin)
 * and oversight/OversightApi. The browser is driven by {@code src/browser-test/cockpit-standards.js}.
 */
@Tag(BrowserJourney.TAG)
class CockpitStandardsBrowserTest extends ProcessTestBase {

  @LocalServerPort
  int port;

  @Test
  void sd01_rec01_aTeamManagerReadsTheYearsFiguresOpensTheCasesBehindOneAndTheChildsJourney() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    YearOfStrategyDiscussions year = new YearOfStrategyDiscussions(engine, this::fireDueTimers)
        .run(2035, List.of(1, 4, 7, 10), "oxfordshire", Set.of(4), Set.of(7, 10));
    clockAt("2036-01-15T10:00");
    List<String> screenshots = List.of("cockpit-standards.png", "cockpit-standards-cases.png", "cockpit-child-journey.png",
        "cockpit-paul-refused.png");
    for (String screenshot : screenshots) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, "cockpit-standards.js", "cockpit-standards", "--base-url",
        "http://localhost:" + port, "--from", "2035-01-01", "--to", "2035-12-31", "--profile", "oxfordshire", "--rule", "SD-01",
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    assertThat(run.lines("RULE")).contains("SD-01 | 4 | 1 | 75.0%", "REC-01 | 4 | 2 | 50.0%");
    // Every rule together: April's late discussion also raised a professional disagreement (ESC-01), whose
    // first stage fell due in April and, worked by nobody here, was missed.
    assertThat(run.lines("MONTH")).hasSize(12).contains("Jan 2035 | 2 | 0 | 100.0%", "Apr 2035 | 3 | 2 | 33.3%",
        "Jul 2035 | 2 | 1 | 50.0%", "Oct 2035 | 2 | 1 | 50.0%", "Feb 2035 | 0 | 0 | —");
    assertThat(run.line("CSV")).isEqualTo("Rule,Standard,Deadlines,Missed,On time,Trend by month");
    String april = year.caseOfMonth.get(4);
    assertThat(run.lines("CASE")).containsExactly(april + " | Amy Test | Convene strategy discussion");

    List<String> running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(april).list()
        .stream().map(ProcessInstance::getId).toList();
    assertThat(running).as("the breach's review and disagreement still run").contains(run.line("OPENED"));
    assertThat(run.lines("JOURNEY")).anyMatch(line -> line.startsWith("Strategy discussion | Completed | "));
    assertThat(run.lines("CHRONOLOGY")).anyMatch(line -> line.startsWith("Standards breach SD-01 | "));
    assertThat(run.line("PAUL")).as("police have no Cockpit").startsWith("403 | ").contains("missing access rights to application");

    for (String screenshot : screenshots) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }
}
