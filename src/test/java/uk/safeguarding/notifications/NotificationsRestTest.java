package uk.safeguarding.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.StrategyDiscussionOverRest;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * Issue 24 against the whole application and its embedded SMTP server (GreenMail, {@link DemoMailServer}),
 * in the Spring context every REST test shares. A strategy discussion convened over REST invites
 * children's social care, police and health (SD-02, SD-06); the sending jobs are run here as the job
 * executor would run them (it is off in tests), and the emails are read from the SMTP server.
 */
class NotificationsRestTest extends ProcessTestBase {

  static final String POLICE = "police@agencies.demo.safeguarding.invalid";
  static final String HEALTH = "health@agencies.demo.safeguarding.invalid";
  static final String SOCIAL_WORKERS = "social-workers@agencies.demo.safeguarding.invalid";
  static final String TEAM_MANAGERS = "team-managers@agencies.demo.safeguarding.invalid";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DemoMailServer mailServer;
  @Autowired
  Notifications notifications;
  @Autowired
  DeadlineNotices deadlines;
  @Autowired
  NotificationSender sender;

  @AfterEach
  void theMailServerRunsAgain() {
    mailServer.start();
  }

  @Test
  void sd06_policeInvitedToAStrategyDiscussionGetOneEmailWithTheDueTimeAndALinkButNotTheChildsName() throws Exception {
    String caseReference = uniqueCaseReference();
    String instance = StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amelia Whitlock");
    String policeTask = contributionOf(instance, "police").getId();

    assertThat(sendAll(caseReference)).as("every email of the case sent at the first try").isZero();

    List<MimeMessage> toPolice = mailTo(POLICE, caseReference);
    assertThat(toPolice).as("the police mailbox").hasSize(1);
    MimeMessage invitation = toPolice.get(0);
    String text = textOf(invitation);
    String today = LocalDate.now(WorkingDayCalendar.LONDON).format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
    assertThat(invitation.getSubject()).startsWith("Invitation: Contribute agency information and risk analysis, case " + caseReference);
    assertThat(text).contains("Case reference: " + caseReference)
        .contains("Due: by the end of " + today + " (23:59)")
        .contains("Meeting: Strategy discussion, " + today)
        .contains("/camunda/app/tasklist/default/#/?task=" + policeTask)
        .contains("you will be asked to sign in");
    assertThat(invitation.getSubject() + text).doesNotContain("Amelia").doesNotContain("Whitlock").doesNotContain("Bruising");

    // The iCalendar file, read back by the library a calendar program would use: one all-day event today.
    ICalendar calendar = Biweekly.parse(attachmentOf(invitation, "text/calendar")).first();
    assertThat(calendar).as("a readable iCalendar attachment").isNotNull();
    VEvent meeting = calendar.getEvents().get(0);
    assertThat(meeting.getSummary().getValue()).isEqualTo("Strategy discussion, case " + caseReference);
    assertThat(meeting.getDateStart().getValue().hasTime()).isFalse();
    assertThat(meeting.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(LocalDate.now(WorkingDayCalendar.LONDON));
    assertThat(meeting.getUrl().getValue()).endsWith("#/?task=" + policeTask);

    // Nobody else is sent the police's invitation; health and social care each have their own.
    assertThat(mailServer.received().stream().filter(m -> textOrEmpty(m).contains("?task=" + policeTask)))
        .as("emails about the police's task").hasSize(1).allMatch(m -> recipients(m).equals(List.of(POLICE)));
    assertThat(mailTo(HEALTH, caseReference)).hasSize(1);
    assertThat(mailTo(SOCIAL_WORKERS, caseReference)).hasSize(1);
  }

  @Test
  void anSmtpOutageLosesNothingAFailedSendIsAnIncidentToRetryAndNothingGoesTwice() throws Exception {
    String caseReference = uniqueCaseReference();
    mailServer.stop();
    StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amelia Whitlock");

    List<String> jobs = jobsOf(caseReference);
    assertThat(jobs).as("the convene task's and the three invitations' emails").hasSize(4);
    int tries = new NotificationSettings().getRetryIntervals().size() + 1;
    for (int attempt = 0; attempt < tries; attempt++) {
      assertThat(sendAll(caseReference)).as("try " + (attempt + 1) + " failed for every email").isEqualTo(4);
      if (attempt == 0) {
        // The next try waits a minute (a job without a diagram's activity would be retried at once by the engine).
        Job failed = engine.getManagementService().createJobQuery().jobId(jobs.get(0)).singleResult();
        assertThat(failed.getRetries()).isEqualTo(tries - 1);
        assertThat(failed.getDuedate().getTime() - System.currentTimeMillis()).isBetween(50_000L, 60_000L);
        assertThat(failed.getExceptionMessage()).startsWith("Email to ");
      }
    }

    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
        .list().stream().filter(incident -> jobs.contains(incident.getConfiguration())).toList();
    assertThat(incidents).as("one incident a failed email, as Cockpit lists them").hasSize(4)
        .allMatch(incident -> incident.getIncidentMessage().startsWith("Email to ")
            && incident.getIncidentMessage().endsWith("Nothing is lost: once the mail server is back, Retry sends it.")
            && !incident.getIncidentMessage().contains("Amelia"))
        .anyMatch(incident -> incident.getIncidentMessage().startsWith("Email to Police (public protection) not sent: Invitation, case "
            + caseReference + ", to " + POLICE + ". The mail server did not take it: "));
    assertThat(jdbc.queryForObject("select count(*) from sg_notification where case_reference = ? and sent_at is null",
        Integer.class, caseReference)).as("nothing lost: every notification waits").isEqualTo(4);

    // The mail server is back; tom, a team manager, sees the incidents under the pathway in Cockpit and retries
    // each (Cockpit's Retry is this call on its own engine API, with tom's authorizations).
    mailServer.start();
    String pathway = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("StrategyDiscussion")
        .latestVersion().singleResult().getId();
    JsonNode seenByTom = rest.withBasicAuth("tom", "tom-demo").getForObject(
        "/engine-rest/incident?incidentType=failedJob&processDefinitionId=" + pathway, JsonNode.class);
    List<String> tomSees = new ArrayList<>();
    seenByTom.forEach(incident -> tomSees.add(incident.get("configuration").asText()));
    assertThat(tomSees).containsAll(jobs);
    retriedByTomThenSentOnceEach(jobs, caseReference);
    assertThat(engine.getRuntimeService().createIncidentQuery().list()).noneMatch(incident -> jobs.contains(incident.getConfiguration()));

    // A send run again (a job retried after its email went, a second node) sends nothing.
    jdbc.queryForList("select id from sg_notification where case_reference = ?", String.class, caseReference).forEach(sender::send);
    assertThat(mailServer.received().stream().filter(m -> subjectOf(m).contains(caseReference))).hasSize(4);
  }

  @Test
  void aCaseThatEndedBeforeALongOutageStillGetsItsEmailsWhenAManagerRetries() throws Exception {
    String caseReference = uniqueCaseReference();
    mailServer.stop();
    String instance = StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amelia Whitlock");
    List<String> jobs = jobsOf(caseReference);
    assertThat(jobs).hasSize(4);
    // The case ends (here it is withdrawn) while its emails wait; the outage outlasts every try.
    engine.getRuntimeService().deleteProcessInstance(instance, "Withdrawn: the referral was made in error");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    for (int attempt = 0; attempt < new NotificationSettings().getRetryIntervals().size() + 1; attempt++) {
      assertThat(sendAll(caseReference)).as("try " + (attempt + 1)).isEqualTo(4);
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list())
        .filteredOn(incident -> jobs.contains(incident.getConfiguration())).hasSize(4);

    // The mail server is back; tom finds the incidents under the pathway and retries each: every email goes, once.
    mailServer.start();
    retriedByTomThenSentOnceEach(jobs, caseReference);
    assertThat(jdbc.queryForObject("select count(*) from sg_notification where case_reference = ? and sent_at is null",
        Integer.class, caseReference)).isZero();
  }

  @Test
  void twoNodesRunningTheSameSendingJobsAtOnceSendEachEmailOnce() throws Exception {
    List<String> caseReferences = List.of(uniqueCaseReference(), uniqueCaseReference(), uniqueCaseReference());
    caseReferences.forEach(reference -> StrategyDiscussionOverRest.startedAndConvened(rest, reference, "Amelia Whitlock"));
    List<String> jobs = caseReferences.stream().flatMap(reference -> jobsOf(reference).stream()).toList();
    assertThat(jobs).hasSize(12);

    // Two job executors on one database, as two nodes whose locks have crossed: both run every job at once.
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        running.add(nodes.submit(() -> {
          together.await();
          jobs.forEach(job -> {
            try {
              engine.getManagementService().executeJob(job);
            } catch (RuntimeException theOtherNodeHadItOrHasSentIt) {
              // an optimistic locking failure, a job already gone or held by the other node: tried again below
            }
          });
          return null;
        }));
      }
      for (Future<?> node : running) {
        node.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
    // Whatever either node left failed is tried again, as the engine would.
    caseReferences.forEach(this::sendAll);

    for (String reference : caseReferences) {
      Map<String, Long> byMessageId = mailServer.received().stream().filter(m -> subjectOf(m).contains(reference))
          .collect(Collectors.groupingBy(NotificationsRestTest::messageIdOf, Collectors.counting()));
      assertThat(byMessageId).as("case " + reference + ": four emails, each once").hasSize(4).allSatisfy((id, copies) ->
          assertThat(copies).as(id).isOne());
      assertThat(jdbc.queryForObject("select count(*) from sg_notification where case_reference = ? and sent_at is not null",
          Integer.class, reference)).isEqualTo(4);
    }
  }

  @Test
  void dueTomorrowAndOverdueAreSweptOnceToTheWorkerThenTheManagerAfterTheProfilesGracePeriod() {
    String caseReference = uniqueCaseReference();
    String instance = StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amelia Whitlock");
    Task socialCare = contributionOf(instance, "csc-social-worker");
    ZonedDateTime due = socialCare.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON);
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    // The first sweep after the deadline: each invited agency's contribution is overdue (nobody holds them yet).
    // The day before, the sweep finds the contributions due by the end of the next working day.
    clockAt(due.toLocalDate().minusDays(1).atTime(9, 7).toString());
    deadlines.sweep(caseReference);
    assertThat(kindsFor(caseReference, "DUE_TOMORROW")).containsExactlyInAnyOrder("group:csc-social-worker", "group:police", "group:health");

    // (The sweep of this case only: the other tests' cases in this shared database are overdue too by now.)
    clockAt(due.toLocalDate().plusDays(1).atTime(0, 30).toString());
    deadlines.sweep(caseReference);
    assertThat(kindsFor(caseReference, "OVERDUE")).containsExactlyInAnyOrder("group:csc-social-worker", "group:police", "group:health");
    assertThat(kindsFor(caseReference, "OVERDUE_TO_MANAGER")).as("within the grace period").isEmpty();

    // national: the manager is told after 1 working day more; a sweep run again tells nobody twice.
    LocalDate managersDay = calendar.workingDaysAfter(due.toLocalDate(), 1).plusDays(1);
    clockAt(managersDay.atTime(7, 7).toString());
    deadlines.sweep(caseReference);
    deadlines.sweep(caseReference);
    assertThat(kindsFor(caseReference, "OVERDUE")).hasSize(3);
    assertThat(kindsFor(caseReference, "OVERDUE_TO_MANAGER")).as("the line managers with an address (the demo's)")
        .containsExactly("group:csc-team-manager");
    String sendAfter = jdbc.queryForObject("select send_after from sg_notification where case_reference = ? and kind = 'OVERDUE_TO_MANAGER'",
        java.time.OffsetDateTime.class, caseReference).atZoneSameInstant(WorkingDayCalendar.LONDON).toLocalTime().toString();
    assertThat(sendAfter).as("swept at 07:07, sent from the profile's sendFrom").isEqualTo("08:00");
  }

