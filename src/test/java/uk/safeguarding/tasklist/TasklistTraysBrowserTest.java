package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.identity.TasklistFilters;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Work trays in Tasklist (issue 16, item 3), in Debian's Chromium: a police officer and a social worker
 * each land on their agency's work, soonest due first, with a count beside every tray; each card
 * names the child, the case reference, the agency and the due date as DD/MM/YYYY in working days, and
 * an overdue card is marked; "By child" lists the work child by child; "Create task" is not offered;
 * and each sees only their own agency's cards.
 *
 * <p>Two siblings' strategy discussions, started years ago (so their work is overdue and comes first in
 * a tray in due-date order): Amy's convened with children's social care and the police, Ben's, started
 * earlier, with children's social care and health only. They share a family reference. A third child,
 * Cara, is not family: her case reference sorts between theirs, yet "By child" keeps the brother and
 * sister together. The browser is driven by
 * {@code src/browser-test/work-trays.js}; what makes the trays is {@code identity/TasklistFilters} and
 * the plugin {@code uk.safeguarding.tasklist.SafeguardingTasklistPlugin}.
 */
@Tag(BrowserJourney.TAG)
class TasklistTraysBrowserTest extends ProcessTestBase {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);

  @LocalServerPort
  int port;

  @Test
  void sd06_eachPractitionerLandsOnTheirAgencysWorkWithTheChildTheCaseAndTheDueDateOnEveryCard() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    // Early in the alphabet, so that "By child" lists these cases on its first page.
    String prefix = "AA-TRAYS-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
    String amy = prefix + "-1";
    String cara = prefix + "-1C";
    String ben = prefix + "-2";
    // Before "AA-TRAYS", so that the family comes first in By child.
    String family = "AA-FAMILY-" + prefix.substring("AA-TRAYS-".length());
    clockAt("2020-01-02T09:00");
    StrategyDiscussionScenario bens = new StrategyDiscussionScenario(engine, ben);
    bens.start(referral(ben, "Ben Tray", "2020-01-02", family));
    bens.convene(convening("2020-01-08", "csc-social-worker,health"));
    clockAt("2020-01-04T09:00");
    StrategyDiscussionScenario caras = new StrategyDiscussionScenario(engine, cara);
    caras.start(referral(cara, "Cara Tray", "2020-01-04", null));
    caras.convene(convening("2020-01-09", "csc-social-worker,health"));
    clockAt("2020-01-06T09:00");
    StrategyDiscussionScenario amys = new StrategyDiscussionScenario(engine, amy);
    amys.start(referral(amy, "Amy Tray", "2020-01-06", family));
    amys.convene(convening("2020-01-10", "csc-social-worker,police"));
    ClockUtil.reset();
    for (String user : List.of("paul", "sarah")) {
      BrowserJourney.freshScreenshot("trays-" + user + ".png");
      BrowserJourney.freshScreenshot("trays-by-child-" + user + ".png");
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, "work-trays.js", "work-trays", "--base-url", "http://localhost:" + port,
        "--users", "paul:paul-demo,sarah:sarah-demo", "--prefix", prefix,
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    for (String user : List.of("paul", "sarah")) {
      assertThat(run.line(user + " DEFAULT")).isEqualTo(TasklistFilters.MY_AGENCYS_TASKS);
      assertThat(run.line(user + " CREATE")).as("Create task offered").isEqualTo("0");
      String counts = run.line(user + " COUNTS");
      for (String tray : TasklistFilters.TRAYS) {
        assertThat(counts).contains(tray + "=" + count(user, tray));
      }
      assertThat(counts).startsWith(TasklistFilters.MY_AGENCYS_TASKS + "=");
      // Each tray says its own order, where Tasklist's sort control (which could not change it) was.
      assertThat(run.lines(user + " ORDER")).containsExactly("Soonest due first | sort controls 0",
          "Child by child, brothers and sisters together; each child's soonest due first | sort controls 0");
    }

    // Police: Amy's contribution only, never Ben's (police were not invited) nor a social worker's card.
    Task policeTask = contribution(amy, "police");
    assertThat(run.lines("paul CARD")).containsExactly(card(policeTask, "Amy Tray", amy, Agency.POLICE));
    assertThat(run.line("paul BYCHILD")).isEqualTo(amy);

    // The social worker: the three children by due date; By child lists the sister and brother together
    // (Amy …-1, Ben …-2), then Cara (…-1C), whose reference sorts between theirs.
    assertThat(run.lines("sarah CARD")).containsExactly(
        card(contribution(ben, "csc-social-worker"), "Ben Tray", ben, Agency.CSC_SOCIAL_WORKER),
        card(contribution(cara, "csc-social-worker"), "Cara Tray", cara, Agency.CSC_SOCIAL_WORKER),
        card(contribution(amy, "csc-social-worker"), "Amy Tray", amy, Agency.CSC_SOCIAL_WORKER));
    assertThat(run.line("sarah BYCHILD")).isEqualTo(amy + ", " + ben + ", " + cara);

    for (String screenshot : List.of("trays-paul.png", "trays-sarah.png", "trays-by-child-sarah.png")) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }

  /** What the script prints for a card: overdue work has the red bar of plugin.css. */
  private String card(Task task, String child, String reference, Agency agency) {
    LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), WorkingDayCalendar.LONDON);
    LocalDate today = LocalDate.now(WorkingDayCalendar.LONDON);
    int late = WorkingDayCalendar.englandAndWales().workingDaysBetween(due, today);
    return task.getName() + " | " + child + " | " + reference + " | " + agency.displayName() + " | Due "
        + DUE.format(due) + " · " + late + " working days overdue | overdue rgb(178, 31, 31)";
  }

  private Task contribution(String caseReference, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskCandidateGroup(group).taskDefinitionKey("ContributeToStrategyDiscussion").singleResult();
  }

  private long count(String user, String tray) {
    String group = "paul".equals(user) ? "police" : "csc-social-worker";
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      String filter = engine.getFilterService().createFilterQuery().filterName(tray).singleResult().getId();
      return engine.getFilterService().count(filter);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static java.util.Map<String, Object> referral(String reference, String child, String concernDate, String family) {
    java.util.Map<String, Object> referral = StrategyDiscussionScenario.referral(reference, concernDate);
    referral.put("childName", child);
    if (family != null) {
      referral.put("familyReference", family);
    }
    return referral;
  }

  private static java.util.Map<String, Object> convening(String date, String agencies) {
    java.util.Map<String, Object> convening = StrategyDiscussionScenario.convening(date);
    convening.put("invitedAgencies", agencies);
    return convening;
  }
}
