package uk.safeguarding.childinneed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Element;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;

/**
 * Child in need planning (CIN-01 to CIN-08, RCPC-04), national profile. Lily was referred on Monday 23
 * November 2026 and her assessment opened on Wednesday 25 November; Sarah (social worker) starts her plan
 * on Tuesday 1 December. The assessment's days count from the referral: day 15 is Monday 14 December, day
 * 25 Wednesday 30 December (Christmas Day and the Boxing Day substitute, Monday 28 December, are not
 * working days).
 */
class ChildInNeedPlanProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;

  ChildInNeedScenario lily;

  @BeforeEach
  void sarahStartsLilysPlan() {
    clockAt("2026-12-01T09:00");
    lily = new ChildInNeedScenario(engine, uniqueCaseReference());
  }

  List<StandardsBreach> breaches(String ruleId) {
    return breaches.forCase(lily.caseReference).stream().filter(b -> b.ruleId().equals(ruleId)).toList();
  }

  String due(Task task) {
    return londonDateTime(task.getDueDate());
  }

  @Test
  void cin01_aPlanFromAnAssessmentIsDueWhenTheAssessmentCompletesAndTheFirstMeetingBetweenDay15AndDay25() {
    ProcessInstance plan = lily.start();

    assertThat(plan.getBusinessKey()).isEqualTo(lily.caseReference);
    assertThat(plan).isWaitingAt(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name());
    Task draft = lily.task(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name());
    assertThat(candidateGroups(draft)).containsExactly("csc-social-worker");
    assertThat(due(draft)).as("45 working days of the assessment").isEqualTo("2027-01-28T23:59:59");
    assertThat(engine.getRuntimeService().getVariables(plan.getId())).containsEntry("firstMeetingEarliest", "2026-12-14")
        .containsEntry("meetingDueBy", "2026-12-30").containsEntry("childInNeedPlanStartedBy", "sarah");

    lily.putPlanInPlace();

    Task arrange = lily.meetingTask(Element.ArrangeChildInNeedMeeting);
    assertThat(lily.meeting().getBusinessKey()).isEqualTo(lily.caseReference);
    assertThat(candidateGroups(arrange)).containsExactly("csc-social-worker");
    assertThat(due(arrange)).as("details out 5 working days before day 25").isEqualTo("2026-12-21T23:59:59");
    Task reassess = lily.task(ChildInNeedPlanProcess.Element.ReassessChildsSituation.name());
    assertThat(due(reassess)).as("CIN-08: 6 months after the assessment").isEqualTo("2027-06-01T23:59:59");
    assertThat(breaches.forCase(lily.caseReference)).isEmpty();
  }

  /**
   * Seed 002 Standard 5: "The first multi-agency Child in Need planning meeting should take place between
   * days 15 and 25 of the assessment", and Standard 4 counts the assessment itself from the referral (as
   * CFA-03 and the DfE census do). Counted from the referral (Monday 23 November) day 25 is Wednesday 30
   * December; counted from the day the assessment was opened (Wednesday 25 November) it would be Monday 4
   * January, and a meeting on Thursday 31 December would pass unnoticed.
   */
  @Test
  void cin01_theFirstMeetingsWindowCountsFromTheReferralNotFromTheDayTheAssessmentWasOpened() {
    ProcessInstance plan = lily.start();
    assertThat(engine.getRuntimeService().getVariables(plan.getId()))
        .containsEntry("planClockStartDate", "2026-11-23")
        .containsEntry("firstMeetingEarliest", "2026-12-14").containsEntry("meetingDueBy", "2026-12-30");
    lily.putPlanInPlace();

    lily.arrange("2026-12-31");

    assertThat(breaches("CIN-01")).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo(MeetingTiming.HOLD_MEETING);
      assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2026-12-30T23:59:59");
    });
  }

  /**
   * Cheshire East (seed 002 Standard 5): "The Plan should be in place on completion of the assessment, by
   * day 15", and its own assessment target is 15 working days (Standard 4). Fifteen working days after
   * the referral on Monday 23 November is Monday 14 December; national allows the whole assessment, 45
   * working days, to Thursday 28 January 2027.
   */
  @Test
  void cin01_inCheshireEastThePlanIsInPlaceByDay15FromTheReferralAndLaterIsABreach() {
    Map<String, Object> request = lily.request();
    request.put("standardsProfile", "cheshire-east");
    ProcessInstance plan = lily.start(request);
    Task draft = lily.task(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name());
    assertThat(due(draft)).isEqualTo("2026-12-14T23:59:59");
    assertThat(engine.getRuntimeService().getVariables(plan.getId())).containsEntry("planDueBy", "2026-12-14")
        .containsEntry("firstMeetingEarliest", "2026-12-14").containsEntry("meetingDueBy", "2026-12-30");

    clockAt("2026-12-14T23:00");
    assertThat(fireDueTimers(plan.getId())).isZero();
    clockAt("2026-12-15T00:00");
    assertThat(fireDueTimers(plan.getId())).isEqualTo(1);

    assertThat(breaches("CIN-01")).singleElement().satisfies(breach ->
        assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2026-12-14T23:59:59"));
    assertThat(lily.task(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name())).as("the plan can still be put in place").isNotNull();
    lily.putPlanInPlace();
    assertThat(lily.meetingTask(Element.ArrangeChildInNeedMeeting)).isNotNull();
  }

  @Test
  void cin01_anAssessmentCannotHaveStartedBeforeItsReferral() {
    Map<String, Object> request = lily.request();
    request.put("assessmentStartDate", "2026-11-20");

    assertThatThrownBy(() -> lily.start(request))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-01 assessmentStartDate: the assessment cannot have started (20/11/2026) before the referral (23/11/2026)");
  }

  @Test
  void cin01_cin02_aFirstMeetingWithinTheWindowArrangedInTimeIsNoBreach() {
    lily.start();
    lily.putPlanInPlace();

    lily.arrange("2026-12-16");

    assertThat(breaches.forCase(lily.caseReference)).isEmpty();
    assertThat(lily.meetingTasks(Element.AttendOrSendReport)).hasSize(2);
  }

  @Test
  void cin01_aFirstMeetingBeforeDay15OfTheAssessmentIsRecordedAsABreach() {
    lily.start();
    lily.putPlanInPlace();

    lily.arrange("2026-12-11");

    assertThat(breaches("CIN-01")).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo(MeetingTiming.HOLD_FIRST_MEETING_NOT_EARLY);
      assertThat(breach.detail()).contains("2026-12-11", "2026-12-14");
    });
  }

  @Test
  void cin01_aFirstMeetingAfterDay25OfTheAssessmentIsRecordedAsABreach() {
    lily.start();
    lily.putPlanInPlace();

    lily.arrange("2027-01-06");

    assertThat(breaches("CIN-01")).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo(MeetingTiming.HOLD_MEETING);
      assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2026-12-30T23:59:59");
    });
    assertThat(breaches("CIN-02")).isEmpty();
  }

  @Test
  void cin01_cin02_aFirstMeetingNotArrangedInTimeIsACin02BreachAndArrangingItAfterDay25ACin01Breach() {
    lily.start();
    lily.putPlanInPlace();
    String meeting = lily.meeting().getId();

    clockAt("2026-12-22T08:00");
    assertThat(fireDueTimers(meeting)).isEqualTo(1);

    assertThat(breaches("CIN-02")).singleElement()
        .satisfies(breach -> assertThat(breach.breachedStep()).isEqualTo("Send the child in need meeting details"));
    assertThat(lily.meetingTask(Element.ArrangeChildInNeedMeeting)).as("the task stays open").isNotNull();
    assertThat(breaches("CIN-01")).isEmpty();

    clockAt("2026-12-31T08:00");
    lily.arrange("2027-01-08");
    assertThat(breaches("CIN-01")).singleElement()
        .satisfies(breach -> assertThat(breach.breachedStep()).isEqualTo(MeetingTiming.HOLD_MEETING));
  }

  @Test
  void cin02_detailsSentLessThan5WorkingDaysBeforeTheMeetingAreABreachButTheMeetingGoesAhead() {
    lily.start();
    lily.putPlanInPlace();
    clockAt("2026-12-14T09:00");

    lily.arrange("2026-12-17");

    assertThat(breaches("CIN-02")).singleElement().satisfies(breach ->
        assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2026-12-10T23:59:59"));
    assertThat(lily.meetingTasks(Element.AttendOrSendReport)).hasSize(2);
  }

  @Test
  void cin02_everyAgencyOfThePlanIsInvitedAndTheMeetingCannotBeInThePast() {
    lily.start();
    lily.putPlanInPlace();

    assertThatThrownBy(() -> lily.arrange("2026-11-30", List.of("health")))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-02 meetingDate: the meeting is being arranged, so it cannot be in the past (30/11/2026)")
        .hasMessageContaining("CIN-02 invitedAgencies: every agency involved in the plan gets the meeting details; not invited: Education");
    assertThat(lily.meetingTask(Element.ArrangeChildInNeedMeeting)).isNotNull();
  }

  @Test
  void cin03_eachInvitedAgencyHasItsOwnTaskDue3WorkingDaysBeforeAndOnlyThatAgencySeesIt() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16", List.of("health", "education", "police"));

    List<Task> answers = lily.meetingTasks(Element.AttendOrSendReport);
    assertThat(answers).hasSize(3);
    assertThat(answers).allSatisfy(task -> assertThat(due(task)).isEqualTo("2026-12-11T23:59:59"));
    assertThat(answers.stream().flatMap(task -> candidateGroups(task).stream()))
        .containsExactlyInAnyOrder("health", "education", "police");
    lily.as("paul");
    List<Task> police = engine.getTaskService().createTaskQuery().processInstanceId(lily.meeting().getId()).list();
    engine.getIdentityService().clearAuthentication();
    assertThat(police).singleElement().satisfies(task -> assertThat(candidateGroups(task)).containsExactly("police"));
    assertThat(engine.getRuntimeService().getVariable(lily.meeting().getId(), "involvedAgencies").toString())
        .as("an agency invited joins the plan").contains("police");
  }

  @Test
  void cin03_anAgencyThatCannotAttendMustSendItsReportWhichTheSocialWorkerReads() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    Task health = lily.meetingTasks(Element.AttendOrSendReport).stream()
        .filter(t -> candidateGroups(t).contains("health")).findFirst().orElseThrow();

    assertThatThrownBy(() -> lily.complete(health, "helen", Map.of("agencyAttending", "false")))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-03 agencyReport")
        .hasMessageContaining("CIN-03 agencyRiskAnalysis");

    lily.complete(health, "helen", Map.of("agencyAttending", "false",
        "agencyReport", "Two asthma reviews missed since October.", "agencyRiskAnalysis", "Risk rising at night; the plan helps with school."));

    assertThat((String) engine.getRuntimeService().getVariable(lily.meeting().getId(), "agencyReports"))
        .contains("Health", "helen", "cannot attend", "Two asthma reviews missed");
    assertThat(engine.getTaskService().getVariables(lily.meetingTask(Element.RecordChildInNeedMeeting).getId()).get("agencyReports"))
        .asString().contains("Two asthma reviews missed");
  }

  @Test
  void cin03_anAgencyNeitherAttendingNorReportingBy3WorkingDaysBeforeIsABreachNamingIt() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    Task health = lily.meetingTasks(Element.AttendOrSendReport).stream()
        .filter(t -> candidateGroups(t).contains("health")).findFirst().orElseThrow();
    lily.complete(health, "helen", Map.of("agencyAttending", "true"));

    clockAt("2026-12-12T09:00");
    fireDueTimers(lily.meeting().getId());

    assertThat(breaches("CIN-03")).singleElement()
        .satisfies(breach -> assertThat(breach.breachedStep()).contains("Education").doesNotContain("Health"));
  }

  @Test
  void esc01_cin03_theSocialWorkerRaisesADisagreementWithTheAgencyThatNeitherAttendsNorReports() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    Task health = lily.meetingTasks(Element.AttendOrSendReport).stream()
        .filter(t -> candidateGroups(t).contains("health")).findFirst().orElseThrow();
    lily.complete(health, "helen", Map.of("agencyAttending", "true"));

    // Due Friday 11 December, 3 working days before Wednesday 16 December; education has not answered.
    clockAt("2026-12-12T09:00");
    fireDueTimers(lily.meeting().getId());

    List<ProcessInstance> disagreements = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(lily.caseReference).processDefinitionKey(ProfessionalDisagreementProcess.KEY).list();
    assertThat(disagreements).hasSize(1);
    assertThat(engine.getRuntimeService().getVariables(disagreements.get(0).getId()))
        .containsEntry("breachRuleId", "CIN-03").containsEntry("raisingAgency", "csc-social-worker")
        .containsEntry("otherAgency", "education");
  }

  @Test
  void cin04_cin05_aRecordWithoutTheChildsViewsOrWithOutcomesNotSmartOrAReviewTooLateIsRefusedNamingEachOutcome() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    clockAt("2026-12-16T15:00");
    Map<String, Object> record = ChildInNeedScenario.record("2027-03-17", "continuePlan");
    record.putAll(ChildInNeedScenario.outcomes("""
        [{"outcome":"Lily goes to school every day","measure":"Attendance above 95%","owner":"Emma Hughes","byWhen":"2027-02-12"},
         {"outcome":"Lily's asthma is controlled","owner":"","byWhen":"2027-03-31"},
         {"outcome":"Lily has a trusted adult at school","measure":"Lily names them","owner":"Emma Hughes"}]"""));
    record.remove("childsViews");
    Task task = lily.meetingTask(Element.RecordChildInNeedMeeting);

    assertThatThrownBy(() -> lily.complete(task, "sarah", record))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-04 childsViews: The child's current views is required")
        .hasMessageContaining("CIN-04 smartOutcomes: outcome 2 has no measure")
        .hasMessageContaining("CIN-04 smartOutcomes: outcome 2 has no owner")
        .hasMessageContaining("CIN-04 smartOutcomes: outcome 3 has no date")
        .hasMessageContaining("CIN-05 nextReviewDate: must be no later than 16/03/2027")
        .message().doesNotContain("outcome 1");
    assertThat(lily.meetingTask(Element.RecordChildInNeedMeeting)).isNotNull();
  }

  @Test
  void cin04_aChildNotHeardDirectlyNeedsTheWayTheirVoiceWillBeHeardAndTheMeetingMustHaveTakenPlace() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    Map<String, Object> record = ChildInNeedScenario.record("2027-03-10", "continuePlan");
    record.put("childHeardDirectly", "false");
    Task task = lily.meetingTask(Element.RecordChildInNeedMeeting);

    assertThatThrownBy(() -> lily.complete(task, "sarah", record))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-04 meetingDate: the meeting on 16/12/2026 has not been held yet")
        .hasMessageContaining("CIN-04 childsVoiceMechanism");

    clockAt("2026-12-16T15:00");
    record.put("childsVoiceMechanism", "An advocate from the children's rights service meets Lily before the next review.");
    lily.complete(task, "sarah", record);
    assertThat(lily.meetingTask(Element.CirculateMinutesAndPlan)).isNotNull();
  }

  @Test
  void cin06_minutesNotCirculatedWithin4WeeksAreOneBreachAndTheTaskStaysOpen() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    lily.agenciesAttend();
    clockAt("2026-12-16T15:00");
    lily.recordMeeting("2027-03-10", "continuePlan");
    Task minutes = lily.meetingTask(Element.CirculateMinutesAndPlan);
    assertThat(due(minutes)).isEqualTo("2027-01-13T23:59:59");

    clockAt("2027-01-14T08:00");
    fireDueTimers(lily.meeting().getId());

    assertThat(breaches("CIN-06")).singleElement().satisfies(breach -> {
      assertThat(breach.breachedStep()).isEqualTo("Circulate the minutes and the updated plan");
      assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-01-13T23:59:59");
    });
    assertThat(lily.meetingTask(Element.CirculateMinutesAndPlan)).isNotNull();
    assertThatThrownBy(() -> lily.complete(minutes, "sarah", Map.of("minutesCirculatedDate", "2027-01-14",
        "minutesCirculatedTo", List.of("health", "education"))))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-06 minutesCirculatedTo: the minutes and the updated plan go to the family");
  }

  @Test
  void cin06_aMeetingNotEvenRecordedBy4WeeksIsTheSameSingleBreach() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");

    clockAt("2027-01-14T08:00");
    fireDueTimers(lily.meeting().getId());

    assertThat(breaches("CIN-06")).hasSize(1);
  }

  @Test
  void cin05_cin08_aYearOfReviewsEachDueByTheDateTheLastConfirmedWithReassessmentsEvery6Months() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    lily.agenciesAttend();
    clockAt("2026-12-16T15:00");
    lily.recordMeeting("2027-03-10", "continuePlan");
    lily.circulate("2026-12-16");

    String[][] reviews = {{"2027-03-10", "2027-06-09"}, {"2027-06-09", "2027-09-08"}, {"2027-09-08", "2027-12-08"}};
    String[] arrangeDue = {"2027-03-03T23:59:59", "2027-06-02T23:59:59", "2027-09-01T23:59:59"};
    for (int i = 0; i < reviews.length; i++) {
      Task arrange = lily.meetingTask(Element.ArrangeChildInNeedMeeting);
      assertThat(due(arrange)).as("review " + (i + 1)).isEqualTo(arrangeDue[i]);
      assertThat(engine.getRuntimeService().getVariable(lily.meeting().getId(), "meetingNumber")).isEqualTo((long) i + 2);
      clockAt(reviews[i][0].substring(0, 8) + "01T09:00");
      lily.arrange(reviews[i][0]);
      lily.agenciesAttend();
      clockAt(reviews[i][0] + "T15:00");
      assertThat(engine.getTaskService().getVariables(lily.meetingTask(Element.RecordChildInNeedMeeting).getId())
          .get("smartOutcomes").toString()).as("the last meeting's outcomes, to review").contains("Lily goes to school every day");
      lily.recordMeeting(reviews[i][1], "continuePlan");
      lily.circulate(reviews[i][0]);
      if (i != 1) {
        Task reassess = lily.task(ChildInNeedPlanProcess.Element.ReassessChildsSituation.name());
        assertThat(due(reassess)).isEqualTo(i == 0 ? "2027-06-01T23:59:59" : "2027-09-10T23:59:59");
        lily.complete(reassess, "sarah", Map.of("reassessmentDate", reviews[i][0],
            "reassessmentSummary", "Attendance steady; mother engaging with adult services."));
        assertThat(due(lily.task(ChildInNeedPlanProcess.Element.ReassessChildsSituation.name())))
            .as("the next reassessment counts from this one").isEqualTo(i == 0 ? "2027-09-10T23:59:59" : "2028-03-08T23:59:59");
      }
      fireDueTimers(lily.plan.getId());
      fireDueTimers(lily.meeting().getId());
    }
    Task fifth = lily.meetingTask(Element.ArrangeChildInNeedMeeting);
    assertThat(due(fifth)).isEqualTo("2027-12-01T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(lily.plan.getId(), "meetingHistory").toString())
        .contains("Meeting 4 on 2027-09-08", "Meeting 1 on 2026-12-16");
    assertThat(breaches.forCase(lily.caseReference)).isEmpty();
    assertThat(lily.plan).isNotEnded();
  }

  @Test
  void cin08_aReassessmentNotDoneWithin6MonthsIsABreachAndStaysOpen() {
    lily.start();
    lily.putPlanInPlace();

    clockAt("2027-06-02T08:00");
    fireDueTimers(lily.plan.getId());

    assertThat(breaches("CIN-08")).singleElement()
        .satisfies(breach -> assertThat(breach.breachedStep()).isEqualTo("Reassess the child's situation"));
    assertThat(lily.task(ChildInNeedPlanProcess.Element.ReassessChildsSituation.name())).isNotNull();
  }

  void reviewProposingClosure() {
    lily.start();
    lily.putPlanInPlace();
    lily.arrange("2026-12-16");
    lily.agenciesAttend();
    clockAt("2026-12-16T15:00");
    lily.recordMeeting("2027-03-10", ChildInNeedMeetingProcess.PROPOSE_CLOSURE);
    lily.circulate("2026-12-16");
  }

  @Test
  void cin07_whenEveryAgencyAgreesThePlanClosesAndTheWorkerRecordsThatEarlyHelpFollows() {
    reviewProposingClosure();
    List<Task> views = lily.meetingTasks(Element.GiveViewOnClosingPlan);
    assertThat(views.stream().flatMap(t -> candidateGroups(t).stream())).containsExactlyInAnyOrder("health", "education");

    clockAt("2026-12-18T10:00");
    lily.view("health", Variables.createVariables().putValue("agreesToClose", "true"));
    lily.view("education", Variables.createVariables().putValue("agreesToClose", "true"));

    Task close = lily.task(ChildInNeedPlanProcess.Element.CloseChildInNeedPlan.name());
    assertThat(candidateGroups(close)).containsExactly("csc-social-worker");
    assertThat(due(close)).isEqualTo("2026-12-18T23:59:59");
    assertThat(engine.getTaskService().getVariable(close.getId(), "closureViews").toString())
        .contains("Health (GP, health visiting, school nursing, named nurses) (helen): agrees the plan should close",
            "(emma): agrees the plan should close");
    assertThatThrownBy(() -> lily.complete(close, "sarah", Map.of("closureReason", "Outcomes met.", "earlyHelpFollows", "true")))
        .isInstanceOf(GateRefusedException.class).hasMessageContaining("CIN-07 earlyHelpArrangements");

    lily.complete(close, "sarah", Map.of("closureReason", "Attendance 97%; asthma controlled for three months.",
        "earlyHelpFollows", "true", "earlyHelpArrangements", "School leads a CAF; review in 6 weeks."));

    assertThat(lily.plan).isEnded().hasPassed(ChildInNeedPlanProcess.Element.StepDownToEarlyHelp.name(),
        ChildInNeedPlanProcess.Element.PlanClosedEarlyHelpFollows.name());
    // EH-05: early help starts for Lily with the plan as its input; the reassessment ends with the plan
    ProcessInstance earlyHelp = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("EarlyHelp")
        .processInstanceBusinessKey(lily.caseReference).singleResult();
    assertThat(earlyHelp).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(earlyHelp.getId(), "stepDownFrom")).isEqualTo("childInNeedPlan");
    assertThat((String) engine.getRuntimeService().getVariable(earlyHelp.getId(), "socialCarePlanSummary"))
        .contains("Attendance 97%", "School leads a CAF");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(lily.caseReference).list())
        .extracting(Task::getProcessInstanceId).containsOnly(earlyHelp.getId());
  }

  /** Forms send true/false; a REST client written against earlier versions may still send yes/no. */
  @Test
  void cin07_aRestClientsYesAndNoAreStillRead() {
    reviewProposingClosure();
    lily.view("health", Variables.createVariables().putValue("agreesToClose", "yes"));
    lily.view("education", Variables.createVariables().putValue("agreesToClose", Boolean.TRUE));

    lily.complete(lily.task(ChildInNeedPlanProcess.Element.CloseChildInNeedPlan.name()), "sarah", Map.of("closureReason",
        "Outcomes met.", "earlyHelpFollows", "yes", "earlyHelpArrangements", "School leads a CAF; review in 6 weeks."));

    assertThat(lily.plan).isEnded().hasPassed(ChildInNeedPlanProcess.Element.PlanClosedEarlyHelpFollows.name());
  }

  @Test
  void cin07_closureWithoutEarlyHelpEndsThere() {
    reviewProposingClosure();
    lily.view("health", Variables.createVariables().putValue("agreesToClose", "true"));
    lily.view("education", Variables.createVariables().putValue("agreesToClose", "true"));

    lily.complete(lily.task(ChildInNeedPlanProcess.Element.CloseChildInNeedPlan.name()), "sarah",
        Map.of("closureReason", "Outcomes met.", "earlyHelpFollows", "false"));

    assertThat(lily.plan).isEnded().hasPassed(ChildInNeedPlanProcess.Element.PlanClosedNoEarlyHelp.name());
  }

  @Test
  void cin07_esc01_anAgencyThatDisagreesKeepsThePlanOpenAndRaisesADisagreementWithItsPosition() {
    reviewProposingClosure();
    lily.view("education", Variables.createVariables().putValue("agreesToClose", "true"));

    assertThatThrownBy(() -> lily.view("health", Variables.createVariables().putValue("agreesToClose", "false")))
        .isInstanceOf(GateRefusedException.class).hasMessageContaining("CIN-07 closurePosition");
    assertThatThrownBy(() -> lily.view("health", Variables.createVariables().putValue("agreesToClose", "false")
        .putValue("closurePosition", "Lily's asthma is not yet controlled.")))
        .as("the disagreement's own start gate: ESC-03").isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("ESC-03 childSafety");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProfessionalDisagreementProcess.KEY)
        .processInstanceBusinessKey(lily.caseReference).count()).isZero();

    lily.view("health", Variables.createVariables().putValue("agreesToClose", "false")
        .putValue("closurePosition", "Lily's asthma is not yet controlled: two A&E visits this month.")
        .putValue("childSafety", "confirmedSafe"));

    ProcessInstance disagreement = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProfessionalDisagreementProcess.KEY).processInstanceBusinessKey(lily.caseReference).singleResult();
    assertThat(disagreement).isWaitingAt(ProfessionalDisagreementProcess.Element.ResolveDisagreementStage1.name());
    Map<String, Object> raised = engine.getRuntimeService().getVariables(disagreement.getId());
    assertThat(raised).containsEntry("raisingAgency", "health").containsEntry("otherAgency", "csc-social-worker")
        .containsEntry("disagreementAbout", "planClosed")
        .containsEntry("raisingAgencyPosition", "Lily's asthma is not yet controlled: two A&E visits this month.")
        .containsEntry("disagreementRaisedBy", "helen");
    assertThat(lily.plan).isNotEnded();
    assertThat(lily.task(ChildInNeedPlanProcess.Element.CloseChildInNeedPlan.name())).isNull();
    Task nextReview = lily.meetingTask(Element.ArrangeChildInNeedMeeting);
    assertThat(due(nextReview)).as("the plan goes on to the review confirmed").isEqualTo("2027-03-03T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(lily.plan.getId(), "closureViews").toString())
        .contains("(helen): DISAGREES: Lily's asthma is not yet controlled", "professional disagreement raised");
  }

  @Test
  void rcpc04_aChildSteppedDownFromAChildProtectionPlanCannotHaveClosureProposedBefore3Months() {
    Map<String, Object> request = lily.request();
    request.put("childInNeedPlanSource", "stepDownFromChildProtectionPlan");
    request.remove("referralDate");
    request.remove("assessmentStartDate");
    request.put("childProtectionPlanEndedDate", "2026-11-27");
    lily.start(request);
    assertThat(engine.getRuntimeService().getVariables(lily.plan.getId()))
        .containsEntry("earliestClosureDate", "2027-02-27").containsEntry("meetingDueBy", "2027-02-27")
        .containsEntry("meetingRuleId", "CIN-05");
    lily.putPlanInPlace();
    clockAt("2027-02-10T09:00");
    lily.arrange("2027-02-24");
    lily.agenciesAttend();
    clockAt("2027-02-24T15:00");
    Task record = lily.meetingTask(Element.RecordChildInNeedMeeting);

    assertThatThrownBy(() -> lily.complete(record, "sarah", ChildInNeedScenario.record("2027-05-20", "proposeClosure")))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("RCPC-04 planDecision: the child was stepped down from a child protection plan that ended on 27/11/2026"
            + " and stays on this plan until at least 27/02/2027");

    lily.complete(record, "sarah", ChildInNeedScenario.record("2027-03-03", "continuePlan"));
    lily.circulate("2027-02-24");
    clockAt("2027-02-25T09:00");
    lily.arrange("2027-03-03");
    lily.agenciesAttend();
    clockAt("2027-03-03T15:00");
    lily.recordMeeting("2027-06-02", "proposeClosure");
    lily.circulate("2027-03-03");
    lily.view("health", Variables.createVariables().putValue("agreesToClose", "true"));
    lily.view("education", Variables.createVariables().putValue("agreesToClose", "true"));
    lily.complete(lily.task(ChildInNeedPlanProcess.Element.CloseChildInNeedPlan.name()), "sarah",
        Map.of("closureReason", "Changes sustained for three months after the child protection plan.", "earlyHelpFollows", "false"));
    assertThat(lily.plan).isEnded();
  }

  @Test
  void rcpc04_cin01_aStepDownWithoutTheDateTheChildProtectionPlanEndedIsRefused() {
    Map<String, Object> request = lily.request();
    request.put("childInNeedPlanSource", "stepDownFromChildProtectionPlan");

    assertThatThrownBy(() -> lily.start(request))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("RCPC-04 childProtectionPlanEndedDate");
  }

  @Test
  void cin01_cin02_aStartWithoutTheChildTheSourceTheAgenciesOrTheReferralDateIsRefusedAndNothingIsCreated() {
    Map<String, Object> request = lily.request();
    request.remove("childName");
    request.remove("referralDate");
    request.put("involvedAgencies", List.of("csc-social-worker", "police"));
    request.put("childDateOfBirth", "2027-01-01");

    assertThatThrownBy(() -> lily.start(request))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-01 childName")
        .hasMessageContaining("CIN-01 childDateOfBirth: cannot be in the future")
        .hasMessageContaining("CIN-01 referralDate")
        .hasMessageContaining("CIN-02 involvedAgencies: 'csc-social-worker' is not one of");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(lily.caseReference).count()).isZero();
  }

  @Test
  void cin01_anotherPathwayStartsThePlanWithTheMessageAndTheSameDeadlines() {
    Map<String, Object> request = lily.request();
    request.put("childInNeedPlanSource", "initialConference");
    request.remove("referralDate");
    request.remove("assessmentStartDate");
    lily.as("carol");
    ProcessInstance plan;
    try {
      plan = engine.getRuntimeService().createMessageCorrelation(ChildInNeedPlanProcess.REQUESTED_MESSAGE)
          .processInstanceBusinessKey(lily.caseReference).setVariables(request).correlateStartMessage();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    lily.plan = plan;

    assertThat(plan.getBusinessKey()).isEqualTo(lily.caseReference);
    assertThat(plan).isWaitingAt(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name());
    assertThat(engine.getRuntimeService().getVariables(plan.getId()))
        .containsEntry("meetingDueBy", "2027-03-01").containsEntry("meetingRuleId", "CIN-05")
        .containsEntry("planDueBy", "2027-02-05").containsEntry("childInNeedPlanStartedBy", "carol");
    assertThat(due(lily.task(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name()))).isEqualTo("2027-02-05T23:59:59");
  }

  @Test
  void cin01_aMessageWithBadVariablesFailsLoudlyForTheSenderAndCreatesNothing() {
    Map<String, Object> request = lily.request();
    request.put("childInNeedPlanSource", "hunch");
    request.remove("involvedAgencies");

    assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(ChildInNeedPlanProcess.REQUESTED_MESSAGE)
        .processInstanceBusinessKey(lily.caseReference).setVariables(request).correlateStartMessage())
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CIN-01 childInNeedPlanSource: must be one of")
        .hasMessageContaining("CIN-02 involvedAgencies");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(lily.caseReference).count()).isZero();
  }

  @Test
  void cin04_aPlanWithoutOutcomesOrWithAnOutcomeWithoutAnOwnerIsRefused() {
    lily.start();
    Task draft = lily.task(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name());
    Map<String, Object> answers = lily.draft();
    answers.putAll(ChildInNeedScenario.outcomes("[]"));

    assertThatThrownBy(() -> lily.complete(draft, "sarah", answers))
        .isInstanceOf(GateRefusedException.class).hasMessageContaining("CIN-04 smartOutcomes: record at least one outcome");

    answers.put("smartOutcomes", List.of(Map.of("outcome", "Lily sleeps through", "measure", "Mum's diary", "byWhen", "2027-01-31")));
    assertThatThrownBy(() -> lily.complete(draft, "sarah", answers))
        .isInstanceOf(GateRefusedException.class).hasMessageContaining("CIN-04 smartOutcomes: outcome 1 has no owner");
  }

  /**
   * No step waits for ever on a day that has passed (issue 18). CIN-08 via RA-01 childInNeed (seed 004
   * "Re-assessment Timeframes": "every 6 months"): assessed on Tuesday 1 December 2026, Lily is reassessed
   * by Tuesday 1 June 2027. Reassessed on Monday 7 June, it is taken, one CIN-08 breach is on the case, and
   * the next counts from the day it was done: Tuesday 7 December 2027.
   */
  @Test
  void cin08_aReassessmentDoneAfterItsDueDayIsTakenAndIsOneBreach() {
    lily.start();
    lily.putPlanInPlace();
    clockAt("2027-06-02T08:00");
    fireDueTimers(lily.plan.getId());
    assertThat(breaches("CIN-08")).hasSize(1);

    clockAt("2027-06-07T10:00");
    lily.complete(lily.task(ChildInNeedPlanProcess.Element.ReassessChildsSituation.name()), "sarah",
        Map.of("reassessmentDate", "2027-06-07", "reassessmentSummary", "Attendance steady; mother engaging with adult services."));
    fireDueTimers(lily.plan.getId());

    assertThat(breaches("CIN-08")).hasSize(1);
    assertThat(due(lily.task(ChildInNeedPlanProcess.Element.ReassessChildsSituation.name()))).isEqualTo("2027-12-07T23:59:59");
  }
}
