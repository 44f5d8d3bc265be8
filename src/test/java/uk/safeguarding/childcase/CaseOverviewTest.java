package uk.safeguarding.childcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.WebappSession;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.conference.CoreGroupsAndVisitsProcess;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * The child's case in one view over REST ({@code GET /api/cases/{ref}/overview}, the case page's data):
 * Amy's initial conference made a child protection plan on Monday 4 January 2027; on Tuesday 19 January
 * her first core group and her first statutory visit are a day late (CG-01, CG-06 breaches). Need-to-know
 * as for the chronology (CHR-01): police, who contributed to her strategy discussion, see the case; the
 * virtual school, never involved, is refused. A practitioner signed in to Tasklist reads it with her
 * Tasklist session; changing a case still takes HTTP Basic.
 */
class CaseOverviewTest extends ProcessTestBase {

  @Autowired
  ChildCaseOpening opening;
  @Autowired
  TestRestTemplate rest;

  String caseReference;
  String path;

  @BeforeEach
  void amyIsOnAChildProtectionPlanAndHerFirstCoreGroupIsLate() {
    opening.openAutomatically(true);
    caseReference = uniqueCaseReference();
    path = "/api/cases/" + caseReference + "/overview";
    ConferenceScenario child = new ConferenceScenario(engine, caseReference);
    child.requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"), this::clock);
    child.holdConferenceMakingAPlan(this::clock);
    clockAt("2027-01-19T10:00");
    for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).list()) {
      fireDueTimers(instance.getId());
    }
  }

  @AfterEach
  void pathwaysTestsRunWithoutIt() {
    opening.openAutomatically(false);
  }

  private Void clock(String day) {
    clockAt(day);
    return null;
  }

  @Test
  void cg01_chr01_aSocialWorkerSeesTheChildThePlansNextDatesTheOpenWorkTheBreachAndTheChronology() {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth("sarah", "sarah-demo").getForEntity(path, JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode overview = answer.getBody();
    JsonNode child = overview.get("child");
    assertThat(child.get("caseReference").asText()).isEqualTo(caseReference);
    assertThat(child.get("name").asText()).isEqualTo("Amy Test");
    assertThat(child.get("dateOfBirth").asText()).isEqualTo("2018-05-14");
    assertThat(child.get("profileId").asText()).isEqualTo("national");

    // The plan and its next dates, as the pathway holds them: the first core group and visit were due on
    // Monday 18 January (CG-01, CG-06), the first review conference within three months (RCPC-01).
    JsonNode plan = only(overview.get("plans"), "name", "Child protection plan");
    assertThat(plan.get("since").asText()).isEqualTo("2027-01-04");
    assertThat(nextDate(plan, "Next core group")).isEqualTo("2027-01-18 due")
        .isEqualTo(dueDay(CoreGroupsAndVisitsProcess.Element.RecordFirstCoreGroupMeeting.name()) + " due");
    assertThat(nextDate(plan, "Next statutory visit")).isEqualTo("2027-01-18 due")
        .isEqualTo(dueDay(CoreGroupsAndVisitsProcess.Element.RecordStatutoryVisit.name()) + " due");
    assertThat(nextDate(plan, "Next review conference")).isEqualTo("2027-04-04 due");

    // The open work of every pathway of the child: the plan's, the case's own and the manager's breach reviews.
    JsonNode coreGroup = only(overview.get("openWork"), "task", "Record first core group meeting");
    assertThat(coreGroup.get("pathway").asText()).isEqualTo("Core groups and statutory visits");
    assertThat(coreGroup.get("agency").asText()).isEqualTo("Children's social care social workers");
    assertThat(coreGroup.get("dueDay").asText()).isEqualTo("2027-01-18");
    assertThat(coreGroup.get("overdue").asBoolean()).isTrue();
    assertThat(values(overview.get("openWork"), "pathway")).contains("Core groups and statutory visits",
        "Review child protection conference", "Standards breach review");
    assertThat(values(overview.get("openWork"), "dueDay")).as("soonest due first").isSorted();

    JsonNode breach = only(overview.get("breaches"), "ruleId", "CG-01");
    assertThat(breach.get("step").asText()).isEqualTo("Record first core group meeting");
    assertThat(breach.get("dueDay").asText()).isEqualTo("2027-01-18");
    assertThat(breach.get("rule").asText()).isNotBlank();
    assertThat(breach.get("noticedAt").asText()).startsWith("2027-01-19T");
    assertThat(values(overview.get("breaches"), "ruleId")).contains("CG-06");

    assertThat(values(overview.get("chronology"), "event")).contains("Strategy discussion outcome: section47",
        "Initial conference decision: childProtectionPlan");
  }

  @Test
  void aChildInNeedPlanBesideTheProtectionPlanShowsWithItsNextMeetingAsThePlanHoldsIt() {
    Map<String, Object> cin = new HashMap<>();
    cin.put("caseReference", caseReference);
    cin.put("childName", "Amy Test");
    cin.put("childDateOfBirth", "2018-05-14");
    cin.put("householdMembers", "Mother (Jo Test)");
    cin.put("childInNeedPlanSource", "reviewConference");
    cin.put("involvedAgencies", List.of("health", "education"));
    engine.getRuntimeService().createMessageCorrelation("ChildInNeedPlanRequested")
        .processInstanceBusinessKey(caseReference).setVariables(cin).correlateStartMessage();
    Object meetingDueBy = engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(runningFor(caseReference, ChildInNeedPlanProcess.KEY).getId())
        .variableName(ChildInNeedMeetingProcess.Variables.MEETING_DUE_BY).singleResult().getValue();

    JsonNode overview = rest.withBasicAuth("sarah", "sarah-demo").getForObject(path, JsonNode.class);

    assertThat(values(overview.get("plans"), "name")).containsExactly("Child protection plan", "Child in need plan");
    JsonNode plan = only(overview.get("plans"), "name", "Child in need plan");
    assertThat(plan.get("since").asText()).isEqualTo("2027-01-19");
    assertThat(nextDate(plan, "Next child in need meeting or review"))
        .isEqualTo(CaseOverview.day(meetingDueBy) + " due");
    assertThat(values(overview.get("openWork"), "pathway")).contains("Child in need plan");
  }

  @Test
  void chr01_needToKnow_policeInvolvedInTheCaseSeeItAndAnAgencyNeverInvolvedIsRefused() {
    ResponseEntity<JsonNode> police = rest.withBasicAuth("paul", "paul-demo").getForEntity(path, JsonNode.class);
    assertThat(police.getStatusCode()).as("police contributed to the strategy discussion").isEqualTo(HttpStatus.OK);
    assertThat(police.getBody().get("child").get("name").asText()).isEqualTo("Amy Test");
    assertThat(values(police.getBody().get("breaches"), "ruleId")).contains("CG-01");

    ResponseEntity<String> virtualSchool = rest.withBasicAuth("vera", "vera-demo").getForEntity(path, String.class);
    assertThat(virtualSchool.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(virtualSchool.getBody()).contains("Need-to-know: your agency is not involved in case " + caseReference)
        .doesNotContain("Amy").doesNotContain("CG-01");

    ResponseEntity<String> unknown = rest.withBasicAuth("sarah", "sarah-demo")
        .getForEntity("/api/cases/CR-NO-SUCH-CASE/overview", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("There is no case CR-NO-SUCH-CASE");
  }

  @Test
  void aPractitionerSignedInToTasklistReadsTheCaseWithHerSessionButChangesItOnlyWithHttpBasic() {
    ResponseEntity<String> nobody = rest.getForEntity(path, String.class);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(nobody.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    HttpHeaders fromThePage = new HttpHeaders();
    fromThePage.set("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<String> pageNotSignedIn = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(fromThePage), String.class);
    assertThat(pageNotSignedIn.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(pageNotSignedIn.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
        .as("no Basic challenge for the page: the browser would open its own log-in box").isNull();

    HttpHeaders session = new HttpHeaders();
    session.set(HttpHeaders.COOKIE, tasklistSession("sarah", "sarah-demo"));
    session.set("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<JsonNode> read = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), JsonNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody().get("child").get("name").asText()).isEqualTo("Amy Test");

    HttpHeaders veraSession = new HttpHeaders();
    veraSession.set(HttpHeaders.COOKIE, tasklistSession("vera", "vera-demo"));
    assertThat(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(veraSession), String.class).getStatusCode())
        .as("the session is the practitioner's own: need-to-know applies to it").isEqualTo(HttpStatus.FORBIDDEN);

    session.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> write = rest.exchange("/api/cases/" + caseReference + "/chronology", HttpMethod.POST,
        new HttpEntity<>("{\"date\": \"2027-01-19\", \"event\": \"Written with a session cookie\"}", session), String.class);
    assertThat(write.getStatusCode()).as("a cookie another site could make the browser send changes nothing")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String tasklistSession(String user, String password) {
    return WebappSession.signIn(rest, user, password);
  }

  private String dueDay(String taskDefinitionKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    return task.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString();
  }

  private static String nextDate(JsonNode plan, String label) {
    JsonNode next = only(plan.get("nextDates"), "label", label);
    return next.get("date").asText() + " " + next.get("kind").asText();
  }

  private static JsonNode only(JsonNode array, String field, String value) {
    List<JsonNode> found = StreamSupport.stream(array.spliterator(), false)
        .filter(node -> value.equals(node.path(field).asText())).toList();
    assertThat(found).as("%s = %s in %s", field, value, array).hasSize(1);
    return found.get(0);
  }

  private static List<String> values(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
  }
}
