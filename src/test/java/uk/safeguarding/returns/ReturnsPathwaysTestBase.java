package uk.safeguarding.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.assessment.AssessmentScenario;
import uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess;
import uk.safeguarding.childcase.ChildCaseOpening;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.frontdoor.ContactProcess;
import uk.safeguarding.frontdoor.ContactScenario;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * The children the returns' tests run through the real pathways on the engine clock, shared by the
 * census's tests and Annex A's: one referred by her school, assessed and her case closed, one through a
 * strategy discussion and section 47 enquiry to a conference and a child protection plan.
 */
abstract class ReturnsPathwaysTestBase extends ProcessTestBase {

  @Autowired
  CinCensusRecords records;
  @Autowired
  CinCensusValidation validation;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ChildCaseOpening opening;

  /** As in production: a child's first pathway opens the child's case, the census's episode. */
  @BeforeEach
  void everyChildHasACase() {
    opening.openAutomatically(true);
  }

  @AfterEach
  void pathwaysTestsRunWithoutIt() {
    opening.openAutomatically(false);
  }

  /** The manager agrees to close the assessed child's case on Monday 21 December 2026: RC8, closed after assessment. */
  void closedAfterAssessment(String caseReference) {
    clockAt("2026-12-21T10:00");
    ProcessInstance childCase = runningFor(caseReference, ChildCaseProcess.KEY);
    Map<String, Object> supervision = new HashMap<>(Map.of("supervisionDate", "2026-12-21", "supervisionKind", "formal",
        "supervisionRecord", "Assessment authorised: no further action.", "nextStepForCase", "proposeClosure",
        "familyNotEngaging", false, "caseSummary", "Mother's low mood explained the mornings; she accepts help from her GP."));
    complete(task(childCase.getId(), "SuperviseCase"), "tom", "csc-team-manager", supervision);
    complete(task(childCase.getId(), "PrepareCaseClosure"), "sarah", "csc-social-worker", Map.of("chronologyReviewed", true,
        "genogramReference", "DOC-4471 genogram 2026-12", "closureSummary", "No further action after the assessment."));
    Task decision = task(childCase.getId(), "DecideCaseClosure");
    assertThatThrownBy(() -> complete(decision, "tom", "csc-team-manager",
        Map.of("closureDecision", "close", "closureDecisionReasons", "Agreed")))
        .hasMessageContaining("CL-01 reasonForClosure");
    assertThatThrownBy(() -> complete(decision, "tom", "csc-team-manager",
        Map.of("closureDecision", "close", "closureDecisionReasons", "Agreed", "reasonForClosure", "closed")))
        .as("the contract takes only the census's codes").hasMessageContaining("reasonForClosure");
    complete(decision, "tom", "csc-team-manager",
        Map.of("closureDecision", "close", "closureDecisionReasons", "Agreed", "reasonForClosure", "RC8"));
  }

  /** A contact from school on Wednesday 9 December 2026, referred for assessment, visited, written up and authorised. */
  String referredAndAssessed() {
    String caseReference = uniqueCaseReference();
    clockAt("2026-12-09T10:00");
    Map<String, Object> contact = ContactScenario.fromSchool(caseReference, "4");
    contact.put("childSex", "F");
    contact.put("childEthnicity", "WBRI");
    contact.put("childDisabilities", new ArrayList<>(List.of("NONE")));
    contact.put("childUpn", "P201123456789");
    Map<String, Object> inWords = new HashMap<>(contact);
    inWords.put("childEthnicity", "White British");
    assertThatThrownBy(() -> as("emma", "education",
        () -> engine.getRuntimeService().startProcessInstanceByKey(ContactProcess.KEY, inWords)))
        .as("the census's codes only, refused on the server").hasMessageContaining("childEthnicity");
    ProcessInstance received = as("emma", "education",
        () -> engine.getRuntimeService().startProcessInstanceByKey(ContactProcess.KEY, contact));
    clockAt("2026-12-10T09:00");
    complete(task(received.getId(), ContactProcess.Element.DecideOnContact.name()), "fiona", "csc-front-door",
        Map.of("contactOutcome", "childAndFamilyAssessment", "contactDecisionRationale", "Third contact this term."));
    complete(task(received.getId(), ContactProcess.Element.NoteContactOutcome.name()), "emma", "education",
        Map.of("referrerDisagrees", false));

    ProcessInstance assessment = runningFor(caseReference, ChildAndFamilyAssessmentProcess.KEY);
    assertThat(engine.getRuntimeService().getVariables(assessment.getId(), List.of("childSex", "childUpn")))
        .as("the first visit's form shows what the referrer said").containsEntry("childSex", "F")
        .containsEntry("childUpn", "P201123456789");
    Map<String, Object> visit = AssessmentScenario.firstVisit("2026-12-10");
    visit.put("childEthnicity", "WIRI");
    complete(task(assessment.getId(), "RecordFirstVisit"), "sarah", "csc-social-worker", visit);
    clockAt("2026-12-18T11:00");
    Map<String, Object> writeUp = AssessmentScenario.writeUp("noFurtherAction");
    writeUp.put("assessmentFactors", new ArrayList<>(List.of("4B", "16A")));
    complete(task(assessment.getId(), "CompleteAssessment"), "sarah", "csc-social-worker", writeUp);
    Map<String, Object> endorsement = AssessmentScenario.endorsement("noFurtherAction");
    endorsement.put("primaryNeed", "N4");
    complete(task(assessment.getId(), "EndorseAssessment"), "tom", "csc-team-manager", endorsement);
    return caseReference;
  }

  /** A strategy discussion on 9 December 2026, the enquiry, the conference on Monday 4 January 2027 and a plan. */
  String onAPlan() {
    String caseReference = uniqueCaseReference();
    ConferenceScenario child = new ConferenceScenario(engine, caseReference);
    child.requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"), this::clock);
    child.holdConferenceMakingAPlan(this::clock);
    return caseReference;
  }

  private Void clock(String day) {
    clockAt(day);
    return null;
  }
}
