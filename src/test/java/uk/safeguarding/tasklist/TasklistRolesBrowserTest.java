package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.identity.TasklistFilters;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Role by role in Debian's Chromium (issue 16, item 8; {@code src/browser-test/role-journey.js}): a
 * team manager, a police officer, a health visitor, a school's safeguarding lead, a social worker and
 * a conference chair each log in, land on their agency's tray where every card is their agency's, with
 * the child's name and a due date as DD/MM/YYYY, and in the child's case see only their own card though
 * other agencies have work in it. Each gives an answer the server's gate refuses and reads its message
 * (rule ID and field) in Tasklist, corrects it, saves a draft, reloads the page, finds the draft and
 * completes; the engine then holds the corrected answer and the next step is there. axe-core finds no
 * serious or critical violation in the task's form ({@code .fjs-container}); Tasklist's own chrome
 * around it has some (see role-journey.js), which are logged, not asserted.
 *
 * <p>The cases are set up in the engine: a strategy discussion waiting to be convened (the team
 * manager), and conferences requested by a section 47 enquiry (ConferenceScenario), one waiting for the
 * chair and one convened, waiting for the agencies' reports and the social worker's assessment.
 */
@Tag(BrowserJourney.TAG)
class TasklistRolesBrowserTest extends ProcessTestBase {

  private static final DateTimeFormatter ENGLAND = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String DUE = ".*Due \\w{3} \\d{2}/\\d{2}/\\d{4}.*";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Test
  void sd03_theTeamManagerConvenesAStrategyDiscussionAsAMeetingAfterBeingToldACallWillNotDo() throws Exception {
    String reference = uniqueCaseReference();
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, reference);
    ProcessInstance discussion = child.start(referral(reference, "Tia Manager", today().toString()));
    conferenceWaitingForReports("Sam Other");  // a case with other agencies' work, none of it the team manager's
    Task task = task(discussion.getId(), "ConveneStrategyDiscussion");

    BrowserJourney.Run run = journey("tom", Agency.CSC_TEAM_MANAGER, task, reference, "Tia Manager", "SD-03",
        List.of(date("Date of the strategy discussion", ENGLAND.format(today())),
            check("Agencies invited", "Children's social care (allocated social worker)"), check("Agencies invited", "Police"),
            check("Agencies invited", "Health"), check("Agencies invited", "Education"),
            check("Complexity factors", "Multiple or organised abuse")),
        List.of(choose("Meeting or call", "Call")),
        List.of(choose("Meeting or call", "Meeting")), "Meeting or call");

