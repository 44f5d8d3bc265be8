package uk.safeguarding.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;
import uk.safeguarding.strategy.StrategyDiscussionScenario;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;

/**
 * The initial child protection conference (ICPC-01 to ICPC-06), reached from the strategy discussion
 * of Wednesday 9 December 2026: due Monday 4 January 2027, fifteen working days on across Christmas,
 * the substitute Boxing Day holiday (Monday 28 December) and New Year's Day.
 */
class InitialChildProtectionConferenceProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;

  ConferenceScenario child;

  private ProcessInstance requestConference(Map<String, Object> referral) {
    child = new ConferenceScenario(engine, referral.get("caseReference").toString());
    return child.requestConference(referral, day -> {
      clockAt(day);
      return null;
    });
  }

  private ProcessInstance requestConference() {
    return requestConference(StrategyDiscussionScenario.referral(uniqueCaseReference(), "2026-12-09"));
  }

  @Test
  void icpc01_icpc02_theChairConvenesByTheFifteenthWorkingDayAcrossChristmasUnderTheSameCaseReference() {
    ProcessInstance conference = requestConference();

    assertThat(conference).isNotNull().isWaitingAt("ConveneInitialConference");
    assertThat(conference.getBusinessKey()).isEqualTo(child.caseReference);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().subProcessInstanceId(conference.getId())
        .singleResult().getId()).isEqualTo(child.child.discussion.getId());
    Task convene = child.task("ConveneInitialConference");
    assertThat(candidateGroups(convene)).containsExactly("cp-chair");
    assertThat(londonDateTime(convene.getDueDate())).isEqualTo("2027-01-04T23:59:59");
    // ICPC-02: the partner agencies the enquiry named are prefilled; the social worker reports apart.
    assertThat(engine.getRuntimeService().getVariable(conference.getId(), "conferenceAgencies").toString())
        .isEqualTo("[\"police\",\"health\",\"education\"]");
    assertThat(engine.getRuntimeService().getVariable(conference.getId(), "secondOrLaterPlan")).isEqualTo(false);
  }

  @Test
  void icpc01_aConferenceNotConvenedByTheDueDateIsABreachAndTheTaskStaysOpen() {
    ProcessInstance conference = requestConference();
    clockAt("2027-01-04T23:00");
    assertThat(fireDueTimers(conference.getId())).isZero();
    clockAt("2027-01-05T00:00");
    assertThat(fireDueTimers(conference.getId())).isEqualTo(1);

    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("ICPC-01");
    assertThat(conference).isWaitingAt("ConveneInitialConference");
  }

  @Test
  void icpc01_aConferenceSetForAfterTheDueDateGoesAheadAndIsABreachAtOnce() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-06"));

    assertThat(breaches.forCase(child.caseReference)).singleElement().satisfies(breach -> {
      assertThat(breach.ruleId()).isEqualTo("ICPC-01");
      assertThat(breach.dueAt().atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDateTime().toString()).isEqualTo("2027-01-04T23:59:59");
    });
    assertThat(child.tasks("ProvideConferenceReport")).hasSize(3);
  }

  @Test
  void icpc01_aDateInThePastOrAnUnknownAgencyIsRefusedByRuleAndField() {
    requestConference();
    clockAt("2026-12-16T10:00");
    Map<String, Object> convening = ConferenceScenario.convening("2026-12-15");
    convening.put("conferenceAgencies", "police,the-vicar");
    assertThatThrownBy(() -> child.complete("ConveneInitialConference", convening))
        .hasMessageContaining("ICPC-01 conferenceDate: cannot be in the past (15/12/2026)")
        .hasMessageContaining("ICPC-02 conferenceAgencies: 'the-vicar' is not an agency");
    assertThat(child.task("ConveneInitialConference")).isNotNull();
  }

  @Test
  void icpc02_icpc03_eachAgencyReportsToItsOwnGroupThreeWorkingDaysBeforeAndTheSocialWorkerAssessmentToo() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));

    assertThat(child.tasks("ProvideConferenceReport")).hasSize(3).allSatisfy(task -> {
      assertThat(candidateGroups(task)).hasSize(1).containsAnyOf("police", "health", "education");
      // Monday 4 January: back over New Year's Day and the substitute Boxing Day to Tuesday 29 December.
      assertThat(londonDateTime(task.getDueDate())).isEqualTo("2026-12-29T23:59:59");
    });
    Task assessment = child.task("PrepareConferenceAssessment");
    assertThat(candidateGroups(assessment)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(assessment.getDueDate())).isEqualTo("2026-12-29T23:59:59");
  }

  @Test
  void icpc03_manchesterWantsTheAssessmentTwoWorkingDaysBeforeAndAgencyReportsKeepThree() {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(uniqueCaseReference(), "2026-12-09");
    referral.put("standardsProfile", "manchester");
    requestConference(referral);
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));

    assertThat(londonDateTime(child.task("PrepareConferenceAssessment").getDueDate())).isEqualTo("2026-12-30T23:59:59");
    assertThat(londonDateTime(child.tasks("ProvideConferenceReport").get(0).getDueDate())).isEqualTo("2026-12-29T23:59:59");
  }

  @Test
  void icpc03_aLateReportOrAssessmentIsABreachAndARefusedReportKeepsItsTask() {
    ProcessInstance conference = requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    Task police = child.tasks("ProvideConferenceReport").stream()
        .filter(task -> candidateGroups(task).contains("police")).findFirst().orElseThrow();
    assertThatThrownBy(() -> engine.getTaskService().complete(police.getId(), Map.of(
        "agencyReport", "Our report", "agencyRecommendation", "lock them up", "reportSharedWithFamily", false)))
        .hasMessageContaining("ICPC-02 agencyRecommendation: must be one of [childProtectionPlan, childInNeedPlan, noFurtherAction]")
        .hasMessageContaining("ICPC-03 reportNotSharedReason: Why the report has not been shared with the family is required");

    clockAt("2026-12-30T00:00");
    assertThat(fireDueTimers(conference.getId())).isEqualTo(2);
    assertThat(breaches.forCase(child.caseReference)).extracting(StandardsBreach::ruleId).containsExactly("ICPC-03", "ICPC-03");
    assertThat(child.tasks("ProvideConferenceReport")).hasSize(3);
  }

  @Test
  void icpc04_aChildOfTwelveIsInvitedUnlessTheReasonIsRecorded() {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(uniqueCaseReference(), "2026-12-09");
    referral.put("childDateOfBirth", "2014-06-01");
    requestConference(referral);
    clockAt("2026-12-16T10:00");

    assertThatThrownBy(() -> child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04")))
        .hasMessageContaining("ICPC-04 childInvited");
    Map<String, Object> convening = ConferenceScenario.convening("2027-01-04");
    convening.put("childInvited", false);
    assertThatThrownBy(() -> child.complete("ConveneInitialConference", convening))
        .hasMessageContaining("ICPC-04 childNotInvitedReason");
    convening.put("childNotInvitedReason", "Amy asked not to attend; she will meet the chair beforehand");
    child.complete("ConveneInitialConference", convening);
    assertThat(child.tasks("ProvideConferenceReport")).hasSize(3);
  }

  @Test
  void icpc04_icpc06_aPlanForAChildOverFiveNeedsTheAdvocacyReferralAndThePlansContents() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    child.reportFromEveryAgency("ProvideConferenceReport", "childProtectionPlan");
    child.shareAssessment("PrepareConferenceAssessment");
    Map<String, Object> record = ConferenceScenario.record("childProtectionPlan");
    record.put("advocacyReferralMade", false);
    record.remove("contingencyPlan");
    record.put("dangerStatements", ConferenceScenario.json(java.util.List.of(ConferenceScenario.row("dangerStatement", "Amy may be hurt"))));

    assertThatThrownBy(() -> child.complete("RecordInitialConference", record))
        .hasMessageContaining("ICPC-04 advocacyReferralMade: a child over 5 made subject to a child protection plan is referred")
        .hasMessageContaining("ICPC-06 contingencyPlan")
        .hasMessageContaining("ICPC-06 dangerStatements: statement 1 needs both the danger statement and its safety goal");
    assertThat(child.task("RecordInitialConference")).isNotNull();
  }

  @Test
  void icpc05_everyInvitedAgencysViewIsRecordedAndADissentNeedsItsReason() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    child.reportFromEveryAgency("ProvideConferenceReport", "childProtectionPlan");
    child.shareAssessment("PrepareConferenceAssessment");
    // The reports prefill one view for each agency on the chair's form.
    assertThat(engine.getTaskService().getVariable(child.task("RecordInitialConference").getId(), "agencyViews").toString())
        .contains("\"agency\":\"police\"", "\"agency\":\"health\"", "\"agency\":\"education\"", "childProtectionPlan");

    Map<String, Object> record = ConferenceScenario.record("childProtectionPlan");
    record.put("agencyViews", ConferenceScenario.toJson(java.util.List.of(
        ConferenceScenario.row("agency", "police", "recommendation", "childProtectionPlan", "view", "Plan needed"),
        ConferenceScenario.row("agency", "health", "recommendation", "childInNeedPlan", "view", "CiN is enough", "dissent", true))));
    record.remove("conferenceDecision");
    assertThatThrownBy(() -> child.complete("RecordInitialConference", record))
        .hasMessageContaining("ICPC-05 conferenceDecision")
        .hasMessageContaining("ICPC-05 agencyViews: view 2 (health): a dissent needs its reason")
        .hasMessageContaining("ICPC-05 agencyViews: no view recorded for education, an invited agency");
  }

  @Test
  void icpc05_esc05_aDissentingAgencyHasItsDissentRaisedWithTheChairsManager() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    child.reportFromEveryAgency("ProvideConferenceReport", "childProtectionPlan");
    child.shareAssessment("PrepareConferenceAssessment");
    clockAt("2027-01-04T15:00");
    Map<String, Object> record = ConferenceScenario.record("childProtectionPlan");
    var views = ConferenceScenario.views("childProtectionPlan", "childInNeedPlan", "childProtectionPlan");
    views.get(1).put("dissent", true);
    views.get(1).put("dissentReason", "The family engages with health; a child in need plan would do");
    record.put("agencyViews", ConferenceScenario.json(views));
    child.complete("RecordInitialConference", record);
    child.runSystemSteps();

    ProcessInstance dissent = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProfessionalDisagreementProcess.KEY).processInstanceBusinessKey(child.caseReference).singleResult();
    assertThat(dissent).isWaitingAt(ProfessionalDisagreementProcess.Element.ReviewConferenceDissent.name());
    assertThat(engine.getRuntimeService().getVariable(dissent.getId(), "raisingAgency")).isEqualTo("health");
    assertThat(engine.getRuntimeService().getVariable(dissent.getId(), "disagreementRoute")).isEqualTo("conferenceDissent");
    assertThat(candidateGroups(child.task("ReviewConferenceDissent"))).containsExactly("cp-chair-manager");
    // The plan goes ahead while the dissent is reviewed.
    assertThat(child.plan()).isNotNull();
  }

  @Test
  void icpc05_aChildInNeedPlanDecisionStartsTheChildInNeedPathwayByItsMessage() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    child.reportFromEveryAgency("ProvideConferenceReport", "childInNeedPlan");
    child.shareAssessment("PrepareConferenceAssessment");
    clockAt("2027-01-04T15:00");
    child.complete("RecordInitialConference", ConferenceScenario.heldOn("2027-01-04", ConferenceScenario.record("childInNeedPlan")));
    child.runSystemSteps();

    HistoricProcessInstance received = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ChildInNeedPlanProcess.KEY).processInstanceBusinessKey(child.caseReference).singleResult();
    assertThat(received).isNotNull();
    assertThat(historicVariable(received.getId(), "childInNeedPlanSource")).isEqualTo("initialConference");
    assertThat(historicVariable(received.getId(), "caseReference")).isEqualTo(child.caseReference);
    assertThat(historicVariable(received.getId(), "childName")).isEqualTo("Amy Test");
    assertThat(historicVariable(received.getId(), "involvedAgencies").toString()).isEqualTo("[\"police\",\"health\",\"education\"]");
    assertThat(historicVariable(received.getId(), "childProtectionPlanEndedDate")).isNull();
    assertThat(child.child.discussion).isEnded().hasPassed("ConferencePathwayConcluded");
  }

  @Test
  void icpc05_noFurtherActionEndsTheJourneyWithTheViewsRecordedOnceTheConferenceIsHeld() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    child.reportFromEveryAgency("ProvideConferenceReport", "noFurtherAction");
    child.shareAssessment("PrepareConferenceAssessment");
    ProcessInstance conference = child.conference();
    assertThatThrownBy(() -> child.complete("RecordInitialConference", ConferenceScenario.record("noFurtherAction")))
        .as("the day held, prefilled with the day set, has not come yet")
        .hasMessageContaining("ICPC-01 conferenceHeldDate: cannot be in the future (04/01/2027)");
    clockAt("2027-01-04T15:00");
    child.complete("RecordInitialConference", ConferenceScenario.heldOn("2027-01-04", ConferenceScenario.record("noFurtherAction")));
    child.runSystemSteps();

    assertThat(conference).isEnded().hasPassed("NoFurtherAction");
    assertThat(child.child.discussion).isEnded();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("ChildProtectionPlan")
        .processInstanceBusinessKey(child.caseReference).count()).isZero();
  }

  @Test
  void icpc06_aPlanStartsWithItsFirstCoreGroupVisitAndReviewDueFromTheConference() {
    requestConference();
    child.holdConferenceMakingAPlan(day -> {
      clockAt(day);
      return null;
    });

    ProcessInstance plan = child.plan();
    assertThat(plan).isNotNull();
    assertThat(plan.getBusinessKey()).isEqualTo(child.caseReference);
    Task coreGroup = child.coreGroupTask();
    assertThat(candidateGroups(coreGroup)).containsExactly("csc-social-worker");
    // CG-01: ten working days from Monday 4 January 2027.
    assertThat(londonDateTime(coreGroup.getDueDate())).isEqualTo("2027-01-18T23:59:59");
    // CG-06: the first visit within ten working days of the conference too.
    assertThat(londonDateTime(child.task("RecordStatutoryVisit").getDueDate())).isEqualTo("2027-01-18T23:59:59");
    // RCPC-01 first: three calendar months.
    Task review = child.task("ConveneReviewConference");
    assertThat(candidateGroups(review)).containsExactly("cp-chair");
    assertThat(londonDateTime(review.getDueDate())).isEqualTo("2027-04-04T23:59:59");
    // The social worker always joins the core group.
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), "coreGroupMembers").toString())
        .isEqualTo("[\"csc-social-worker\",\"police\",\"health\",\"education\"]");
    assertThat(child.tasks("HoldLegalPlanningMeeting")).isEmpty();
  }

  /** Convened on Wednesday 16 December 2026 for Monday 4 January 2027, the ICPC-01 day, with every report in. */
  private void convenedForTheFourthOfJanuary() {
    requestConference();
    clockAt("2026-12-16T10:00");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-04"));
    child.reportFromEveryAgency("ProvideConferenceReport", "childProtectionPlan");
    child.shareAssessment("PrepareConferenceAssessment");
  }

  /**
   * ICPC-01 (standards.md 3.5): the conference is held within 15 working days of the strategy discussion
   * of Wednesday 9 December 2026, by Monday 4 January 2027. Set for that day and postponed (the chair is
   * ill) to Thursday 7 January, it is held late: an ICPC-01 breach, though it was set in time. Seed 004
   * "Child Protection Plans" counts the plan from the ICPC that happened: "the first core group meeting
   * will take place within 10 working days of the ICPC" (from 7 January: Thursday 21 January 2027, not
   * Monday 18 January) and "a Review Child Protection Conference (RCPC) occurs within 3 months of the
   * Initial Child Protection Conference" (7 April 2027, not 4 April).
   */
  @Test
  void icpc01_aConferencePostponedPastItsFifteenWorkingDaysIsABreachAndThePlanCountsFromTheDayItWasHeld() {
    convenedForTheFourthOfJanuary();
    Task record = child.task("RecordInitialConference");
    assertThat(engine.getTaskService().getVariable(record.getId(), "conferenceHeldDate"))
        .as("the chair's form expects it on the day set").isEqualTo("2027-01-04");

    clockAt("2027-01-07T16:00");
    Map<String, Object> held = ConferenceScenario.heldOn("2027-01-07", ConferenceScenario.record("childProtectionPlan"));
    assertThatThrownBy(() -> child.complete("RecordInitialConference", held))
        .hasMessageContaining("ICPC-01 conferencePostponedReason: it was set for 04/01/2027 and held on 07/01/2027: say why it was postponed");
    held.put("conferencePostponedReason", "The chair was ill; no other chair was free before the 7th");
    child.complete("RecordInitialConference", held);
    child.runSystemSteps();

    assertThat(breaches.forCase(child.caseReference)).singleElement().satisfies(breach -> {
      assertThat(breach.ruleId()).isEqualTo("ICPC-01");
      assertThat(breach.breachedStep()).isEqualTo("Convene initial child protection conference");
      assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-01-04T23:59:59");
      assertThat(breach.detail()).contains("Held on 2027-01-07").contains("The chair was ill");
    });
    ProcessInstance plan = child.plan();
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), "planStartDate")).isEqualTo("2027-01-07");
    // CG-01 and CG-06: ten working days from Thursday 7 January 2027.
    assertThat(londonDateTime(child.coreGroupTask().getDueDate())).isEqualTo("2027-01-21T23:59:59");
    assertThat(londonDateTime(child.task("RecordStatutoryVisit").getDueDate())).isEqualTo("2027-01-21T23:59:59");
    // RCPC-01 first: three calendar months from the day it was held.
    assertThat(londonDateTime(child.task("ConveneReviewConference").getDueDate())).isEqualTo("2027-04-07T23:59:59");
  }

  /**
   * ICPC-01 (standards.md 3.5; seed 004 "Child Protection Plans": the ICPC "within 15 working days of the
   * strategy meeting"): from the strategy discussion of Wednesday 9 December 2026 the conference is due by
   * Monday 4 January 2027 (25 and 28 December and 1 January are bank holidays). Set in time for that day,
   * it does not happen: nothing is recorded at 23:00 on the 4th, but once the day is over the team manager
   * hears of it (the record step's own ICPC-01 timer), while the chair's record is still open. Held and
   * recorded on Thursday 7 January, it is the same late conference: one ICPC-01 breach, not two.
   */
  @Test
  void icpc01_aConferenceNotHeldByItsDueDayIsABreachWhenTheDayEndsAndStaysOneWhenRecordedLate() {
    convenedForTheFourthOfJanuary();

    clockAt("2027-01-04T23:00");
    fireDueTimers(child.conference().getId());
    assertThat(breachedRules(child.caseReference)).as("the due day is not over").doesNotContain("ICPC-01");
    clockAt("2027-01-05T08:00");
    fireDueTimers(child.conference().getId());
    assertThat(breaches.forCase(child.caseReference)).filteredOn(b -> "ICPC-01".equals(b.ruleId())).singleElement()
        .satisfies(breach -> {
          assertThat(breach.breachedStep()).isEqualTo("Convene initial child protection conference");
          assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-01-04T23:59:59");
        });
    assertThat(child.tasks("RecordInitialConference")).as("the record waits for the conference").hasSize(1);

    clockAt("2027-01-07T16:00");
    Map<String, Object> held = ConferenceScenario.heldOn("2027-01-07", ConferenceScenario.record("childProtectionPlan"));
    held.put("conferencePostponedReason", "The chair was ill; no other chair was free before the 7th");
    child.complete("RecordInitialConference", held);
    child.runSystemSteps();
    fireDueTimers(child.conference().getId());

    assertThat(breachedRules(child.caseReference)).filteredOn("ICPC-01"::equals).hasSize(1);
    assertThat(engine.getRuntimeService().getVariable(child.plan().getId(), "planStartDate")).isEqualTo("2027-01-07");
  }

  /**
   * Nobody convenes by Monday 4 January 2027: the convening timer records ICPC-01 that night. Convened on
   * the 5th for Friday 8 January and postponed again to Monday 11 January, it is the same late conference:
   * one ICPC-01 breach, and the plan counts from the 11th (CG-01: Monday 25 January 2027).
   */
  @Test
  void icpc01_aConferenceConvenedLateAndThenPostponedIsOneBreach() {
    requestConference();
    clockAt("2027-01-05T09:00");
    fireDueTimers(child.conference().getId());
    assertThat(breachedRules(child.caseReference)).containsExactly("ICPC-01");
    child.complete("ConveneInitialConference", ConferenceScenario.convening("2027-01-08"));
    child.reportFromEveryAgency("ProvideConferenceReport", "childProtectionPlan");
    child.shareAssessment("PrepareConferenceAssessment");

    clockAt("2027-01-11T15:00");
    Map<String, Object> held = ConferenceScenario.heldOn("2027-01-11", ConferenceScenario.record("childProtectionPlan"));
    held.put("conferencePostponedReason", "The family's solicitor could not attend on the 8th");
    child.complete("RecordInitialConference", held);
    child.runSystemSteps();

    assertThat(breachedRules(child.caseReference)).filteredOn(rule -> rule.startsWith("ICPC-01")).hasSize(1);
    assertThat(londonDateTime(child.coreGroupTask().getDueDate())).isEqualTo("2027-01-25T23:59:59");
  }

  /**
   * ICPC-01: the day held has happened (not after today) and the conference had been arranged by then
   * (not before the day it was convened, 16 December 2026); brought forward, it says why.
   */
  @Test
  void icpc01_theDayHeldIsNotInTheFutureNorBeforeTheConferenceWasConvened() {
    convenedForTheFourthOfJanuary();
    clockAt("2027-01-04T15:00");
    Map<String, Object> tomorrow = ConferenceScenario.heldOn("2027-01-05", ConferenceScenario.record("childProtectionPlan"));
    tomorrow.put("conferencePostponedReason", "Moved");
    assertThatThrownBy(() -> child.complete("RecordInitialConference", tomorrow))
        .hasMessageContaining("ICPC-01 conferenceHeldDate: cannot be in the future (05/01/2027)");
    Map<String, Object> beforeConvened = ConferenceScenario.heldOn("2026-12-15", ConferenceScenario.record("childProtectionPlan"));
    beforeConvened.put("conferencePostponedReason", "Brought forward");
    assertThatThrownBy(() -> child.complete("RecordInitialConference", beforeConvened))
        .hasMessageContaining("ICPC-01 conferenceHeldDate: the meeting was only arranged on 16/12/2026");
    Map<String, Object> broughtForward = ConferenceScenario.heldOn("2026-12-30", ConferenceScenario.record("childProtectionPlan"));
    assertThatThrownBy(() -> child.complete("RecordInitialConference", broughtForward))
        .hasMessageContaining("ICPC-01 conferencePostponedReason: it was set for 04/01/2027 and held on 30/12/2026: say why it was brought forward");
    broughtForward.put("conferencePostponedReason", "Brought forward: the stepfather was released on bail");
    child.complete("RecordInitialConference", broughtForward);
    child.runSystemSteps();

    assertThat(breachedRules(child.caseReference)).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(child.plan().getId(), "planStartDate")).isEqualTo("2026-12-30");
  }

  @Test
  void rcpc08_aSecondPlanForTheSameChildIsFlaggedAtTheConferenceAndRequestsLegalPlanningAtOnce() {
    Map<String, Object> referral = StrategyDiscussionScenario.referral(uniqueCaseReference(), "2026-12-09");
    requestConference(referral);
    child.holdConferenceMakingAPlan(day -> {
      clockAt(day);
      return null;
    });
    // A new concern about the same child while the first plan is still open (or after it ended).
    engine.getRuntimeService().deleteProcessInstance(child.plan().getId(), "first plan ended for the test");
    ConferenceScenario again = new ConferenceScenario(engine, child.caseReference);
    ProcessInstance second = again.requestConference(referral, day -> {
      clockAt(day.replace("2026-12", "2027-12").replace("2026", "2027"));
      return null;
    });

    assertThat(engine.getRuntimeService().getVariable(second.getId(), "earlierChildProtectionPlans")).isEqualTo(1L);
    assertThat(engine.getRuntimeService().getVariable(second.getId(), "secondOrLaterPlan")).isEqualTo(true);
    again.complete("ConveneInitialConference", ConferenceScenario.convening("2028-01-04"));
    again.reportFromEveryAgency("ProvideConferenceReport", "childProtectionPlan");
    again.shareAssessment("PrepareConferenceAssessment");
    clockAt("2028-01-04T15:00");
    again.complete("RecordInitialConference", ConferenceScenario.heldOn("2028-01-04", ConferenceScenario.record("childProtectionPlan")));
    again.runSystemSteps();

    Task legal = again.task("HoldLegalPlanningMeeting");
    assertThat(candidateGroups(legal)).containsExactlyInAnyOrder("legal", "csc-service-manager");
  }

  private Object historicVariable(String processInstanceId, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }
}
