package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess.Element;

/**
 * England's dates in Tasklist whatever the browser's language (issue 16): in Chromium with an American
 * English language, on London time, a social worker starts a strategy discussion from Tasklist's
 * start form and types the dates as DD/MM/YYYY; the engine holds the days she meant. Dates that do
 * not exist, or are written another way, are refused with a message and nothing is sent. The team
 * manager then reads the date of birth, read-only, the English way in his Convene task, and the due
 * date in the task's header with its weekday. Tasklist names the authority and the service, and the
 * vendor's end-of-life banner is not shown.
 *
 * <p>What makes it so: {@code scripts/config.js}, {@code scripts/england-dates.js} and
 * {@code styles/user-styles.css} under {@code META-INF/resources/webjars/camunda/app/tasklist/}. The
 * browser is driven by {@code src/browser-test/strategy-discussion-dates.js} through
 * {@link BrowserJourney}; skipped without Chromium or its node modules, except under CI=true.
 */
@Tag(BrowserJourney.TAG)
class TasklistDatesBrowserTest extends ProcessTestBase {

  private static final String SCRIPT = "strategy-discussion-dates.js";
  private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** config.js's 'long' moment format, 'ddd D MMM YYYY, HH:mm', in Java's words. */
  private static final DateTimeFormatter TOOLTIP = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
  static final String SERVICE = "Northshire Council Children's safeguarding";

  @LocalServerPort
  int port;

  @Test
  void anAmericanBrowserShowsAndTakesEnglishDatesAndRefusesDaysThatDoNotExist() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    String caseReference = uniqueCaseReference();
    // The concern arose today, in London: the server refuses a concern date in the future.
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON);
    List<String> screenshots = List.of("dates-tasklist.png", "dates-refused.png", "dates-start-form.png", "dates-read-only.png");
    for (String screenshot : screenshots) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, SCRIPT, "dates", "--base-url", "http://localhost:" + port,
        "--user", "sarah", "--password", "sarah-demo", "--reader", "tom", "--reader-password", "tom-demo",
        "--case-reference", caseReference, "--child-name", "Amy Dates", "--date-of-birth", "03/02/2019",
        "--concern-date", today.format(ENGLISH_DATE), "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    // The service's name and look; London time.
    assertThat(run.line("TITLE")).isEqualTo(SERVICE);
    assertThat(run.line("BRAND")).isEqualTo(SERVICE);
    assertThat(run.line("BANNER")).as("Tasklist renders the banner, our style hides it").isEqualTo("in page 1, visible 0");
    assertThat(run.line("TIMEZONE")).isEqualTo("Date and Time displayed in local timezone: " + BrowserJourney.TIME_ZONE);

    // An American browser, an English date field.
    assertThat(run.line("PLACEHOLDER")).isEqualTo("dd/mm/yyyy");
    assertThat(run.lines("REFUSED")).containsExactly(
        "31/02/2019 -> field '31/02/2019' | 31/02/2019 is not a date: February 2019 has 28 days.",
        "13/13/2019 -> field '13/13/2019' | 13/13/2019 is not a date: there is no month 13. Type the day first, then the month: DD/MM/YYYY.",
        "2019-02-03 -> field '2019-02-03' | \"2019-02-03\" is not a date written as DD/MM/YYYY: for 3 February 2019 type 03/02/2019.");
    assertThat(run.line("EMPTIED")).as("an emptied field has no message left").isEqualTo("messages 0");
    assertThat(run.line("HELD-BACK")).as("Start pressed with a refused date of birth sends nothing")
        .startsWith("requests 0, Start disabled true, dialog open true, message '");
    assertThat(run.lines("SHOWS")).containsExactly("Child's date of birth: 03/02/2019",
        "Date the concern arose: " + today.format(ENGLISH_DATE));

    // What Tasklist sent, and what the engine holds: the days she meant, as ISO dates.
    JsonNode sent = new ObjectMapper().readTree(run.line("SUBMITTED")).get("variables");
    assertThat(sent.get("childDateOfBirth").get("value").asText()).isEqualTo("2019-02-03");
    assertThat(sent.get("concernRaisedDate").get("value").asText()).isEqualTo(today.toString());
    List<ProcessInstance> started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(StrategyDiscussionProcess.KEY).processInstanceBusinessKey(caseReference).list();
    assertThat(started).as("one strategy discussion: the refused attempt started none").hasSize(1);
    String instance = started.get(0).getId();
    assertThat(run.line("STARTED")).isEqualTo(instance);
    Map<String, Object> dates = engine.getRuntimeService().getVariables(instance, List.of("childDateOfBirth", "concernRaisedDate"));
    assertThat(dates).containsEntry("childDateOfBirth", "2019-02-03").containsEntry("concernRaisedDate", today.toString());

    // The team manager's Convene task: the dates read-only, the English way; the due date with its weekday.
    Task convene = task(instance, Element.ConveneStrategyDiscussion.name());
    assertThat(run.line("CONVENE")).isEqualTo(convene.getId());
    assertThat(run.lines("READ-ONLY")).containsExactly("Child's date of birth: 03/02/2019 (disabled)",
        "Date the concern arose: " + today.format(ENGLISH_DATE) + " (disabled)");
    assertThat(run.line("DUE")).isEqualTo(convene.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON).format(TOOLTIP));

    for (String screenshot : screenshots) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }
}
