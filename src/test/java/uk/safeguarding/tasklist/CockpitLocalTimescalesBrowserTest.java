package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.timescales.LocalTimescales;

/**
 * An authority's local timescales in Chromium (issue 22, point 4): sunita, a service manager, opens
 * "Local timescales" from Cockpit's header, chooses Manchester and reads ICPC-01 at national's 15
 * working days. With the keyboard alone she opens its change form, types "soon", and the server's 400
 * ("'soon' is not a timescale") shows in the form and nothing changes. She previews 10 working days
 * (the steps that count by ICPC-01 for a case whose every event is on Monday 7 December 2026: due 21
 * December, national's 30th) and saves it with a reason; the page shows the new value, marked local and
 * "Changed here", and the change heads the history with who, the old and new value and the reason. tom,
 * a team manager, reads the same page read-only, told why, with no Change button, and the server refuses
 * his change sent as the page would send it (403). axe-core finds no serious or critical WCAG 2.2 AA
 * violation on the page, with the refused change open or read-only. The database holds sunita's one
 * change, which this test removes again afterwards so that no other test's Manchester dates move (the
 * suite shares one database).
 *
 * <p>What makes it so: {@code plugin-webapp/standards/app/plugin.js} (LocalTimescalesPage),
 * oversight/LocalTimescalesApi and timescales/LocalTimescales. The browser is driven by
 * {@code src/browser-test/cockpit-local-timescales.js}.
 */
@Tag(BrowserJourney.TAG)
class CockpitLocalTimescalesBrowserTest extends ProcessTestBase {

  static final String PROFILE = "manchester";
  static final String REASON = "Manchester Safeguarding Partnership 2026: conferences within 10 working days";

  @LocalServerPort
  int port;
  @Autowired
  LocalTimescales timescales;
  @Autowired
  JdbcTemplate jdbc;

  long versionBefore;

  @AfterEach
  void manchesterAsItsFileSays() {
    jdbc.update("delete from sg_local_timescale where profile_id = ? and version > ?", PROFILE, versionBefore);
    ReflectionTestUtils.setField(timescales, "read", null);
  }

  @Test
  void icpc01_aServiceManagerChangesManchestersTimescaleInCockpitAndATeamManagerReadsItReadOnly() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    versionBefore = jdbc.queryForObject("select coalesce(max(version), 0) from sg_local_timescale", Long.class);
    int changesBefore = timescales.changes(PROFILE).size();
    List<String> screenshots = List.of("cockpit-local-timescales-refused.png", "cockpit-local-timescales-preview.png", "cockpit-local-timescales.png",
        "cockpit-local-timescales-history.png", "cockpit-local-timescales-read-only.png");
    for (String screenshot : screenshots) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, "cockpit-local-timescales.js", "cockpit-local-timescales",
        "--base-url", "http://localhost:" + port, "--profile", PROFILE, "--rule", "ICPC-01", "--invalid", "soon",
        "--timescale", "10 working days", "--reason", REASON, "--from", "2026-12-07",
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    String before = "ICPC-01 | Initial child protection conference held | 15 working days | 15 working days | As national";
    assertThat(run.line("BEFORE")).isEqualTo(before);
    assertThat(run.line("FOCUS")).as("the change form takes the focus").isEqualTo("sg-lt-timescale");
    assertThat(run.line("REFUSED")).contains("ICPC-01", "'soon' is not a timescale");
    assertThat(run.line("UNCHANGED")).isEqualTo(before);

    // From Monday 7 December 2026 ten working days end Monday 21 December, national's fifteen Wednesday 30th
    // (Christmas Day and the Boxing Day holiday on Monday 28th are no working days).
    assertThat(run.lines("PREVIEW")).isNotEmpty().allMatch(line -> line.endsWith(" | 30/12/2026 | 21/12/2026"))
        .anyMatch(line -> line.contains("Convene"));
    List<LocalTimescales.Change> changes = timescales.changes(PROFILE);
    assertThat(changes).as("the refused change is not recorded, the real one is").hasSize(changesBefore + 1);
    LocalTimescales.Change change = changes.get(changes.size() - 1);
    assertThat(change.ruleId()).isEqualTo("ICPC-01");
    assertThat(change.oldTimescale()).isEqualTo("15 working days");
    assertThat(change.newTimescale()).isEqualTo("10 working days");
    assertThat(change.changedBy()).isEqualTo("sunita");
    assertThat(change.reason()).isEqualTo(REASON);
    long version = change.version();

    assertThat(run.line("CHANGED")).isEqualTo("ICPC-01 in Manchester is now 10 working days (was 15 working days; version "
        + version + ").");
    String after = "ICPC-01 | Initial child protection conference held | 15 working days | 10 working days local | Changed here (version "
        + version + ")";
    assertThat(run.line("AFTER")).isEqualTo(after);
    assertThat(run.line("HISTORY")).startsWith(version + " | ICPC-01 | ")
        .endsWith(" | sunita | 15 working days | 10 working days | " + REASON);
    assertThat(Integer.parseInt(run.line("HISTORY-AFTER"))).isEqualTo(Integer.parseInt(run.line("HISTORY-BEFORE")) + 1);

    assertThat(run.line("TOM-READ-ONLY")).isEqualTo("Read-only. A local timescale is changed by a service manager"
        + " (csc-service-manager), and tom is not one.");
    assertThat(run.line("TOM-BUTTONS")).isEqualTo("0");
    assertThat(run.line("TOM-ROW")).isEqualTo(after);
    assertThat(run.line("TOM-PUT")).isEqualTo("403 | A local timescale is changed by a service manager (csc-service-manager),"
        + " and tom is not one");
    assertThat(timescales.changes(PROFILE)).as("tom's change is not recorded").hasSize(changesBefore + 1);

    assertThat(run.lines("AXE")).as("WCAG 2.2 AA, serious and critical (axe-core)").isEmpty();
    for (String screenshot : screenshots) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }
}