    assertThat(run.line("REFUSED")).contains("SD-03", "discussionFormat", "must be 'meeting', not a call");
    assertThat(run.line("RESTORED")).isEqualTo("Meeting");
    assertCompleted(task, "tom");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(discussion.getId())
        .variableName("discussionFormat").singleResult().getValue()).isEqualTo("meeting");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(discussion.getId())
        .taskDefinitionKey("ContributeToStrategyDiscussion").count()).as("the agencies' contributions, the next step").isEqualTo(4);
  }

  @Test
  void icpc03_thePoliceReportForConferenceIsRefusedUntilItSaysWhyTheFamilyHasNotSeenIt() throws Exception {
    agencyReport("paul", Agency.POLICE, "Rory Police");
  }

  @Test
  void icpc03_theHealthVisitorsReportForConferenceIsRefusedUntilItSaysWhyTheFamilyHasNotSeenIt() throws Exception {
    agencyReport("helen", Agency.HEALTH, "Rory Health");
  }

  @Test
  void icpc03_theSchoolsReportForConferenceIsRefusedUntilItSaysWhyTheFamilyHasNotSeenIt() throws Exception {
    agencyReport("emma", Agency.EDUCATION, "Rory School");
  }

  @Test
  void icpc03_theSocialWorkersAssessmentForConferenceIsRefusedUntilItSaysWhyTheFamilyHasNotSeenIt() throws Exception {
    String reference = conferenceWaitingForReports("Rory Social");
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("PrepareConferenceAssessment").singleResult();
    String reason = "Mother is in hospital until Monday; the social worker will go through it with her there";

    BrowserJourney.Run run = journey("sarah", Agency.CSC_SOCIAL_WORKER, task, reference, "Rory Social", "ICPC-03",
        List.of(fill("Assessment / report for conference", "Rory is not safe while his stepfather lives at home")),
        List.of(choose("Has it been shared with the family?", "No")),
        List.of(fill("Why not", reason)), "Why not");

    assertThat(run.line("REFUSED")).contains("ICPC-03", "assessmentNotSharedReason", "Why it has not been shared with the family");
    assertThat(run.line("RESTORED")).isEqualTo(reason);
    assertCompleted(task, "sarah");
    assertThat(written(task, "assessmentNotSharedReason")).isEqualTo(reason);
  }

  @Test
  void icpc01_theChairConvenesTheInitialConferenceAfterADateInThePastIsRefused() throws Exception {
    String reference = conferenceRequested("Cara Chair");
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("ConveneInitialConference").singleResult();
    LocalDate yesterday = today().minusDays(1);
    LocalDate conference = today().plusDays(7);

    BrowserJourney.Run run = journey("carol", Agency.CP_CHAIR, task, reference, "Cara Chair", "ICPC-01",
        List.of(), List.of(date("Date of the conference", ENGLAND.format(yesterday))),
        List.of(date("Date of the conference", ENGLAND.format(conference))), "Date of the conference");

    assertThat(run.line("REFUSED")).contains("ICPC-01", "conferenceDate", "cannot be in the past (" + ENGLAND.format(yesterday) + ")");
    assertThat(run.line("RESTORED")).isEqualTo(ENGLAND.format(conference));
    assertCompleted(task, "carol");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName("conferenceDate").singleResult().getValue()).isEqualTo(conference.toString());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("ProvideConferenceReport").count()).as("the agencies' reports, the next step").isEqualTo(3);
  }

  // --- the journey and what every role's run shows ------------------------------------------------

  private void agencyReport(String user, Agency agency, String childName) throws Exception {
    String reference = conferenceWaitingForReports(childName);
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("ProvideConferenceReport").taskCandidateGroup(agency.groupId()).singleResult();
    String reason = "Sharing it now would warn the stepfather before the police interview (" + user + ")";

    BrowserJourney.Run run = journey(user, agency, task, reference, childName, "ICPC-03",
        List.of(fill("Your agency's report", "Known to us since 2024; bruising seen twice this term"),
            choose("Your agency's recommendation", "Child protection plan")),
        List.of(choose("Has the report been shared with the family?", "No")),
        List.of(fill("Why it has not been shared", reason)), "Why it has not been shared");

    assertThat(run.line("REFUSED")).contains("ICPC-03", "reportNotSharedReason", "Why the report has not been shared with the family");
    assertThat(run.line("RESTORED")).isEqualTo(reason);
    assertCompleted(task, user);
    assertThat(written(task, "reportNotSharedReason")).isEqualTo(reason);
    assertThat(written(task, "reportSharedWithFamily")).isIn(false, "false");
  }

  /**
   * Runs the role's journey and checks what every role sees: the agency's tray by default, only the
   * agency's cards there and in the child's case, each with the child and a DD/MM/YYYY due date; the
   * gate's message naming its rule in Tasklist; the draft saved and restored; no serious axe finding.
   */
  private BrowserJourney.Run journey(String user, Agency agency, Task task, String reference, String childName, String rule,
      List<Map<String, String>> answers, List<Map<String, String>> bad, List<Map<String, String>> good, String draftField)
      throws Exception {
    ClockUtil.reset();
    String chromium = BrowserJourney.requireChromium();
    String screenshot = BrowserJourney.freshScreenshot("roles-" + user + ".png");
    BrowserJourney.Run run = BrowserJourney.run(chromium, "role-journey.js", "roles-" + user,
        "--base-url", "http://localhost:" + port, "--user", user, "--password", user + "-demo",
        "--task-id", task.getId(), "--case-reference", reference, "--filter", TasklistFilters.MY_AGENCYS_TASKS,
        "--rule", rule, "--answers", JSON.writeValueAsString(answers), "--bad", JSON.writeValueAsString(bad),
        "--good", JSON.writeValueAsString(good), "--draft-field", draftField, "--screenshot", screenshot);
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    assertThat(run.line("DEFAULT")).isEqualTo(TasklistFilters.MY_AGENCYS_TASKS);
    // a card names the groups its task is offered to: the agency's own, perhaps beside another's (a looked
    // after child's education plan goes to the school and the virtual school)
    assertThat(run.lines("TRAY")).isNotEmpty().allSatisfy(card -> assertThat(", " + card.substring(0, card.indexOf(" | ")) + ", ")
        .as(card).contains(", " + agency.displayName() + ", "));
    assertThat(run.lines("TRAY")).allSatisfy(card -> assertThat(card).matches(".+ \\| .+ \\| .+ \\| " + DUE.substring(2)));
    assertThat(run.line("CASE-CARD")).as("the only card of the child's case %s sees", user)
        .startsWith(task.getName() + " | " + agency.displayName() + " | " + childName + " | ").matches(DUE);
    assertThat(run.line("MESSAGE")).as("the gate's words, without the engine's wrapping and the task's id")
        .contains(": " + rule + " ").doesNotContain("Cannot submit task form", task.getId());
    assertThat(run.line("SAVED")).matches("Draft saved at \\d{2}:\\d{2}");
    assertThat(run.line("RESTORED-STATUS")).startsWith("Draft restored: saved by ");
    assertThat(run.line("AXE-FORM-SERIOUS")).as("serious or critical axe-core findings in the form").isEqualTo("0");
    assertThat(run.line("AXE-SERIOUS")).as("serious or critical axe-core findings on the whole task page").isEqualTo("0");
    assertThat(run.line("COMPLETED")).isEqualTo(task.getId());
    return run;
  }

  private void assertCompleted(Task task, String user) {
    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    assertThat(done.getAssignee()).isEqualTo(user);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  /**
   * An answer the task kept: an agency's report is local to its own task (one of several, in the
   * multi-instance execution); the social worker's assessment is the conference's only one.
   */
  private Object written(Task task, String name) {
    List<HistoricVariableInstance> values = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).variableName(name).list();
    return values.stream()
        .filter(value -> values.size() == 1 || task.getId().equals(value.getTaskId())
            || task.getExecutionId().equals(value.getExecutionId()))
        .map(HistoricVariableInstance::getValue).findFirst().orElse(null);
  }

  // --- the cases --------------------------------------------------------------------------------

  /** A conference requested by the section 47 enquiry, waiting for the chair to convene it. */
  private String conferenceRequested(String childName) {
    String reference = uniqueCaseReference();
    new ConferenceScenario(engine, reference).requestConference(referral(reference, childName, "2026-12-09"), day -> {
      clockAt(day);
      return null;
    });
    ClockUtil.reset();
    return reference;
  }

  /** A conference convened for next week with the police, health and education: their reports are due. */
  private String conferenceWaitingForReports(String childName) {
    String reference = conferenceRequested(childName);
    Task convene = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("ConveneInitialConference").singleResult();
    engine.getTaskService().complete(convene.getId(), Map.of(
        "conferenceDate", today().plusDays(7).toString(), "conferenceAgencies", "police,health,education"));
    return reference;
  }

  private static Map<String, Object> referral(String reference, String childName, String concernDate) {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(reference, concernDate);
    referral.put("childName", childName);
    return referral;
  }

  private static LocalDate today() {
    return LocalDate.now(WorkingDayCalendar.LONDON);
  }

  private static Map<String, String> fill(String label, String value) {
    return Map.of("do", "fill", "label", label, "value", value);
  }

  private static Map<String, String> date(String label, String value) {
    return Map.of("do", "date", "label", label, "value", value);
  }

  private static Map<String, String> choose(String label, String option) {
    return Map.of("do", "choose", "label", label, "value", option);
  }

  private static Map<String, String> check(String label, String option) {
    return Map.of("do", "check", "label", label, "value", option);
  }
}
