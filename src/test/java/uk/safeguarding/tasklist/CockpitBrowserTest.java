package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.notifications.DemoMailServer;
import uk.safeguarding.notifications.NotificationJobs;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess.Element;

/**
 * England's dates and the service's name in Cockpit, for the managers who follow the pathways there
 * (issue 16): in Chromium with an American English language, on London time, a team manager (tom)
 * opens the strategy discussions' instances and one instance's user tasks. The start time, and the
 * task's creation and due dates, read DD/MM/YYYY HH:mm (Cockpit's own would be 2026-12-04T10:15:00,
 * and "December 4, 2026" in its long form); the header names the authority and the service; the
 * vendor's end-of-life banner is not shown. From "Returns" in the header, choosing the year before this one
 * checks it, and the SSDA903 table it links to is that year's (the links once kept the first year's). And an email the mail server never took, of a case that has
 * ended (issue 24): its incident is found in the pathway's Incidents tab by whom it was for and the case
 * reference, without an empty link to an instance, and retried from its row.
 *
 * <p>What makes it so: {@code scripts/config.js}, {@code scripts/england-dates.js} and
 * {@code styles/user-styles.css} under {@code META-INF/resources/webjars/camunda/app/cockpit/}. The
 * browser is driven by {@code src/browser-test/cockpit.js} through {@link BrowserJourney}.
 */
@Tag(BrowserJourney.TAG)
class CockpitBrowserTest extends ProcessTestBase {

  private static final DateTimeFormatter ENGLAND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final String SERVICE = "Northshire Council Children's safeguarding oversight";

  @LocalServerPort
  int port;
  @Autowired
  DemoMailServer mailServer;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aManagerReadsEnglandsDatesAndTheServicesNameInCockpit() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    String caseReference = uniqueCaseReference();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON);
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(StrategyDiscussionProcess.KEY,
        caseReference, Map.of(
            "caseReference", caseReference,
            "childName", "Amy Oversight",
            "childDateOfBirth", "2018-05-14",
            "householdMembers", "Mother; stepfather",
            "concern", "Bruising seen at school",
            "concernRaisedDate", today.toString(),
            "childInEducation", false));
    Task convene = task(instance.getId(), Element.ConveneStrategyDiscussion.name());
    FailedEmail failedEmail = aFailedEmailOfACaseThatHasEnded();
    List<String> screenshots = List.of("cockpit-instances.png", "cockpit-user-tasks.png", "cockpit-failed-email.png");
    for (String screenshot : screenshots) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(chromium, "cockpit.js", "cockpit", "--base-url", "http://localhost:" + port,
        "--user", "tom", "--password", "tom-demo", "--definition-id", instance.getProcessDefinitionId(),
        "--instance-id", instance.getId(), "--case-reference", caseReference, "--failed-email-case", failedEmail.caseReference(),
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    assertThat(run.line("TITLE")).isEqualTo(SERVICE + " | Dashboard");
    assertThat(run.line("BRAND")).isEqualTo(SERVICE);
    assertThat(run.line("BANNER")).as("Cockpit renders the banner, our style hides it").isEqualTo("in page 1, visible 0");

    HistoricProcessInstance started = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(run.line("STARTED")).isEqualTo(inLondon(started.getStartTime()));
    assertThat(run.line("TASK")).as("the convene task, created as the instance started, due at the end of a working day")
        .isEqualTo(convene.getName() + " | " + inLondon(convene.getCreateTime()) + " | " + inLondon(convene.getDueDate()));
    assertThat(inLondon(convene.getDueDate())).endsWith(" 23:59");

    // The failed email (issue 24), in the pathway's Incidents tab: whom it was for first, no child's name, no
    // empty link to a process instance; retried from its row, it is sent (the job executor is off in tests).
    assertThat(run.line("FAILED-EMAIL")).startsWith("Email to Children's social care team managers not sent: New work, case "
        + failedEmail.caseReference() + ", to team-managers@").endsWith("Retry sends it. | 0").doesNotContain("Amy");
    assertThat(run.line("RETRIED")).contains("finished successfully");
    assertThat(engine.getManagementService().createJobQuery().jobId(failedEmail.job()).singleResult().getRetries()).isOne();
    engine.getManagementService().executeJob(failedEmail.job());
    assertThat(mailServer.received()).anyMatch(email -> subjectOf(email).startsWith("New work: ")
        && subjectOf(email).contains("case " + failedEmail.caseReference()));
    assertThat(engine.getManagementService().createJobQuery().jobId(failedEmail.job()).count()).as("sent: the job is done").isZero();

    for (String screenshot : screenshots) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }

    // Returns, from Cockpit's header: choosing the year before this one checks it, and its SSDA903 links follow
    int lastYear = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
    assertThat(run.line("RETURNS")).isEqualTo("Children in need census and looked after children (SSDA903)");
    assertThat(run.line("SSDA903-LINKS")).isEqualTo("/api/returns/ssda903?year=" + lastYear + " | /api/returns/ssda903/Episodes.csv?year="
        + lastYear);
    assertThat(run.line("SSDA903-DOWNLOAD")).isEqualTo("ssda903-" + lastYear + "-Episodes.csv | "
        + String.join(",", uk.safeguarding.returns.Ssda903Tables.COLUMNS.get("Episodes")));
  }

  private record FailedEmail(String caseReference, String job) {}

  /**
   * A case whose first email (the convene task's, to the team managers) the mail server never took: every
   * try failed, so the sending job has an incident; the case has ended since (withdrawn). The mail server is
   * back by the time a manager looks.
   */
  private FailedEmail aFailedEmailOfACaseThatHasEnded() {
    String caseReference = uniqueCaseReference();
    mailServer.stop();
    try {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(StrategyDiscussionProcess.KEY, caseReference,
          Map.of("caseReference", caseReference, "childName", "Amy Outage", "childDateOfBirth", "2018-05-14",
              "householdMembers", "Mother", "concern", "Bruising seen at school",
              "concernRaisedDate", LocalDate.now(WorkingDayCalendar.LONDON).toString(), "childInEducation", false));
      String job = jdbc.queryForObject("select j.id_ from act_ru_job j join sg_notification n on n.id = j.handler_cfg_ "
          + "where j.handler_type_ = ? and n.case_reference = ?", String.class, NotificationJobs.TYPE, caseReference);
      engine.getRuntimeService().deleteProcessInstance(instance.getId(), "Withdrawn: the referral was made in error");
      while (engine.getManagementService().createJobQuery().jobId(job).singleResult().getRetries() > 0) {
        try {
          engine.getManagementService().executeJob(job);
        } catch (RuntimeException notSent) {
          // the mail server is down: one try fewer
        }
      }
      return new FailedEmail(caseReference, job);
    } finally {
      mailServer.start();
    }
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage email) {
    try {
      return email.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String inLondon(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).format(ENGLAND);
  }
}