  @Test
  void atNightOrAWeekendOnlySameDayWorkGoesAtOnceAndADigestWaitsForItsHour() {
    String caseReference = uniqueCaseReference();
    // Saturday 5 December 2026, 22:00: work due today goes at once; work due on Monday waits for Monday 08:00.
    clockAt("2026-12-05T22:00");
    ZonedDateTime saturdayNight = ZonedDateTime.of(2026, 12, 5, 22, 0, 0, 0, WorkingDayCalendar.LONDON);
    tell(NotificationKind.NEW_WORK, Recipient.group("police"), caseReference, "task-a", saturdayNight.withHour(23).withMinute(59).withSecond(59));
    tell(NotificationKind.NEW_WORK, Recipient.group("health"), caseReference, "task-b",
        ZonedDateTime.of(2026, 12, 7, 23, 59, 59, 0, WorkingDayCalendar.LONDON));
    assertThat(sendAfter(caseReference, "group:police")).isEqualTo("2026-12-05T22:00");
    assertThat(sendAfter(caseReference, "group:health")).isEqualTo("2026-12-07T08:00");

    // paul chose a daily digest at 17:00: on Monday at 09:00 a breach of Wednesday waits for 17:00.
    assertThat(putOwn("paul", Map.of("delivery", "daily-digest", "digestHour", 17)).getStatusCode()).isEqualTo(HttpStatus.OK);
    clockAt("2026-12-07T09:00");
    tell(NotificationKind.DUE_TOMORROW, Recipient.user("paul"), caseReference, "task-c",
        ZonedDateTime.of(2026, 12, 8, 23, 59, 59, 0, WorkingDayCalendar.LONDON));
    assertThat(sendAfter(caseReference, "user:paul")).isEqualTo("2026-12-07T17:00");
    assertThat(putOwn("paul", Map.of("delivery", "at-once")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aPersonWhoChoseTheDailyDigestGetsOneEmailListingEachItemAtTheirHourAndNothingBefore() throws Exception {
    // sam chose a daily digest at 17:00; tom gives sam the social care contribution of three cases.
    assertThat(putOwn("sam", Map.of("delivery", "daily-digest", "digestHour", 17)).getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> caseReferences = List.of(uniqueCaseReference(), uniqueCaseReference(), uniqueCaseReference());
    List<Task> contributions = new ArrayList<>();
    for (String caseReference : caseReferences) {
      Task task = contributionOf(StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amelia Whitlock"), "csc-social-worker");
      assertThat(rest.withBasicAuth("tom", "tom-demo").postForEntity("/api/oversight/team-tray/tasks/" + task.getId()
          + "/reassignment", Map.of("to", "sam", "reason", "Sam knows the family"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
      contributions.add(task);
    }
    // At 09:07 on the working day before they are due, the sweep finds each due tomorrow: three items for sam's digest.
    LocalDate due = contributions.get(0).getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
    LocalDate dayBefore = WorkingDayCalendar.englandAndWales().workingDaysBefore(due, 1);
    clockAt(dayBefore.atTime(9, 7).toString());
    caseReferences.forEach(deadlines::sweep);
    List<String> items = jdbc.queryForList("select id from sg_notification where recipient = 'user:sam' and kind = 'DUE_TOMORROW' "
        + "and case_reference in (?, ?, ?) and digest = true", String.class, caseReferences.toArray());
    assertThat(items).as("sam's digest items").hasSize(3);
    List<String> digestJobs = jdbc.queryForList("select id_ from act_ru_job where handler_type_ = ? and handler_cfg_ in (?, ?, ?)",
        String.class, NotificationJobs.TYPE, items.get(0), items.get(1), items.get(2));
    assertThat(digestJobs).hasSize(3);

    // Nothing at once: the job executor takes only executable jobs, and none of them is before 17:00.
    assertThat(engine.getManagementService().createJobQuery().executable().list()).extracting(Job::getId).doesNotContainAnyElementsOf(digestJobs);
    clockAt(dayBefore.atTime(16, 59).toString());
    assertThat(engine.getManagementService().createJobQuery().executable().list()).extracting(Job::getId).doesNotContainAnyElementsOf(digestJobs);

    // At 17:00 the three jobs fall due together, as the job executor runs them: one email lists the three.
    clockAt(dayBefore.atTime(17, 0).toString());
    assertThat(engine.getManagementService().createJobQuery().executable().list()).extracting(Job::getId).containsAll(digestJobs);
    List<Future<?>> running = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(3);
    try {
      for (String job : digestJobs) {
        running.add(executor.submit(() -> engine.getManagementService().executeJob(job)));
      }
      for (Future<?> job : running) {
        job.get(60, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
    List<MimeMessage> toSam = mailServer.received().stream().filter(m -> recipients(m).contains("sam@demo.safeguarding.invalid")
        && caseReferences.stream().anyMatch(textOrEmpty(m)::contains) && subjectOf(m).startsWith("Your safeguarding work")).toList();
    assertThat(toSam).as("sam's digest").hasSize(1);
    String digest = textOf(toSam.get(0));
    assertThat(subjectOf(toSam.get(0))).isEqualTo("Your safeguarding work: 3 notifications");
    for (int i = 0; i < 3; i++) {
      assertThat(digest).contains("Case reference: " + caseReferences.get(i)).contains("?task=" + contributions.get(i).getId())
          .containsPattern("\\n[123]\\. Due tomorrow: " + contributions.get(i).getName() + ", case " + caseReferences.get(i));
    }
    assertThat(digest).as("a numbered list of the three, then each").contains("\n1. ", "\n2. ", "\n3. ");
    assertThat(digest).containsOnlyOnce("This email carries no details of the child or family");
    assertThat(subjectOf(toSam.get(0)) + digest).doesNotContain("Amelia").doesNotContain("Whitlock").doesNotContain("Bruising");
    assertThat(engine.getManagementService().createJobQuery().jobIds(new java.util.HashSet<>(digestJobs)).list())
        .as("every job of the digest done").isEmpty();
    assertThat(jdbc.queryForObject("select count(distinct message_id) from sg_notification where id in (?, ?, ?) and sent_at is not null",
        Integer.class, items.toArray())).isOne();
    assertThat(putOwn("sam", Map.of("delivery", "at-once")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void workGivenToAPersonByAManagerIsEmailedToThemButWorkTheyClaimThemselvesIsNot() {
    String caseReference = uniqueCaseReference();
    String instance = StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amelia Whitlock");
    Task socialCare = contributionOf(instance, "csc-social-worker");
    Task police = contributionOf(instance, "police");

    // tom gives the social care contribution to sam from the team tray (TR-01); paul takes the police's himself.
    assertThat(rest.withBasicAuth("tom", "tom-demo").postForEntity("/api/oversight/team-tray/tasks/" + socialCare.getId()
        + "/reassignment", Map.of("to", "sam", "reason", "Sam knows the family"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("paul", "paul-demo").postForEntity("/engine-rest/task/" + police.getId() + "/claim",
        Map.of("userId", "paul"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(jdbc.queryForList("select recipient || ' ' || address from sg_notification where case_reference = ? and kind = 'ASSIGNED'",
        String.class, caseReference)).containsExactly("user:sam sam@demo.safeguarding.invalid");
  }

  @Test
  void aPersonChoosesTheirOwnPreferencesButNeverTurnsAStatutoryKindOff() {
    ResponseEntity<JsonNode> refused = putOwn("helen", Map.of("delivery", "at-once", "kindsOff", List.of("breach-recorded", "overdue")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).startsWith("overdue is statutory and cannot be turned off");
    assertThat(putOwn("helen", Map.of("delivery", "daily-digest")).getBody().get("message").asText()).contains("digestHour");

    ResponseEntity<JsonNode> kept = putOwn("helen", Map.of("delivery", "daily-digest", "digestHour", 8, "kindsOff", List.of("breach-recorded")));
    assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode read = rest.withBasicAuth("helen", "helen-demo").getForObject("/api/notifications/preferences", JsonNode.class);
    assertThat(read.get("owner").asText()).isEqualTo("user:helen");
    assertThat(read.get("delivery").asText()).isEqualTo("daily-digest");
    assertThat(read.get("digestHour").asInt()).isEqualTo(8);
    assertThat(read.get("kindsOff")).extracting(JsonNode::asText).containsExactly("breach-recorded");

    // An agency's shared mailbox is its managers' choice.
    HttpEntity<Map<String, Object>> atOnce = new HttpEntity<>(Map.of("delivery", "at-once"));
    assertThat(rest.withBasicAuth("paul", "paul-demo").exchange("/api/notifications/preferences/agencies/police", HttpMethod.PUT,
        atOnce, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("tom", "tom-demo").exchange("/api/notifications/preferences/agencies/csc-social-worker",
        HttpMethod.PUT, atOnce, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(putOwn("helen", Map.of("delivery", "at-once")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEmailsSentPageShowsAManagerEveryEmailAndAPractitionerOnlyTheirAgencys() {
    String caseReference = uniqueCaseReference();
    StrategyDiscussionOverRest.startedAndConvened(rest, caseReference, "Amelia Whitlock");
    sendAll(caseReference);

    // Of this case only: the shared context's other tests send more emails than the page shows.
    JsonNode forTom = rest.withBasicAuth("tom", "tom-demo").getForObject("/api/notifications/sent?case={case}", JsonNode.class, caseReference);
    JsonNode forPaul = rest.withBasicAuth("paul", "paul-demo").getForObject("/api/notifications/sent?case={case}", JsonNode.class, caseReference);

    assertThat(ofCase(forTom, caseReference)).extracting(n -> n.get("to").asText())
        .containsExactlyInAnyOrder(POLICE, HEALTH, SOCIAL_WORKERS, TEAM_MANAGERS);
    assertThat(ofCase(forPaul, caseReference)).extracting(n -> n.get("to").asText()).containsExactly(POLICE);
    assertThat(ofCase(forPaul, caseReference).get(0).get("status").asText()).isEqualTo("sent");
    assertThat(rest.getForEntity("/api/notifications/sent", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void everyMeetingNamesATaskAndADateItsDiagramHas() throws IOException {
    for (Map.Entry<String, WorkNotices.Meeting> meeting : WorkNotices.MEETINGS.entrySet()) {
      boolean found = false;
      try (var diagrams = java.nio.file.Files.walk(java.nio.file.Path.of("processes"))) {
        for (java.nio.file.Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
          String xml = java.nio.file.Files.readString(diagram);
          int task = xml.indexOf("userTask id=\"" + meeting.getKey() + "\"");
          if (task >= 0) {
            found = true;
            assertThat(xml).as(diagram + " uses " + meeting.getValue().dateVariable()).contains(meeting.getValue().dateVariable());
          }
        }
      }
      assertThat(found).as("a diagram has the task " + meeting.getKey()).isTrue();
    }
  }

  // ------------------------------------------------------------------------------------------------

  private void tell(NotificationKind kind, Recipient to, String caseReference, String taskId, ZonedDateTime due) {
    notifications.tell(kind, to, new NotificationText.Work(caseReference, taskId, "Contribute", due, null, null, null), "national", taskId);
  }

  private String sendAfter(String caseReference, String recipient) {
    return jdbc.queryForObject("select send_after from sg_notification where case_reference = ? and recipient = ?",
        java.time.OffsetDateTime.class, caseReference, recipient).atZoneSameInstant(WorkingDayCalendar.LONDON).toLocalDateTime().toString();
  }

  private ResponseEntity<JsonNode> putOwn(String user, Map<String, Object> body) {
    return rest.withBasicAuth(user, user + "-demo").exchange("/api/notifications/preferences", HttpMethod.PUT, new HttpEntity<>(body),
        JsonNode.class);
  }

  private List<String> kindsFor(String caseReference, String kind) {
    return jdbc.queryForList("select recipient from sg_notification where case_reference = ? and kind = ?", String.class,
        caseReference, kind);
  }

  private static List<JsonNode> ofCase(JsonNode sent, String caseReference) {
    List<JsonNode> found = new ArrayList<>();
    sent.get("notifications").forEach(n -> {
      if (caseReference.equals(n.get("caseReference").asText())) {
        found.add(n);
      }
    });
    return found;
  }

  private Task contributionOf(String instance, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey("ContributeToStrategyDiscussion")
        .taskCandidateGroup(group).singleResult();
  }

  /** The sending jobs of a case's notifications that the engine would still run. */
  private List<String> jobsOf(String caseReference) {
    return jdbc.queryForList("""
        select j.id_ from act_ru_job j join sg_notification n on n.id = j.handler_cfg_
        where j.handler_type_ = ? and n.case_reference = ? and j.retries_ > 0 order by j.id_""",
        String.class, NotificationJobs.TYPE, caseReference);
  }

  /** tom retries each failed sending job (Cockpit's Retry, on its engine API); the four emails of the case then go once each. */
  private void retriedByTomThenSentOnceEach(List<String> jobs, String caseReference) {
    for (String job : jobs) {
      assertThat(rest.withBasicAuth("tom", "tom-demo").exchange("/engine-rest/job/" + job + "/retries", HttpMethod.PUT,
          new HttpEntity<>(Map.of("retries", 1)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(sendAll(caseReference)).isZero();
    assertThat(mailTo(POLICE, caseReference)).hasSize(1);
    assertThat(mailTo(HEALTH, caseReference)).hasSize(1);
    assertThat(mailTo(SOCIAL_WORKERS, caseReference)).hasSize(1);
    assertThat(mailTo(TEAM_MANAGERS, caseReference)).as("the convene task's email").hasSize(1);
  }

  /** Runs each of the case's sending jobs once, as the job executor would; returns how many failed. */
  private int sendAll(String caseReference) {
    int failed = 0;
    for (String job : jobsOf(caseReference)) {
      try {
        engine.getManagementService().executeJob(job);
      } catch (RuntimeException notSent) {
        failed++;
      }
    }
    return failed;
  }

  private List<MimeMessage> mailTo(String address, String caseReference) {
    return mailServer.received().stream().filter(m -> recipients(m).contains(address) && subjectOf(m).contains(caseReference)).toList();
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String messageIdOf(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String textOrEmpty(MimeMessage message) {
    try {
      return textOf(message);
    } catch (Exception e) {
      return "";
    }
  }

  private static String textOf(Part part) throws Exception {
    Collection<Part> parts = partsOf(part);
    return parts.stream().filter(p -> isType(p, "text/plain")).findFirst().map(p -> {
      try {
        return p.getContent().toString();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).orElseThrow();
  }

  private static String attachmentOf(Part part, String type) throws Exception {
    Part found = partsOf(part).stream().filter(p -> isType(p, type)).findFirst().orElseThrow();
    try (InputStream in = found.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static boolean isType(Part part, String type) {
    try {
      return part.isMimeType(type);
    } catch (Exception e) {
      return false;
    }
  }

  private static Collection<Part> partsOf(Part part) throws Exception {
    List<Part> parts = new ArrayList<>();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        parts.addAll(partsOf(child));
      }
    } else {
      parts.add(part);
    }
    return parts;
  }
}
