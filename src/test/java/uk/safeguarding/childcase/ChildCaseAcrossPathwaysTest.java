package uk.safeguarding.childcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * One child, several pathways: Amy's strategy discussion leads to a section 47 enquiry, an initial
 * child protection conference and a child protection plan (December 2026 to January 2027). Her case
 * was opened by the first of them, and it sees them all: the chronology (CHR-01) over REST with
 * need-to-know, and the RR-01 flags when plans repeat or alternate.
 */
class ChildCaseAcrossPathwaysTest extends ProcessTestBase {

  @Autowired
  ChildCaseOpening opening;
  @Autowired
  Chronology chronology;
  @Autowired
  CaseFlags flags;
  @Autowired
  TestRestTemplate rest;

  ConferenceScenario child;
  String caseReference;
  ProcessInstance plan;

  @BeforeEach
  void amysConferenceMakesAPlan() {
    opening.openAutomatically(true);
    caseReference = uniqueCaseReference();
    child = new ConferenceScenario(engine, caseReference);
    child.requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"), this::clock);
    child.holdConferenceMakingAPlan(this::clock);
    plan = child.plan();
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
  void chr01_theChronologyIsAssembledFromEveryPathwayOfTheChildInDateOrder() {
    List<ChronologyEntry> entries = chronology.of(caseReference);

    assertThat(entries).extracting(ChronologyEntry::at).isSorted();
    assertThat(entries).extracting(ChronologyEntry::source).contains("Strategy discussion", "Initial child protection conference",
        "Child protection plan", "The child's case");
    assertThat(entries).anySatisfy(entry -> {
      assertThat(entry.source()).isEqualTo("Strategy discussion");
      assertThat(entry.event()).isEqualTo("Strategy discussion outcome: section47");
    });
    // told once, where it was made, not again by every process the decision was passed on to
    assertThat(entries).filteredOn(entry -> entry.event().equals("Strategy discussion outcome: section47")).hasSize(1);
    assertThat(entries).filteredOn(entry -> entry.event().startsWith("Initial conference decision: ")).hasSize(1);
    assertThat(entries).anySatisfy(entry -> assertThat(entry.event()).startsWith("Record strategy discussion decisions"));
    int discussion = indexOf(entries, "Strategy discussion", "started");
    int conference = indexOf(entries, "Initial child protection conference", "started");
    int planStarted = indexOf(entries, "Child protection plan", "started");
    assertThat(discussion).isLessThan(conference).isLessThan(planStarted);
  }

  private static int indexOf(List<ChronologyEntry> entries, String source, String eventStart) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).source().equals(source) && entries.get(i).event().startsWith(eventStart)) {
        return i;
      }
    }
    throw new AssertionError("no '" + eventStart + "' of " + source);
  }

  @Test
  void chr01_needToKnow_anAgencyReadsTheChronologyOverRestOnlyOfACaseItIsInvolvedIn() {
    String path = "/api/cases/" + caseReference + "/chronology";

    assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<JsonNode> police = rest.withBasicAuth("paul", "paul-demo").getForEntity(path, JsonNode.class);
    assertThat(police.getStatusCode()).as("police contributed to the strategy discussion").isEqualTo(HttpStatus.OK);
    assertThat(police.getBody().get("entries").toString()).contains("Strategy discussion outcome: section47");
    ResponseEntity<String> virtualSchool = rest.withBasicAuth("vera", "vera-demo").getForEntity(path, String.class);
    assertThat(virtualSchool.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(virtualSchool.getBody()).contains("Need-to-know").doesNotContain("section47");
    assertThat(rest.withBasicAuth("sarah", "sarah-demo").getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> byPolice = rest.withBasicAuth("paul", "paul-demo").postForEntity(path,
        Map.of("date", "2027-01-02", "event", "Stepfather arrested"), String.class);
    assertThat(byPolice.getStatusCode()).as("only children's social care keeps the chronology").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> undated = rest.withBasicAuth("sarah", "sarah-demo").postForEntity(path, Map.of("event", "x"), String.class);
    assertThat(undated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(undated.getBody()).contains("CHR-01 date");
    assertThat(rest.withBasicAuth("sarah", "sarah-demo").postForEntity(path,
        Map.of("date", "2027-01-02", "event", "Stepfather arrested and bailed away from the home"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.withBasicAuth("paul", "paul-demo").getForObject(path, JsonNode.class).get("entries").toString())
        .contains("Stepfather arrested and bailed away from the home (added by sarah)");
  }

  @Test
  void ne01_aSocialWorkerReportsAFailedVisitOverRestAndTheSteppedApproachStarts() {
    String path = "/api/cases/" + caseReference + "/non-engagement";

    assertThat(rest.withBasicAuth("paul", "paul-demo").postForEntity(path, null, String.class).getStatusCode())
        .as("only children's social care reports it").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("sarah", "sarah-demo").postForEntity(path, null, String.class).getStatusCode())
        .as("a social worker may report it, though she may not set a case's variables herself").isEqualTo(HttpStatus.ACCEPTED);

    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(ChildCaseProcess.Element.MakeFurtherAttempt.name()).count()).isOne();
  }

  @Test
  void rr01_aSecondChildProtectionPlanAndAChildMovingBetweenCinAndCpAreFlaggedForTheManager() {
    assertThat(flags.forCase(caseReference)).isEmpty();
    clockAt("2027-01-20T10:00");
    Map<String, Object> cin = new HashMap<>();
    cin.put("caseReference", caseReference);
    cin.put("childName", "Amy Test");
    cin.put("childDateOfBirth", "2018-05-14");
    cin.put("householdMembers", "Mother (Jo Test)");
    cin.put("childInNeedPlanSource", "reviewConference");
    cin.put("involvedAgencies", List.of("health", "education"));
    engine.getRuntimeService().createMessageCorrelation("ChildInNeedPlanRequested")
        .processInstanceBusinessKey(caseReference).setVariables(cin).correlateStartMessage();
    assertThat(flags.forCase(caseReference)).as("CP then CiN is one move, not yet back and forth").isEmpty();

    clockAt("2027-01-27T10:00");
    engine.getRuntimeService().startProcessInstanceByKey("ChildProtectionPlan", caseReference,
        engine.getRuntimeService().getVariables(plan.getId()));

    assertThat(flags.forCase(caseReference)).extracting(CaseFlags.CaseFlag::reason).containsExactlyInAnyOrder(
        "Child protection plan number 2 for this child",
        "The child has moved back and forth between child in need and child protection: CP plan -> CiN plan -> CP plan");
    List<Task> flagTasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(ChildCaseProcess.Element.ReviewCaseFlag.name()).list();
    assertThat(flagTasks).hasSize(2).allSatisfy(task -> {
      assertThat(candidateGroups(task)).containsExactly("csc-team-manager");
      assertThat(londonDateTime(task.getDueDate())).isEqualTo("2027-01-28T23:59:59");
    });
    assertThat(flagTasks).extracting(task -> String.valueOf(engine.getTaskService().getVariableLocal(task.getId(), "caseFlag")))
        .containsExactlyInAnyOrder("Child protection plan number 2 for this child",
            "The child has moved back and forth between child in need and child protection: CP plan -> CiN plan -> CP plan");
  }
}
