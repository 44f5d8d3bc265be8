package uk.safeguarding.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;

/**
 * The section 47 enquiry (S47-01 to S47-05) from the strategy discussion held on Wednesday 9 December
 * 2026 to the conference request, and the ICPC-01 date it sets: 15 working days across Christmas
 * and New Year, Monday 4 January 2027.
 */
class Section47EnquiryProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;

  StrategyDiscussionScenario child;
  ProcessInstance enquiry;

  @BeforeEach
  void theDiscussionDecidesOnASection47Enquiry() {
    clockAt("2026-12-09T10:00");
    child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-09");
    child.convene(StrategyDiscussionScenario.convening("2026-12-09"));
    clockAt("2026-12-09T16:00");
    child.contributeFromEveryAgency();
    child.record(StrategyDiscussionScenario.record("section47", "2026-12-14"));
    enquiry = child.section47();
  }

  @Test
  void s47_01_aQualifiedSocialWorkerLeadsTheEnquiryUnderTheSameCaseReference() {
    assertThat(enquiry).isWaitingAt("ConductSection47Enquiry");
    assertThat(enquiry.getBusinessKey()).isEqualTo(child.caseReference);
    Task conduct = task(enquiry.getId(), "ConductSection47Enquiry");
    assertThat(engine.getTaskService().getIdentityLinksForTask(conduct.getId()))
        .extracting("groupId").containsExactly("csc-social-worker");
    // Due by the ICPC-01 date, the latest the conference can be held.
    assertThat(londonDateTime(conduct.getDueDate())).isEqualTo("2027-01-04T23:59:59");
  }

  @Test
  void icpc01_s47_05_aSubstantiatedEndorsedEnquiryRequestsTheConferenceDueFifteenWorkingDaysAfterTheDiscussion() {
    clockAt("2026-12-14T11:00");
    child.completeInEnquiry("ConductSection47Enquiry", StrategyDiscussionScenario.enquiry("substantiated"));
    Task endorse = task(enquiry.getId(), "EndorseSection47Outcome");
    assertThat(londonDateTime(endorse.getDueDate())).isEqualTo("2026-12-15T23:59:59");

    clockAt("2026-12-15T09:30");
    child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "endorse"));
    Task send = task(enquiry.getId(), "SendInitialConferenceRequest");
    assertThat(londonDateTime(send.getDueDate())).isEqualTo("2026-12-16T23:59:59");

    child.completeInEnquiry("SendInitialConferenceRequest", Map.of(
        "conferenceRequestReasons", "Physical abuse substantiated",
        "conferenceInvitees", "police,health,education"));

    assertThat(enquiry).isEnded().hasPassed("InitialConferenceRequested");
    // ICPC-01: the journey goes on into the conference under the same case reference.
    assertThat(child.discussion).isWaitingAt("InitialChildProtectionConference");
    Date due = (Date) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(enquiry.getId()).variableName("initialConferenceDueDate").singleResult().getValue();
    assertThat(londonDateTime(due)).isEqualTo("2027-01-04T23:59:59");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(child.discussion.getId())
        .variableName("initialConferenceDueDay").singleResult().getValue()).isEqualTo("2027-01-04");
    assertThat(breaches.forCase(child.caseReference)).isEmpty();
  }

  @Test
  void s47_02_aChildNotSeenAloneNeedsTheReasonRecorded() {
    Map<String, Object> findings = StrategyDiscussionScenario.enquiry("substantiated");
    findings.put("childSeenAlone", "false");

    assertThatThrownBy(() -> child.completeInEnquiry("ConductSection47Enquiry", findings))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("S47-02 childNotSeenAloneReason: Why the child was not seen alone");
    assertThat(enquiry).isWaitingAt("ConductSection47Enquiry");

    findings.put("childNotSeenAloneReason", "Amy would not speak without her mother; seen alone at school next day");
    child.completeInEnquiry("ConductSection47Enquiry", findings);
    assertThat(enquiry).isWaitingAt("EndorseSection47Outcome");
  }

  @Test
  void s47_02_aChildNotSeenAtAllNeedsTheReasonAndNoDateSeen() {
    Map<String, Object> findings = StrategyDiscussionScenario.enquiry("notSubstantiated");
    findings.put("childSeen", "false");
    findings.put("childSeenAlone", "false");
    findings.remove("dateChildSeen");

    assertThatThrownBy(() -> child.completeInEnquiry("ConductSection47Enquiry", findings))
        .hasMessageContaining("S47-02 childNotSeenAloneReason: Why the child was not seen");
  }

  @Test
  void s47_04_aSubstantiatedOutcomeWithoutAProvisionalSafetyPlanIsRefused() {
    Map<String, Object> findings = StrategyDiscussionScenario.enquiry("substantiated");
    findings.remove("provisionalSafetyPlan");

    assertThatThrownBy(() -> child.completeInEnquiry("ConductSection47Enquiry", findings))
        .isInstanceOf(GateRefusedException.class).hasMessageContaining("S47-04 provisionalSafetyPlan");
  }

  @Test
  void s47_01_parentsMustBeToldWhenTheDiscussionAgreedThey_wouldBe() {
    Map<String, Object> findings = StrategyDiscussionScenario.enquiry("substantiated");
    findings.put("parentsInformed", "false");

    assertThatThrownBy(() -> child.completeInEnquiry("ConductSection47Enquiry", findings))
        .hasMessageContaining("S47-01 parentsInformed");
  }

  @Test
  void s47_03_aReturnedOutcomeGoesBackToTheSocialWorkerWithTheManagersComments() {
    child.completeInEnquiry("ConductSection47Enquiry", StrategyDiscussionScenario.enquiry("substantiated"));

    assertThatThrownBy(() -> child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "return")))
        .hasMessageContaining("S47-03 managerComments");
    child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "return",
        "managerComments", "See the brother alone too"));

    assertThat(enquiry).isWaitingAt("ConductSection47Enquiry");
    assertThat(engine.getRuntimeService().getVariable(enquiry.getId(), "managerComments")).isEqualTo("See the brother alone too");
  }

  @Test
  void s47_03_aNotSubstantiatedOutcomeEndsConsideringAChildInNeedPlan() {
    child.completeInEnquiry("ConductSection47Enquiry", StrategyDiscussionScenario.enquiry("notSubstantiated"));
    child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "endorse"));

    assertThat(enquiry).isEnded().hasPassed("NotSubstantiated").hasNotPassed("SendInitialConferenceRequest");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(enquiry.getId())
        .variableName("childInNeedPlanToBeConsidered").singleResult().getValue()).isEqualTo(true);
    // No conference was requested, so the strategy discussion ends without calling one.
    assertThat(child.discussion).isEnded().hasPassed("Section47EnquiryConcluded").hasNotPassed("InitialChildProtectionConference");
  }

  @Test
  void s47_05_aConferenceRequestNotSentByTheEndOfTheNextWorkingDayIsABreachAndStaysOpen() {
    child.completeInEnquiry("ConductSection47Enquiry", StrategyDiscussionScenario.enquiry("substantiated"));
    clockAt("2026-12-24T10:00");
    child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "endorse"));
    // Christmas Day and the Boxing Day substitute are skipped: due Tuesday 29 December.
    assertThat(londonDateTime(timer(enquiry.getId(), "InitialConferenceRequestNotSentInTime").getDuedate()))
        .isEqualTo("2026-12-29T23:59:59");

    clockAt("2026-12-30T08:00");
    fireDueTimers(enquiry.getId());

    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("S47-05");
    assertThat(enquiry).isWaitingAt("SendInitialConferenceRequest");
  }

  @Test
  void icpc02_theConferenceRequestNamesKnownAgenciesToInvite() {
    child.completeInEnquiry("ConductSection47Enquiry", StrategyDiscussionScenario.enquiry("substantiated"));
    child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "endorse"));

    assertThatThrownBy(() -> child.completeInEnquiry("SendInitialConferenceRequest", Map.of(
        "conferenceRequestReasons", "Physical abuse", "conferenceInvitees", "police,the-vicar")))
        .hasMessageContaining("ICPC-02 conferenceInvitees: 'the-vicar' is not an agency");
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). S47-05 (standards.md 3.4: the conference
   * requested by the end of the next working day): endorsed on Thursday 24 December 2026, due Tuesday 29th
   * (Christmas Day and the Boxing Day substitute skipped). Sent on Thursday 31st, it is taken, the
   * conference is requested, and the case holds one S47-05 breach.
   */
  @Test
  void s47_05_aConferenceRequestSentAfterItsDueDayIsTakenAndIsOneBreach() {
    child.completeInEnquiry("ConductSection47Enquiry", StrategyDiscussionScenario.enquiry("substantiated"));
    clockAt("2026-12-24T10:00");
    child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "endorse"));
    clockAt("2026-12-30T08:00");
    fireDueTimers(enquiry.getId());

    clockAt("2026-12-31T10:00");
    child.completeInEnquiry("SendInitialConferenceRequest", Map.of(
        "conferenceRequestReasons", "Physical abuse substantiated",
        "conferenceInvitees", "police,health,education"));

    assertThat(enquiry).isEnded().hasPassed("InitialConferenceRequested");
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("S47-05");
  }
}
