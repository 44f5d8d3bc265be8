package uk.safeguarding.childcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.childcase.CorrectCaseRecordProcess.Element;
import uk.safeguarding.contract.CaseWriteRefusedException;
import uk.safeguarding.lado.LadoReferralProcess;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * Correcting the case record (issue 15, REC-01, CHR-01): Amy's name was recorded wrongly when the
 * school referred her coach to the LADO and a strategy discussion started on Wednesday 9 December
 * 2026. No task may change it; Sarah, her social worker, corrects it once, with a reason, in every
 * running process of the child, and the chronology says who did it, when, from what to what and why.
 */
class CorrectCaseRecordProcessTest extends ProcessTestBase {

  @Autowired
  ChildCaseOpening opening;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  CaseRecordCorrections corrections;

  String caseReference;

  @BeforeEach
  void amysCaseIsOpen() {
    opening.openAutomatically(true);
    clockAt("2026-12-09T11:00");
    caseReference = uniqueCaseReference();
  }

  @AfterEach
  void pathwaysTestsRunWithoutIt() {
    opening.openAutomatically(false);
  }

  ProcessInstance ladoReferral() {
    Map<String, Object> v = ChildCaseProcessTest.ladoReferralFromSchool(caseReference, "Amy Tset");
    return as("emma", "education", () -> engine.getRuntimeService().startProcessInstanceByKey(LadoReferralProcess.KEY, v));
  }

