package uk.safeguarding.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.earlyhelp.EarlyHelpProcess.Element;
import uk.safeguarding.gates.GateRefusedException;

/**
 * Early help (EH-01 to EH-05), offered on Wednesday 9 December 2026. Counted with a calendar: the
 * 20th working day after 9 December, over Christmas (25 and 28 December) and New Year (1 January), is
 * Monday 11 January 2027; 12 weeks after Wednesday 16 December is Wednesday 10 March 2027.
 */
class EarlyHelpProcessTest extends ProcessTestBase {

  String caseReference;

  @BeforeEach
  void aSchoolOffersEarlyHelp() {
    clockAt("2026-12-09T10:00");
    caseReference = uniqueCaseReference();
  }

  Map<String, Object> offer(String childDateOfBirth) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Amy Test");
    v.put("childDateOfBirth", childDateOfBirth);
    v.put("householdMembers", "Mother Jo Test; brother Sam Test (4)");
    v.put("earlyHelpReason", "Amy often arrives late and hungry; mother asks for help with routines.");
    return v;
  }

  ProcessInstance offered(Map<String, Object> offer) {
    return as("erin", "early-help", () -> engine.getRuntimeService().startProcessInstanceByKey(EarlyHelpProcess.KEY, offer));
  }

  /** Amy is 12 (born 2 March 2014), so her own consent is needed too. */
  ProcessInstance offeredToATwelveYearOld() {
    return offered(offer("2014-03-02"));
  }

  Task task(ProcessInstance instance, Element element) {
    return task(instance.getId(), element.name());
  }

  void completeAsLead(ProcessInstance instance, Element element, Map<String, Object> answers) {
    complete(task(instance, element), "erin", "early-help", answers);
  }

  static Map<String, Object> consent() {
    return new HashMap<>(Map.of("parentsConsent", "true", "childConsent", "true"));
  }

  static Map<String, Object> assessment(String nextStep) {
    Map<String, Object> v = new HashMap<>();
    v.put("earlyHelpAssessmentSummary", "Mother's night shifts leave mornings chaotic; no one checks homework.");
    v.put("childViews", "Amy likes school and wants breakfast before she comes.");
    v.put("earlyHelpNextStep", nextStep);
    v.put("earlyHelpPlan", "Breakfast club from Monday; family support worker on routines; GP for mother's sleep.");
    v.put("teamAroundTheChildAgencies", new ArrayList<>(List.of("education", "health", "early-help")));
    return v;
  }

  static Map<String, Object> review(String meetingDate, String nextStep) {
    Map<String, Object> v = new HashMap<>();
    v.put("teamAroundTheChildMeetingDate", meetingDate);
    v.put("reviewProgress", "Amy on time four days in five; she says mornings are calmer.");
    v.put("earlyHelpNextStep", nextStep);
    return v;
  }

  /** The contact a step up raises: what the front door needs (FD-01, FD-02). */
  static Map<String, Object> stepUp() {
    Map<String, Object> v = new HashMap<>();
    v.put("stepUpReason", "Mother has stopped answering and Amy has missed eight days; a new bruise seen.");
    v.put("screeningTool", "continuumOfNeed");
    v.put("referrerRiskView", "Needs have escalated beyond early help.");
    v.put("levelOfNeed", "3");
    v.put("immediateRiskIndicators", new ArrayList<>(List.of("none")));
    v.put("parentalConsent", "true");
    v.put("domesticAbuseRiskFactors", new ArrayList<>(List.of("none")));
    return v;
  }

  List<String> breachedRules() {
    return breachedRules(caseReference);
  }

  ProcessInstance running(String processKey) {
    return runningFor(caseReference, processKey);
  }

  @Test
  void eh01_anOfferWithoutTheChildOrTheUnmetNeedsIsRefusedAndNothingStarts() {
    Map<String, Object> offer = offer("2014-03-02");
    offer.remove("childDateOfBirth");
    offer.remove("earlyHelpReason");

    assertThatThrownBy(() -> offered(offer))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("EH-01 childDateOfBirth")
        .hasMessageContaining("EH-01 earlyHelpReason");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void eh01_aPoliceOfficerCannotOfferEarlyHelpFromTasklist() {
    assertThatThrownBy(() -> as("paul", "police",
        () -> engine.getRuntimeService().startProcessInstanceByKey(EarlyHelpProcess.KEY, offer("2014-03-02"))))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void eh01_aChildOf12NeedsToConsentAsWellAsTheParents() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();

    Task consent = task(earlyHelp, Element.RecordEarlyHelpConsent);
    assertThat(candidateGroups(consent)).containsExactly("early-help");
    assertThat(londonDateTime(consent.getDueDate())).isEqualTo("2027-01-11T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(earlyHelp.getId(), "childConsentNeeded")).isEqualTo(true);
    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, Map.of("parentsConsent", "true")))
        .hasMessageContaining("EH-01 childConsent");
    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent,
        Map.of("parentsConsent", "true", "childConsent", "false")))
        .hasMessageContaining("EH-04 earlyHelpNextStep")
        .hasMessageContaining("EH-04 noConsentReason");
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, consent());

    assertThat(earlyHelp).isWaitingAt(Element.CompleteEarlyHelpAssessment.name());
  }

  @Test
  void eh01_aChildOneDayShortOf12NeedsOnlyTheParentsConsentAndOn12thBirthdayTheirOwnToo() {
    ProcessInstance eleven = offered(offer("2014-12-10"));
    assertThat(engine.getRuntimeService().getVariable(eleven.getId(), "childConsentNeeded")).isEqualTo(false);
    completeAsLead(eleven, Element.RecordEarlyHelpConsent, Map.of("parentsConsent", "true"));
    assertThat(eleven).isWaitingAt(Element.CompleteEarlyHelpAssessment.name());

    caseReference = uniqueCaseReference();
    ProcessInstance twelveToday = offered(offer("2014-12-09"));
    assertThat(engine.getRuntimeService().getVariable(twelveToday.getId(), "childConsentNeeded")).isEqualTo(true);
  }

  @Test
  void eh01_withoutTheParentsConsentTheLeadProfessionalClosesWithTheReasons() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();

    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, Map.of("parentsConsent", "false", "earlyHelpNextStep", "close",
        "noConsentReason", "Mother says the family is managing; school will keep offering breakfast club."));

    assertThat(earlyHelp).isEnded().hasPassed(Element.ClosedWithoutConsent.name());
    assertThat(running("Contact")).isNull();
  }

  @Test
  void eh02_theAssessmentIsDueWithin20WorkingDaysOfConsentAcrossChristmasAndALateOneIsABreachThatStaysOpen() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, consent());

    Task assessment = task(earlyHelp, Element.CompleteEarlyHelpAssessment);
    assertThat(candidateGroups(assessment)).containsExactly("early-help");
    assertThat(londonDateTime(assessment.getDueDate())).isEqualTo("2027-01-11T23:59:59");
    clockAt("2027-01-11T23:00");
    assertThat(fireDueTimers(earlyHelp.getId())).isZero();
    clockAt("2027-01-12T00:00");
    assertThat(fireDueTimers(earlyHelp.getId())).isEqualTo(1);
    assertThat(breachedRules()).containsExactly("EH-02");
    assertThat(earlyHelp).isWaitingAt(Element.CompleteEarlyHelpAssessment.name());
  }

  @Test
  void eh02_anAssessmentNeedsTheChildsViewsAndATeamAroundTheChildNeedsAPlanAndItsAgencies() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, consent());
    Map<String, Object> thin = assessment("teamAroundTheChild");
    thin.remove("childViews");
    thin.remove("earlyHelpPlan");
    thin.put("teamAroundTheChildAgencies", new ArrayList<>(List.of("the school")));

    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.CompleteEarlyHelpAssessment, thin))
        .hasMessageContaining("EH-02 childViews")
        .hasMessageContaining("EH-02 earlyHelpPlan")
        .hasMessageContaining("EH-03 teamAroundTheChildAgencies");
    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.CompleteEarlyHelpAssessment, assessment("close")))
        .hasMessageContaining("EH-02 earlyHelpClosureReason");
  }

  @Test
  void eh03_teamAroundTheChildReviewsFallDueEvery12WeeksFromTheLastMeetingAndAMissedOneIsABreach() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, consent());
    clockAt("2026-12-16T15:00");
    completeAsLead(earlyHelp, Element.CompleteEarlyHelpAssessment, assessment("teamAroundTheChild"));

    Task first = task(earlyHelp, Element.HoldTeamAroundTheChildReview);
    assertThat(candidateGroups(first)).containsExactly("early-help");
    assertThat(londonDateTime(first.getDueDate())).isEqualTo("2027-03-10T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(earlyHelp.getId(), "lastTeamAroundTheChildMeetingDate"))
        .as("as the review form's date field shows it").isEqualTo("2026-12-16");
    clockAt("2027-03-10T23:00");
    assertThat(fireDueTimers(earlyHelp.getId())).isZero();
    clockAt("2027-03-11T00:00");
    assertThat(fireDueTimers(earlyHelp.getId())).isEqualTo(1);
    assertThat(breachedRules()).containsExactly("EH-03");

    clockAt("2027-03-12T10:00");
    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.HoldTeamAroundTheChildReview, review("2026-12-01", "carryOn")))
        .hasMessageContaining("EH-03 teamAroundTheChildMeetingDate: is before the last meeting (16/12/2026)")
        .hasMessageContaining("EH-03 earlyHelpNextStep");
    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.HoldTeamAroundTheChildReview, review("2027-03-15", "continue")))
        .hasMessageContaining("EH-03 teamAroundTheChildMeetingDate");
    completeAsLead(earlyHelp, Element.HoldTeamAroundTheChildReview, review("2027-03-12", "continue"));

    Task next = task(earlyHelp, Element.HoldTeamAroundTheChildReview);
    assertThat(next.getId()).isNotEqualTo(first.getId());
    assertThat(londonDateTime(next.getDueDate())).isEqualTo("2027-06-04T23:59:59");
    clockAt("2027-05-20T10:00");
    completeAsLead(earlyHelp, Element.HoldTeamAroundTheChildReview, Map.of("teamAroundTheChildMeetingDate", "2027-05-20",
        "reviewProgress", "Plan achieved: attendance 98%.", "earlyHelpNextStep", "close",
        "earlyHelpClosureReason", "Routines in place; the family knows how to ask again."));
    assertThat(earlyHelp).isEnded().hasPassed(Element.EarlyHelpClosed.name());
  }

  @Test
  void eh04_whenNeedsEscalateAtAReviewTheLeadProfessionalStepsUpWithANewContactForTheSameChild() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, consent());
    completeAsLead(earlyHelp, Element.CompleteEarlyHelpAssessment, assessment("teamAroundTheChild"));
    clockAt("2027-01-14T11:00");
    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.HoldTeamAroundTheChildReview, review("2027-01-14", "stepUp")))
        .hasMessageContaining("EH-04 stepUpReason");
    Map<String, Object> escalating = review("2027-01-14", "stepUp");
    escalating.put("stepUpReason", "Amy has missed eight days and mother no longer answers.");
    completeAsLead(earlyHelp, Element.HoldTeamAroundTheChildReview, escalating);

    Task stepUp = task(earlyHelp, Element.StepUpToFrontDoor);
    assertThat(candidateGroups(stepUp)).containsExactly("early-help");
    assertThat(londonDateTime(stepUp.getDueDate())).isEqualTo("2027-01-15T23:59:59");
    Map<String, Object> incomplete = stepUp();
    incomplete.remove("screeningTool");
    incomplete.put("domesticAbuseRiskFactors", new ArrayList<>(List.of("none", "separation")));
    assertThatThrownBy(() -> completeAsLead(earlyHelp, Element.StepUpToFrontDoor, incomplete))
        .hasMessageContaining("FD-01 screeningTool")
        .hasMessageContaining("FD-02 domesticAbuseRiskFactors");
    assertThat(running("Contact")).isNull();
    completeAsLead(earlyHelp, Element.StepUpToFrontDoor, stepUp());

    assertThat(earlyHelp).isEnded().hasPassed(Element.SteppedUp.name());
    ProcessInstance contact = running("Contact");
    assertThat(contact).isWaitingAt("DecideOnContact");
    Map<String, Object> vars = engine.getRuntimeService().getVariables(contact.getId());
    assertThat(vars.get("referrerAgency")).isEqualTo("early-help");
    assertThat(vars.get("referrerName")).isEqualTo("erin");
    assertThat((String) vars.get("contactFacts")).contains("EH-04").contains("a new bruise seen").contains("Latest review");
    assertThat(vars.get("childName")).isEqualTo("Amy Test");
    assertThat(londonDateTime(task(contact.getId(), "DecideOnContact").getDueDate())).isEqualTo("2027-01-15T23:59:59");
  }

  @Test
  void eh04_aFamilyThatRefusesToEngageIsSteppedUpFromTheConsentStep() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, Map.of("parentsConsent", "false", "earlyHelpNextStep", "stepUp",
        "noConsentReason", "Mother refuses any help while Amy's attendance falls."));

    assertThat(earlyHelp).isWaitingAt(Element.StepUpToFrontDoor.name());
    assertThat(londonDateTime(task(earlyHelp, Element.StepUpToFrontDoor).getDueDate())).isEqualTo("2026-12-10T23:59:59");
    completeAsLead(earlyHelp, Element.StepUpToFrontDoor, stepUp());
    assertThat(running("Contact")).isNotNull();
  }

  @Test
  void eh05_aStepDownFromSocialCareStartsEarlyHelpWithTheSocialCarePlanAsItsInput() {
    Map<String, Object> stepDown = offer("2016-05-20");
    stepDown.remove("earlyHelpReason");
    stepDown.put("stepDownFrom", "childInNeedPlan");
    assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(EarlyHelpProcess.REQUESTED_MESSAGE)
        .processInstanceBusinessKey(caseReference).setVariables(stepDown).correlateStartMessage())
        .hasMessageContaining("EH-05 socialCarePlanSummary");
    stepDown.put("stepDownFrom", "somewhereElse");
    stepDown.put("socialCarePlanSummary", "Child in need plan: breakfast club, GP for mother, weekly family support.");
    assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(EarlyHelpProcess.REQUESTED_MESSAGE)
        .processInstanceBusinessKey(caseReference).setVariables(stepDown).correlateStartMessage())
        .hasMessageContaining("EH-05 stepDownFrom");
    stepDown.put("stepDownFrom", "childInNeedPlan");

    ProcessInstance earlyHelp = engine.getRuntimeService().createMessageCorrelation(EarlyHelpProcess.REQUESTED_MESSAGE)
        .processInstanceBusinessKey(caseReference).setVariables(stepDown).correlateStartMessage();

    assertThat(earlyHelp.getBusinessKey()).isEqualTo(caseReference);
    assertThat(earlyHelp).isWaitingAt(Element.RecordEarlyHelpConsent.name());
    Map<String, Object> vars = engine.getRuntimeService().getVariables(earlyHelp.getId());
    assertThat(vars.get("earlyHelpSource")).isEqualTo("stepDown");
    assertThat(vars.get("childConsentNeeded")).isEqualTo(false);
    assertThat(vars.get("standardsProfile")).isEqualTo("national");
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, Map.of("parentsConsent", "true"));
    assertThat((String) engine.getRuntimeService().getVariable(earlyHelp.getId(), "socialCarePlanSummary")).contains("breakfast club");
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). EH-02 (standards.md 3.2: the assessment
   * within 20 working days of consent) falls due on Monday 11 January 2027 across Christmas; completed on
   * Thursday 14 January it is taken, the team around the child follows, and the case holds one EH-02 breach.
   */
  @Test
  void eh02_anAssessmentCompletedAfterItsDueDayIsTakenAndIsOneBreach() {
    ProcessInstance earlyHelp = offeredToATwelveYearOld();
    completeAsLead(earlyHelp, Element.RecordEarlyHelpConsent, consent());
    clockAt("2027-01-12T00:00");
    fireDueTimers(earlyHelp.getId());
    assertThat(breachedRules()).containsExactly("EH-02");

    clockAt("2027-01-14T10:00");
    completeAsLead(earlyHelp, Element.CompleteEarlyHelpAssessment, assessment("teamAroundTheChild"));
    fireDueTimers(earlyHelp.getId());

    assertThat(earlyHelp).hasPassed(Element.CompleteEarlyHelpAssessment.name());
    assertThat(breachedRules()).containsExactly("EH-02");
  }
}
