package uk.safeguarding.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.strategy.StrategyDiscussionScenario;
import uk.safeguarding.frontdoor.ContactProcess.Element;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;

/**
 * The front door (FD-01 to FD-07): a school contacts the front door on Wednesday 9 December 2026; the
 * decision is due by the end of Thursday 10th.
 */
class ContactProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;

  String caseReference;

  @BeforeEach
  void aSchoolIsWorried() {
    clockAt("2026-12-09T10:00");
    caseReference = uniqueCaseReference();
  }

  ProcessInstance contact(Map<String, Object> contact) {
    return as("emma", "education", () -> engine.getRuntimeService().startProcessInstanceByKey(ContactProcess.KEY, contact));
  }

  Map<String, Object> decision(String outcome) {
    Map<String, Object> d = new HashMap<>();
    d.put("contactOutcome", outcome);
    d.put("contactDecisionRationale", "Checked our records and spoke to the school.");
    return d;
  }

  long running(String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(caseReference).count();
  }

  @Test
  void fd01_fd02_aContactMissingWhatTheFrontDoorNeedsIsRefusedFieldByFieldAndNothingIsCreated() {
    Map<String, Object> contact = ContactScenario.fromSchool(caseReference, "2");
    contact.remove("screeningTool");
    contact.remove("referrerRiskView");
    contact.put("parentalConsent", "false");
    contact.put("domesticAbuseRiskFactors", new ArrayList<>(List.of("none", "pregnancy")));
    contact.remove("immediateRiskIndicators");
    contact.put("referrerAgency", "police");

    assertThatThrownBy(() -> contact(contact))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("FD-01 screeningTool")
        .hasMessageContaining("FD-01 referrerRiskView")
        .hasMessageContaining("FD-01 consentNotSoughtReason")
        .hasMessageContaining("FD-01 immediateRiskIndicators")
        .hasMessageContaining("FD-02 domesticAbuseRiskFactors: 'none' cannot be ticked together with [pregnancy]")
        .hasMessageContaining("FD-01 referrerAgency: you do not act for 'police'");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void fd03_fd04_theFrontDoorDecidesByTheNextWorkingDayWithTheTablesSuggestionAndAMissedDecisionIsABreach() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "2"));

    assertThat(contact.getBusinessKey()).isEqualTo(caseReference);
    Task decide = task(contact.getId(), Element.DecideOnContact.name());
    assertThat(candidateGroups(decide)).containsExactly("csc-front-door");
    assertThat(londonDateTime(decide.getDueDate())).isEqualTo("2026-12-10T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(contact.getId(), "suggestedOutcome")).isEqualTo("earlyHelp");
    assertThat((String) engine.getRuntimeService().getVariable(contact.getId(), "suggestionReason")).contains("Level 2");
    assertThat(engine.getRuntimeService().getVariable(contact.getId(), "levelOfNeed"))
        .as("as the decision form's select shows it; the table reads it as a number").isEqualTo("2");
    assertThat(contact).hasPassed(Element.NoOpenPlan.name());

    clockAt("2026-12-10T23:00");
    assertThat(fireDueTimers(contact.getId())).isZero();
    clockAt("2026-12-11T00:00");
    assertThat(fireDueTimers(contact.getId())).isEqualTo(1);
    assertThat(breaches.forCase(caseReference)).extracting(StandardsBreach::ruleId).containsExactly("FD-03");
    assertThat(contact).isWaitingAt(Element.DecideOnContact.name());
  }

  /**
   * FD-03 counts from the front door's next opening for a contact received out of hours (national
   * officeHours 09:00 to 17:00 on working days; seed 004 "Advice, Support & Consultation": "the same
   * working day (or next working day by an after-hours worker)"). A school's contact at 22:00 on Tuesday
   * 8 December 2026 counts from 09:00 on Wednesday 9th, so the decision, one working day later, is due by
   * the end of Thursday 10th, not of Wednesday.
   */
  @Test
  void fd03_aContactAt2200OnATuesdayCountsFromWednesdaysOpeningSoItsDecisionIsDueAtTheEndOfThursday() {
    clockAt("2026-12-08T22:00");
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "2"));

    Task decide = task(contact.getId(), Element.DecideOnContact.name());
    assertThat(londonDateTime(decide.getDueDate())).isEqualTo("2026-12-10T23:59:59");
    Map<String, Object> vars = engine.getRuntimeService().getVariables(contact.getId());
    assertThat(londonDateTime((java.util.Date) vars.get("contactReceivedAt"))).as("the receipt is kept as it was").isEqualTo("2026-12-08T22:00");
    assertThat(londonDateTime((java.util.Date) vars.get("contactClockStartsAt"))).isEqualTo("2026-12-09T09:00");

    clockAt("2026-12-10T00:00");
    assertThat(fireDueTimers(contact.getId())).isZero();
    clockAt("2026-12-11T00:00");
    assertThat(fireDueTimers(contact.getId())).isEqualTo(1);
    assertThat(breaches.forCase(caseReference)).extracting(StandardsBreach::ruleId).containsExactly("FD-03");
  }

  /**
   * A contact at 17:30 on Christmas Eve (Thursday 24 December 2026) arrives after closing; Friday 25th is
   * Christmas Day and Monday 28th the substitute for Boxing Day, so it counts from 09:00 on Tuesday 29th
   * and is decided by the end of Wednesday 30th. Counted from its day of receipt it would be due on the 29th.
   */
  @Test
  void fd03_aContactAfterFiveOnChristmasEveCountsFromTheOpeningAfterTheBankHolidays() {
    clockAt("2026-12-24T17:30");
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "2"));

    assertThat(londonDateTime(task(contact.getId(), Element.DecideOnContact.name()).getDueDate())).isEqualTo("2026-12-30T23:59:59");
    assertThat(londonDateTime((java.util.Date) engine.getRuntimeService().getVariable(contact.getId(), "contactClockStartsAt")))
        .isEqualTo("2026-12-29T09:00");
  }

  @Test
  void fd04_decidingOtherwiseThanTheTableNeedsARationaleAndAnAssessmentStartsForTheSameChildWithTheCensusReferralDate() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "2"));
    Task decide = task(contact.getId(), Element.DecideOnContact.name());

    assertThatThrownBy(() -> complete(decide, "fiona", "csc-front-door", decision("childAndFamilyAssessment")))
        .hasMessageContaining("FD-04 contactOverrideRationale: The table suggested 'earlyHelp'");
    clockAt("2026-12-10T09:00");
    Map<String, Object> override = decision("childAndFamilyAssessment");
    override.put("contactOverrideRationale", "Third contact this term; the pattern needs a social work assessment.");
    complete(decide, "fiona", "csc-front-door", override);

    assertThat(contact).hasPassed(Element.ReferredForAssessment.name());
    ProcessInstance assessment = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("ChildAndFamilyAssessment").processInstanceBusinessKey(caseReference).singleResult();
    assertThat(assessment).isNotNull();
    Map<String, Object> vars = engine.getRuntimeService().getVariables(assessment.getId());
    assertThat(vars.get("referralDate")).isEqualTo("2026-12-09");
    assertThat(londonDateTime((java.util.Date) vars.get("censusReferralDate"))).isEqualTo("2026-12-09T00:00");
    assertThat(vars.get("censusReferralSource")).as("the census code the referrer's agency suggests (2A schools)").isEqualTo("2A");
    assertThat((String) vars.get("assessmentReason")).contains("hungry");
    assertThat(task(assessment.getId(), "RecordFirstVisit").getDueDate()).isNotNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(contact.getId())
        .variableName("contactFollowedSuggestion").singleResult().getValue()).isEqualTo(false);
  }

  @Test
  void fd04_anImmediateRiskIndicatorSuggestsAndStartsAStrategyDiscussionForTheSameChildAtOnce() {
    Map<String, Object> contactVars = ContactScenario.fromSchool(caseReference, "3");
    contactVars.put("immediateRiskIndicators", List.of("injuryOrHarmNow"));
    ProcessInstance contact = contact(contactVars);
    assertThat(engine.getRuntimeService().getVariable(contact.getId(), "suggestedOutcome")).isEqualTo("immediateStrategyDiscussion");

    complete(task(contact.getId(), Element.DecideOnContact.name()), "fiona", "csc-front-door", decision("immediateStrategyDiscussion"));

    assertThat(running("StrategyDiscussion")).isEqualTo(1);
    ProcessInstance discussion = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("StrategyDiscussion")
        .processInstanceBusinessKey(caseReference).singleResult();
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "concernRaisedDate")).isEqualTo("2026-12-09");
    assertThat(londonDateTime(task(discussion.getId(), "ConveneStrategyDiscussion").getDueDate())).isEqualTo("2026-12-10T23:59:59");
  }

  @Test
  void fd04_anEarlyHelpOfferStartsEarlyHelpForTheSameChildWithWhatTheContactSaid() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "2"));

    complete(task(contact.getId(), Element.DecideOnContact.name()), "fiona", "csc-front-door", decision("earlyHelp"));

    ProcessInstance earlyHelp = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("EarlyHelp")
        .processInstanceBusinessKey(caseReference).singleResult();
    assertThat(earlyHelp).isWaitingAt("RecordEarlyHelpConsent");
    assertThat(engine.getRuntimeService().getVariable(earlyHelp.getId(), "earlyHelpSource")).isEqualTo("frontDoor");
    assertThat((String) engine.getRuntimeService().getVariable(earlyHelp.getId(), "earlyHelpReason")).contains("hungry");
  }

  @Test
  void fd05_aContactAboutAChildWithAnOpenChildProtectionPlanTellsTheAllocatedWorkerTheSameWorkingDay() {
    ConferenceScenario onAPlan = new ConferenceScenario(engine, caseReference);
    onAPlan.requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"), this::clock);
    onAPlan.holdConferenceMakingAPlan(this::clock);
    assertThat(onAPlan.plan()).isNotNull();
    clockAt("2027-01-06T10:00");

    Map<String, Object> aboutTheSameChild = ContactScenario.fromSchool(caseReference, "3");
    aboutTheSameChild.put("childDateOfBirth", "2018-05-14"); // as the plan's case knows her
    ProcessInstance contact = contact(aboutTheSameChild);

    Task tell = task(contact.getId(), Element.TellAllocatedWorker.name());
    assertThat(candidateGroups(tell)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(tell.getDueDate())).isEqualTo("2027-01-06T23:59:59");
    assertThatThrownBy(() -> complete(tell, "sarah", "csc-social-worker", Map.of()))
        .hasMessageContaining("FD-05 allocatedWorkerResponse");
    clockAt("2027-01-07T00:00");
    assertThat(fireDueTimers(contact.getId())).isEqualTo(1);
    assertThat(breaches.forCase(caseReference)).extracting(StandardsBreach::ruleId).containsOnlyOnce("FD-05");
    complete(tell, "sarah", "csc-social-worker", Map.of("allocatedWorkerResponse", "Visiting Amy at school today."));
    assertThat(contact).hasPassed(Element.AllocatedWorkerTold.name());
  }

  /**
   * FD-05, seed 004 "Advice, Support & Consultation": a new referral on a child with an open child
   * protection plan reaches the responsible worker "on the same working day (or next working day by an
   * after-hours worker)". A contact at 22:00 on Tuesday 5 January 2027 is for the end of Wednesday 6th,
   * not for 23:59:59 on the night it arrived.
   */
  @Test
  void fd05_aContactAt2200OnATuesdayAboutAChildOnAPlanIsDueAtTheEndOfWednesday() {
    ConferenceScenario onAPlan = new ConferenceScenario(engine, caseReference);
    onAPlan.requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"), this::clock);
    onAPlan.holdConferenceMakingAPlan(this::clock);
    clockAt("2027-01-05T22:00");

    Map<String, Object> aboutTheSameChild = ContactScenario.fromSchool(caseReference, "3");
    aboutTheSameChild.put("childDateOfBirth", "2018-05-14");
    ProcessInstance contact = contact(aboutTheSameChild);

    Task tell = task(contact.getId(), Element.TellAllocatedWorker.name());
    assertThat(londonDateTime(tell.getDueDate())).isEqualTo("2027-01-06T23:59:59");
    clockAt("2027-01-06T08:00");
    assertThat(fireDueTimers(contact.getId())).as("no breach the night the contact came in").isZero();
    assertThat(breachedRules(caseReference)).doesNotContain("FD-05");
    clockAt("2027-01-07T00:00");
    assertThat(fireDueTimers(contact.getId())).as("FD-05 only: FD-03 counts to the end of Thursday").isEqualTo(1);
    assertThat(breachedRules(caseReference)).containsOnlyOnce("FD-05");
  }

  @Test
  void fd05_aContactAboutAChildWithoutAnOpenPlanTellsNobodyExtra() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "3"));
    assertThat(task(contact.getId(), Element.TellAllocatedWorker.name())).isNull();
  }

  private Void clock(String day) {
    clockAt(day);
    return null;
  }

  @Test
  void fd06_theReferrerIsToldTheOutcomeAndADisagreementRaisedFromTheTaskStartsAnEscalationAtOnce() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "1"));
    clockAt("2026-12-09T15:00");
    complete(task(contact.getId(), Element.DecideOnContact.name()), "fiona", "csc-front-door", decision("advice"));

    Task note = task(contact.getId(), Element.NoteContactOutcome.name());
    assertThat(candidateGroups(note)).containsExactly("education");
    assertThat(londonDateTime(note.getDueDate())).isEqualTo("2026-12-10T23:59:59");
    Map<String, Object> disagree = new HashMap<>(Map.of("referrerDisagrees", "true"));
    assertThatThrownBy(() -> complete(note, "emma", "education", disagree)).hasMessageContaining("ESC-04 disagreementIssue");
    disagree.put("disagreementIssue", "Advice alone leaves Amy hungry.");
    disagree.put("raisingAgencyPosition", "We ask for an assessment.");
    disagree.put("childSafety", "confirmedSafe");
    complete(note, "emma", "education", disagree);

    assertThat(contact).hasPassed(Element.EscalationRaised.name());
    ProcessInstance escalation = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ProfessionalDisagreement")
        .processInstanceBusinessKey(caseReference).singleResult();
    assertThat(engine.getRuntimeService().getVariable(escalation.getId(), "otherAgency")).isEqualTo("csc-front-door");
    assertThat(engine.getRuntimeService().getVariable(escalation.getId(), "disagreementAbout")).isEqualTo("referralRefused");
  }

  @Test
  void fd06_aReferrerWhoAgreesNotesTheOutcomeAndNoEscalationStarts() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "1"));
    complete(task(contact.getId(), Element.DecideOnContact.name()), "fiona", "csc-front-door", decision("advice"));
    complete(task(contact.getId(), Element.NoteContactOutcome.name()), "emma", "education", Map.of("referrerDisagrees", false));

    assertThat(contact).hasPassed(Element.OutcomeNoted.name());
    assertThat(running("ProfessionalDisagreement")).isZero();
  }

  @Test
  void fd07_actionsAgreedAtAConsultationBecomeTasksForTheReferringAgencyDueOnTheirDays() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "1"));
    Task decide = task(contact.getId(), Element.DecideOnContact.name());
    Map<String, Object> advice = decision("advice");
    advice.put("consultationActions", "2026-12-11; Offer Amy breakfast club\nsoon; Speak to mother");
    assertThatThrownBy(() -> complete(decide, "fiona", "csc-front-door", advice))
        .hasMessageContaining("FD-07 consultationActions: action 2 has no due date");
    advice.put("consultationActions", "2026-12-11; Offer Amy breakfast club\n2026-12-16; Speak to mother about the school nurse");
    complete(decide, "fiona", "csc-front-door", advice);

    List<Task> actions = engine.getTaskService().createTaskQuery().processInstanceId(contact.getId())
        .taskDefinitionKey(Element.CarryOutConsultationAction.name()).orderByDueDate().asc().list();
    assertThat(actions).hasSize(2);
    assertThat(actions).allSatisfy(action -> assertThat(candidateGroups(action)).containsExactly("education"));
    assertThat(londonDateTime(actions.get(0).getDueDate())).isEqualTo("2026-12-11T23:59:59");
    assertThat(londonDateTime(actions.get(1).getDueDate())).isEqualTo("2026-12-16T23:59:59");
    assertThatThrownBy(() -> complete(actions.get(0), "emma", "education", Map.of()))
        .hasMessageContaining("FD-07 consultationActionDone");
    actions.forEach(action -> complete(action, "emma", "education", Map.of("consultationActionDone", "Done.")));
    assertThat(contact).hasPassed(Element.AdviceGiven.name());
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). FD-03 (standards.md 3.1: the decision
   * within 1 working day): a contact on Wednesday 9 December 2026 is decided by the end of Thursday 10th.
   * Decided on Monday 14 December, the decision is taken, the contact goes on, and the case holds one
   * FD-03 breach: the timer's, not another for the late decision.
   */
  @Test
  void fd03_aDecisionMadeAfterItsDueDayIsTakenAndIsOneBreach() {
    ProcessInstance contact = contact(ContactScenario.fromSchool(caseReference, "2"));
    clockAt("2026-12-11T00:00");
    fireDueTimers(contact.getId());
    assertThat(breaches.forCase(caseReference)).extracting(StandardsBreach::ruleId).containsExactly("FD-03");

    clockAt("2026-12-14T10:00");
    complete(task(contact.getId(), Element.DecideOnContact.name()), "fiona", "csc-front-door", decision("earlyHelp"));
    fireDueTimers(contact.getId());

    assertThat(contact).hasPassed(Element.DecideOnContact.name());
    assertThat(breaches.forCase(caseReference)).extracting(StandardsBreach::ruleId).containsOnlyOnce("FD-03");
  }
}