  ProcessInstance strategyDiscussion(Object dateOfBirth) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Amy Tset");
    v.put("childDateOfBirth", dateOfBirth);
    v.put("householdMembers", "Mother; stepfather");
    v.put("concern", "Bruising seen at school");
    v.put("concernRaisedDate", WorkingDayCalendar.today().toString());
    v.put("childInEducation", true);
    return as("sarah", "csc-social-worker",
        () -> engine.getRuntimeService().startProcessInstanceByKey(StrategyDiscussionProcess.KEY, v));
  }

  Map<String, Object> correction(String fact, String field, Object value, String reason) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("correctedFact", fact);
    v.put(field, value);
    v.put("correctionReason", reason);
    return v;
  }

  ProcessInstance correct(String user, String group, Map<String, Object> answers) {
    return as(user, group, () -> engine.getRuntimeService().startProcessInstanceByKey(CorrectCaseRecordProcess.KEY, answers));
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  JsonNode chronologyOverRest(String user) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(user, user + "-demo")
        .getForEntity("/api/cases/" + caseReference + "/chronology", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody().get("entries");
  }

  List<JsonNode> corrections(JsonNode entries) {
    List<JsonNode> found = new ArrayList<>();
    entries.forEach(entry -> {
      if (entry.get("source").asText().equals("Case record corrected")) {
        found.add(entry);
      }
    });
    return found;
  }

  long childCases() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
        .processInstanceBusinessKey(caseReference).count();
  }

  @Test
  void rec01_chr01_aCorrectedNameChangesEveryRunningProcessOfTheChildAndTheChronologySaysWhoWhenWhatAndWhy() {
    ProcessInstance lado = ladoReferral();
    ProcessInstance discussion = strategyDiscussion("2018-05-14");
    ProcessInstance childCase = runningFor(caseReference, ChildCaseProcess.KEY);
    assertThat(childCase).isNotNull();

    // nobody changes a fact of the case by hand, not even her own social worker
    assertThatThrownBy(() -> as("sarah", "csc-social-worker", () -> {
      engine.getRuntimeService().setVariable(discussion.getId(), "childName", "Amy Test");
      return null;
    })).isInstanceOf(CaseWriteRefusedException.class).hasMessageContaining("Correct the case record");

    clockAt("2026-12-10T09:30");
    ProcessInstance correction = correct("sarah", "csc-social-worker", correction("childName", "correctedValue", " Amy Test ",
        "The birth certificate seen at the home visit spells it Test"));

    assertThat(variable(lado, "childName")).isEqualTo("Amy Test");
    assertThat(variable(discussion, "childName")).isEqualTo("Amy Test");
    assertThat(variable(childCase, "childName")).isEqualTo("Amy Test");
    assertThat(correction.isEnded()).isTrue();
    HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(correction.getId()).singleResult();
    assertThat(done.getBusinessKey()).isEqualTo(caseReference);
    assertThat(done.getEndActivityId()).isEqualTo(Element.CaseRecordCorrected.name());
    assertThat(childCases()).as("a correction is no pathway: it opens no second case").isEqualTo(1);

    List<JsonNode> told = corrections(chronologyOverRest("sarah"));
    assertThat(told).hasSize(1);
    assertThat(told.get(0).get("at").asText()).startsWith("2026-12-10T09:30");
    assertThat(told.get(0).get("event").asText())
        .isEqualTo("The child's name corrected from 'Amy Tset' to 'Amy Test' by sarah in 3 running processes."
            + " Reason: The birth certificate seen at the home visit spells it Test");
    assertThat(chronologyOverRest("sarah").toString()).as("the correction is told once, not as a process started and ended")
        .doesNotContain("Correct the case record");
    assertThat(corrections.forCase(caseReference)).singleElement()
        .satisfies(row -> assertThat(row.correctedBy()).isEqualTo("sarah"));

    // the same value again is nothing to correct
    assertThatThrownBy(() -> correct("tom", "csc-team-manager", correction("childName", "correctedValue", "Amy Test",
        "Checked again"))).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("REC-01 correctedValue: the case record already holds this");
  }

  @Test
  void rec01_aDateOfBirthIsCorrectedInTheTypeEachProcessKeepsItInAndNeverToTheFuture() {
    ProcessInstance fromTheForm = strategyDiscussion("2018-05-14");
    ProcessInstance fromARestClient = strategyDiscussion(NextPathway.day(LocalDate.parse("2018-05-14")));
    ProcessInstance childCase = runningFor(caseReference, ChildCaseProcess.KEY);

    assertThatThrownBy(() -> correct("sunita", "csc-service-manager", correction("childDateOfBirth", "correctedDateOfBirth",
        "2026-12-11", "Typed the referral date by mistake"))).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("REC-01 correctedDateOfBirth: cannot be in the future");
    assertThatThrownBy(() -> correct("sunita", "csc-service-manager", correction("childDateOfBirth", "correctedValue",
        "2018-05-15", "Sent as text"))).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("REC-01 correctedDateOfBirth: The child's corrected date of birth is required");

    correct("sunita", "csc-service-manager", correction("childDateOfBirth", "correctedDateOfBirth", "2018-05-15",
        "The GP record gives the 15th"));

    assertThat(variable(fromTheForm, "childDateOfBirth")).isEqualTo("2018-05-15");
    assertThat(variable(fromARestClient, "childDateOfBirth")).isEqualTo(NextPathway.day(LocalDate.parse("2018-05-15")));
    assertThat(variable(fromARestClient, "childDateOfBirth")).isInstanceOf(Date.class);
    assertThat(variable(childCase, "childDateOfBirth")).isEqualTo("2018-05-15");
    assertThat(corrections.forCase(caseReference)).singleElement().satisfies(row -> {
      assertThat(row.oldValue()).isEqualTo("2018-05-14");
      assertThat(row.newValue()).isEqualTo("2018-05-15");
      assertThat(row.correctedBy()).isEqualTo("sunita");
      assertThat(row.processesCorrected()).isEqualTo(3);
    });
  }

  @Test
  void rec01_policeCannotCorrectACaseRecordOverRest() {
    ProcessInstance discussion = strategyDiscussion("2018-05-14");

    ResponseEntity<String> refused = rest.withBasicAuth("paul", "paul-demo").postForEntity(
        "/engine-rest/process-definition/key/CorrectCaseRecord/start", Map.of("variables", restValues(
            correction("childName", "correctedValue", "Amy Test", "Police national computer"))), String.class);

    assertThat(refused.getStatusCode()).as("only children's social care may start it").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).doesNotContain("Amy Tset");
    assertThat(variable(discussion, "childName")).isEqualTo("Amy Tset");
    assertThat(corrections.forCase(caseReference)).isEmpty();
  }

  @Test
  void rec01_aCorrectionWithoutAReasonIsA400NamingTheFieldAndChangesNothing() {
    ProcessInstance discussion = strategyDiscussion("2018-05-14");

    ResponseEntity<JsonNode> refused = rest.withBasicAuth("sarah", "sarah-demo").postForEntity(
        "/engine-rest/process-definition/key/CorrectCaseRecord/start", Map.of("variables", restValues(
            correction("childName", "correctedValue", "Amy Test", "  "))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("REC-01 correctionReason: The reason for the correction is required");
    assertThat(variable(discussion, "childName")).isEqualTo("Amy Tset");
    assertThat(corrections(chronologyOverRest("sarah"))).isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CorrectCaseRecordProcess.KEY).processInstanceBusinessKey(caseReference).count()).isZero();

    // as Tasklist submits the start form: the form's fields and nothing else
    ResponseEntity<JsonNode> corrected = rest.withBasicAuth("sarah", "sarah-demo").postForEntity(
        "/engine-rest/process-definition/key/CorrectCaseRecord/submit-form", Map.of("variables", restValues(
            correction("childName", "correctedValue", "Amy Test", "Birth certificate"))), JsonNode.class);
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(corrected.getBody().get("businessKey").asText()).isEqualTo(caseReference);
    assertThat(variable(discussion, "childName")).isEqualTo("Amy Test");
    assertThat(corrections(chronologyOverRest("sarah"))).singleElement()
        .satisfies(entry -> assertThat(entry.get("event").asText()).contains("by sarah", "Reason: Birth certificate"));
  }

  @Test
  void rec01_anUnknownStandardsProfileOrFactIsRefusedAndAKnownProfileIsCorrected() {
    ProcessInstance discussion = strategyDiscussion("2018-05-14");
    ProcessInstance childCase = runningFor(caseReference, ChildCaseProcess.KEY);

    assertThatThrownBy(() -> correct("tom", "csc-team-manager", correction("standardsProfile", "correctedValue", "narnia",
        "Moved authority"))).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("REC-01 correctedValue: no standards profile 'narnia'");
    assertThatThrownBy(() -> correct("tom", "csc-team-manager", correction("concern", "correctedValue", "Something else",
        "Wrong concern"))).hasMessageContaining("correctedFact");
    assertThatThrownBy(() -> correct("tom", "csc-team-manager", correction("childName", "correctedValue", "Amy Test", null)))
        .hasMessageContaining("REC-01 correctionReason");
    assertThat(variable(discussion, "standardsProfile")).isEqualTo("national");

    correct("tom", "csc-team-manager", correction("standardsProfile", "correctedValue", "manchester",
        "The child lives in Manchester: the referral chose the national profile by mistake"));

    assertThat(variable(discussion, "standardsProfile")).isEqualTo("manchester");
    assertThat(variable(childCase, "standardsProfile")).isEqualTo("manchester");
    assertThat(corrections(chronologyOverRest("tom")).get(0).get("event").asText())
        .startsWith("The authority's standards profile corrected from 'national' to 'manchester' by tom");
  }

  @Test
  void rec01_aCaseWithNoRunningProcessIsNotCorrectedAndNoCaseIsOpened() {
    assertThatThrownBy(() -> correct("sarah", "csc-social-worker", correction("childName", "correctedValue", "Amy Test",
        "Birth certificate"))).isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("REC-01 caseReference: no process of the child runs under '" + caseReference + "'");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .count()).as("no child's case, no correction").isZero();
    assertThat(corrections.forCase(caseReference)).isEmpty();
  }

  private static Map<String, Object> restValues(Map<String, Object> values) {
    Map<String, Object> typed = new HashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
    return typed;
  }
}
