package uk.safeguarding.childcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess;
import uk.safeguarding.childcase.ChildCaseProcess.Element;
import uk.safeguarding.lado.LadoReferralProcess;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The child's case across every pathway (standards.md 4): the first pathway of a child opens the
 * case, whose clocks (SUP-01, CHR-01, SUM-01) run on the engine clock; supervision decides transfer
 * (TR-01) and closure (CL-01); a family that does not engage gets the stepped approach (NE-01); a
 * re-referral is flagged (RR-01). A school refers a coach to the LADO on Wednesday 9 December 2026,
 * which opens Amy's case.
 */
class ChildCaseProcessTest extends ProcessTestBase {

  @Autowired
  ChildCaseOpening opening;
  @Autowired
  CaseFlags flags;
  @Autowired
  Chronology chronology;
  @Autowired
  SignificantEvents significantEvents;

  String caseReference;

  @BeforeEach
  void theChildsCaseOpensWithItsFirstPathway() {
    opening.openAutomatically(true);
    clockAt("2026-12-09T11:00");
    caseReference = uniqueCaseReference();
  }

  @AfterEach
  void pathwaysTestsRunWithoutIt() {
    opening.openAutomatically(false);
  }

  ProcessInstance ladoReferral() {
    Map<String, Object> v = ladoReferralFromSchool(caseReference, "Amy Test");
    ProcessInstance referral = as("emma", "education",
        () -> engine.getRuntimeService().startProcessInstanceByKey(LadoReferralProcess.KEY, v));
    runCaseJobs();
    return referral;
  }

  /** A school's LADO referral about a football coach, the first pathway of the child's case. */
  static Map<String, Object> ladoReferralFromSchool(String caseReference, String childName) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", childName);
    v.put("adultName", "Dan Coach");
    v.put("adultRole", "Football coach, Riverside FC");
    v.put("ladoCriteria", new ArrayList<>(List.of("harmedChild")));
    v.put("ladoSettings", "workplace");
    v.put("ladoConcernDetails", "Amy says the coach grabbed her arm hard at training.");
    v.put("ladoConcernArose", WorkingDayCalendar.today().toString());
    v.put("ladoReferrerAgency", "education");
    return v;
  }

  /** Makes the chronology review, asynchronous as the job executor would (CHR-01). */
  void runCaseJobs() {
    engine.getManagementService().createJobQuery().processInstanceId(childCase().getId()).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  void endLadoReferral(ProcessInstance referral) {
    complete(task(referral.getId(), LadoReferralProcess.Element.MakeInitialConsideration.name()), "linda", "lado",
        Map.of("ladoDecision", "noFurtherAction", "ladoNotes", "Spoke to the club"));
  }

  ProcessInstance childCase() {
    return runningFor(caseReference, ChildCaseProcess.KEY);
  }

  Task caseTask(Element element) {
    return task(childCase().getId(), element.name());
  }

  Map<String, Object> supervision(String day, String kind, String nextStep) {
    Map<String, Object> v = new HashMap<>();
    v.put("supervisionDate", day);
    v.put("supervisionKind", kind);
    v.put("supervisionRecord", "Amy seen alone; the plan is working; next visit in two weeks.");
    v.put("nextStepForCase", nextStep);
    v.put("familyNotEngaging", false);
    return v;
  }

  @Test
  void sup01_chr01_sum01_theFirstPathwayOpensTheCaseAndItsClocksFallDueForTheRightGroups() {
    ProcessInstance referral = ladoReferral();
    ladoReferral(); // a second pathway of the same child opens no second case

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
        .processInstanceBusinessKey(caseReference).count()).isEqualTo(1);
    assertThat(childCase()).isWaitingAt(Element.SuperviseCase.name(), Element.ReviewChronology.name(), Element.UpdateCaseSummary.name());
    assertThat(engine.getRuntimeService().getVariable(childCase().getId(), "childName")).isEqualTo("Amy Test");
    Task supervision = caseTask(Element.SuperviseCase);
    assertThat(candidateGroups(supervision)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(supervision.getDueDate())).isEqualTo("2027-01-20T23:59:59");
    Task chronologyReview = caseTask(Element.ReviewChronology);
    assertThat(candidateGroups(chronologyReview)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(chronologyReview.getDueDate())).isEqualTo("2027-01-20T23:59:59");
    assertThat(String.valueOf(engine.getTaskService().getVariable(chronologyReview.getId(), "chronologyText")))
        .contains("Allegation against a person who works with children (LADO): started by emma");
    Task summary = caseTask(Element.UpdateCaseSummary);
    assertThat(londonDateTime(summary.getDueDate())).isEqualTo("2027-03-09T23:59:59");
    assertThat(referral).isWaitingAt(LadoReferralProcess.Element.MakeInitialConsideration.name());
  }

  @Test
  void sup01_sup02_chr01_missedSupervisionAndReviewAreBreachesAndALateRecordIsABreachToo() {
    ladoReferral();
    String childCase = childCase().getId();

    clockAt("2027-01-20T22:00");
    assertThat(fireDueTimers(childCase)).isZero();
    clockAt("2027-01-21T08:00");
    assertThat(fireDueTimers(childCase)).isEqualTo(2);
    assertThat(breachedRules(caseReference)).containsExactlyInAnyOrder("SUP-01", "CHR-01");
    assertThat(childCase()).isWaitingAt(Element.SuperviseCase.name(), Element.ReviewChronology.name());

    // a formal session on the 11th recorded on the 21st: SUP-02 (1 week) is breached, the SUP-01 breach is not counted twice
    clockAt("2027-01-21T10:00");
    complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", supervision("2027-01-11", "formal", "continue"));

    assertThat(breachedRules(caseReference)).containsExactlyInAnyOrder("SUP-01", "CHR-01", "SUP-02");
    Task next = caseTask(Element.SuperviseCase);
    assertThat(londonDateTime(next.getDueDate())).as("SUP-01 counts from the formal session").isEqualTo("2027-02-22T23:59:59");

    // an ad-hoc session recorded within 48 hours is no breach and does not move the SUP-01 clock
    clockAt("2027-01-28T09:00");
    complete(next, "tom", "csc-team-manager", supervision("2027-01-27", "adHoc", "continue"));
    assertThat(breachedRules(caseReference)).hasSize(3);
    assertThat(londonDateTime(caseTask(Element.SuperviseCase).getDueDate())).isEqualTo("2027-02-22T23:59:59");
  }

  @Test
  void sup02_aSupervisionWithoutItsRecordOrASessionInTheFutureIsRefused() {
    ladoReferral();
    Map<String, Object> bad = supervision("2027-02-01", "informal", "transfer");
    bad.remove("supervisionRecord");

    assertThatThrownBy(() -> complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", bad))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("SUP-02 supervisionDate: cannot be in the future")
        .hasMessageContaining("SUP-02 supervisionKind")
        .hasMessageContaining("SUP-01 supervisionRecord")
        .hasMessageContaining("TR-01 receivingWorker")
        .hasMessageContaining("SUM-01 caseSummary");
    assertThat(childCase()).isWaitingAt(Element.SuperviseCase.name());
  }

  @Test
  void tr01_sum01_aTransferMovesTheCasesOpenSocialWorkerTasksToTheReceivingWorker() {
    ladoReferral();
    Map<String, Object> transfer = supervision("2026-12-09", "formal", "transfer");
    transfer.put("receivingWorker", "nobody");
    assertThatThrownBy(() -> complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", transfer))
        .hasMessageContaining("TR-01 receivingWorker: 'nobody' is not a social worker");

    transfer.put("receivingWorker", "sam");
    transfer.put("caseSummary", "Amy, 8, lives with her mother; LADO referral about her coach; no other concerns.");
    complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", transfer);

    assertThat(caseTask(Element.ReviewChronology).getAssignee()).isEqualTo("sam");
    assertThat(caseTask(Element.UpdateCaseSummary).getAssignee()).isEqualTo("sam");
    Task contact = caseTask(Element.GiveContactDetails);
    assertThat(contact.getAssignee()).isEqualTo("sam");
    assertThat(candidateGroups(contact)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(contact.getDueDate())).isEqualTo("2026-12-16T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(childCase().getId(), "caseWorker")).isEqualTo("sam");
    assertThat(engine.getRuntimeService().getVariable(childCase().getId(), "tasksTransferred")).isEqualTo(2);
    assertThat(as("sam", "csc-social-worker", () -> engine.getTaskService().createTaskQuery().taskAssignee("sam")
        .processInstanceBusinessKey(caseReference).count())).isEqualTo(3);

    clockAt("2026-12-17T08:00");
    fireDueTimers(childCase().getId());
    assertThat(breachedRules(caseReference)).containsExactly("TR-01");
    clockAt("2026-12-17T09:00");
    complete(contact, "sam", "csc-social-worker", Map.of("contactDetailsGivenOn", "2026-12-17",
        "contactDetailsGivenTo", "Mother by phone and letter; school DSL and GP by email"));
    assertThat(childCase()).isWaitingAt(Element.SuperviseCase.name());
  }

  @Test
  void tr01_aSocialWorkerTaskThatAPathwayCreatesAfterTheTransferGoesToTheReceivingWorker() {
    ladoReferral();
    // Before any transfer, the assessment's first visit is the team's to pick up.
    ProcessInstance before = startAssessment(uniqueCaseReference());
    assertThat(task(before.getId(), ChildAndFamilyAssessmentProcess.Element.RecordFirstVisit.name()).getAssignee()).isNull();

    Map<String, Object> transfer = supervision("2026-12-09", "formal", "transfer");
    transfer.put("receivingWorker", "sam");
    transfer.put("caseSummary", "Amy, 8, lives with her mother; LADO referral about her coach; no other concerns.");
    complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", transfer);

    // A week later the school refers Amy for an assessment: its social worker task is sam's, and the
    // team still sees it; a child whose case was not transferred keeps the team's task.
    clockAt("2026-12-16T10:00");
    ProcessInstance after = startAssessment(caseReference);
    Task firstVisit = task(after.getId(), ChildAndFamilyAssessmentProcess.Element.RecordFirstVisit.name());
    assertThat(firstVisit.getAssignee()).isEqualTo("sam");
    assertThat(candidateGroups(firstVisit)).containsExactly("csc-social-worker");
    ProcessInstance another = startAssessment(uniqueCaseReference());
    assertThat(task(another.getId(), ChildAndFamilyAssessmentProcess.Element.RecordFirstVisit.name()).getAssignee()).isNull();
  }

  /** A child and family assessment of the child, opened by a social worker (sarah). */
  ProcessInstance startAssessment(String reference) {
    Map<String, Object> referral = new HashMap<>();
    referral.put("caseReference", reference);
    referral.put("childName", "Amy Test");
    referral.put("childDateOfBirth", "2018-03-02");
    referral.put("householdMembers", "Mother Jo Test");
    referral.put("assessmentReason", "Second contact from school this term: Amy hungry and tired.");
    referral.put("referralDate", WorkingDayCalendar.today().toString());
    return as("sarah", "csc-social-worker",
        () -> engine.getRuntimeService().startProcessInstanceByKey(ChildAndFamilyAssessmentProcess.KEY, referral));
  }

  @Test
  void cl01_closureIsRefusedWhileAPathwayOfTheChildIsOpenAndNeedsTheRecordAndTheManagersDecision() {
    ProcessInstance referral = ladoReferral();
    Map<String, Object> propose = supervision("2026-12-09", "formal", "proposeClosure");
    propose.put("caseSummary", "Amy is safe; the LADO referral is the only open work.");
    complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", propose);
    Task prepare = caseTask(Element.PrepareCaseClosure);
    assertThat(candidateGroups(prepare)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(prepare.getDueDate())).isEqualTo("2026-12-16T23:59:59");
    Map<String, Object> record = Map.of("chronologyReviewed", true, "genogramReference", "DOC-4471 genogram 2026-12",
        "closureSummary", "No further concerns; school will keep watch.");

    assertThatThrownBy(() -> complete(prepare, "sarah", "csc-social-worker", record))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("CL-01 openPathways: the case cannot close while a pathway of the child is open: "
            + "Allegation against a person who works with children (LADO)");
    assertThatThrownBy(() -> complete(prepare, "sarah", "csc-social-worker", Map.of("chronologyReviewed", false)))
        .hasMessageContaining("CL-01 chronologyReviewed").hasMessageContaining("CL-01 genogramReference")
        .hasMessageContaining("SUM-01 closureSummary");

    endLadoReferral(referral);
    complete(prepare, "sarah", "csc-social-worker", record);
    Task decision = caseTask(Element.DecideCaseClosure);
    assertThat(candidateGroups(decision)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(decision.getDueDate())).isEqualTo("2026-12-10T23:59:59");
    String caseId = childCase().getId();
    complete(decision, "tom", "csc-team-manager", Map.of("closureDecision", "close", "closureDecisionReasons", "Agreed", "reasonForClosure", "RC7"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult()
        .getEndActivityId()).isEqualTo(Element.CaseClosed.name());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void rr01_aReReferralWithinTwelveMonthsOfTheClosureIsFlaggedForTheManager() {
    closeTheCaseOn("2026-12-09");

    clockAt("2027-06-01T10:00");
    ladoReferral();

    assertThat(flags.forCase(caseReference)).extracting(CaseFlags.CaseFlag::kind).containsExactly(ReReferralFlags.RE_REFERRAL);
    Task flag = caseTask(Element.ReviewCaseFlag);
    assertThat(candidateGroups(flag)).containsExactly("csc-team-manager");
    assertThat(String.valueOf(engine.getTaskService().getVariable(flag.getId(), "caseFlag")))
        .startsWith("Re-referral: the case was closed on 2026-12-09");
    assertThatThrownBy(() -> complete(flag, "tom", "csc-team-manager", Map.of()))
        .hasMessageContaining("RR-01 caseFlagResponse");
    complete(flag, "tom", "csc-team-manager", Map.of("caseFlagResponse", "Second concern about adults; allocate to Sarah"));
    assertThat(childCase()).isWaitingAt(Element.SuperviseCase.name());
  }

  @Test
  void rr01_aReferralMoreThanTwelveMonthsAfterTheClosureIsNotFlagged() {
    closeTheCaseOn("2026-12-09");

    clockAt("2027-12-10T10:00");
    ladoReferral();

    assertThat(flags.forCase(caseReference)).isEmpty();
    assertThat(caseTask(Element.ReviewCaseFlag)).isNull();
  }

  void closeTheCaseOn(String day) {
    clockAt(day + "T11:00");
    ProcessInstance referral = ladoReferral();
    endLadoReferral(referral);
    Map<String, Object> propose = supervision(day, "formal", "proposeClosure");
    propose.put("caseSummary", "Concern addressed.");
    complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", propose);
    complete(caseTask(Element.PrepareCaseClosure), "sarah", "csc-social-worker", Map.of("chronologyReviewed", true,
        "genogramReference", "DOC-1", "closureSummary", "Closed"));
    complete(caseTask(Element.DecideCaseClosure), "tom", "csc-team-manager",
        Map.of("closureDecision", "close", "closureDecisionReasons", "Agreed", "reasonForClosure", "RC7"));
    assertThat(childCase()).isNull();
  }

  @Test
  void ne01_aFamilyThatDoesNotEngageGetsAFurtherAttemptAFormalLetterAndThenTheManagersEscalation() {
    ladoReferral();
    Map<String, Object> notEngaging = supervision("2026-12-09", "formal", "continue");
    notEngaging.put("familyNotEngaging", true);
    complete(caseTask(Element.SuperviseCase), "tom", "csc-team-manager", notEngaging);

    Task attempt = caseTask(Element.MakeFurtherAttempt);
    assertThat(candidateGroups(attempt)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(attempt.getDueDate())).isEqualTo("2026-12-11T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(childCase().getId(), "familyNotEngaging")).isEqualTo(false);
    clockAt("2026-12-10T15:00");
    complete(attempt, "sarah", "csc-social-worker", Map.of("furtherAttemptDate", "2026-12-10", "engagedAfterAttempt", false));
    Task letter = caseTask(Element.SendFormalLetter);
    assertThat(londonDateTime(letter.getDueDate())).isEqualTo("2026-12-17T23:59:59");
    complete(letter, "sarah", "csc-social-worker", Map.of("formalLetterSentOn", "2026-12-10", "engagedAfterLetter", false));
    Task escalation = caseTask(Element.EscalateNonEngagement);
    assertThat(candidateGroups(escalation)).containsExactly("csc-team-manager");
    assertThatThrownBy(() -> complete(escalation, "tom", "csc-team-manager", Map.of("nonEngagementEscalation", "ignore")))
        .hasMessageContaining("NE-01 nonEngagementEscalation").hasMessageContaining("NE-01 nonEngagementEscalationReasons");
    complete(escalation, "tom", "csc-team-manager", Map.of("nonEngagementEscalation", "strategyDiscussion",
        "nonEngagementEscalationReasons", "Amy not seen for three weeks"));

    assertThat(childCase()).isWaitingAt(Element.SuperviseCase.name(), Element.ReviewChronology.name(), Element.UpdateCaseSummary.name());
    assertThat(caseTask(Element.EscalateNonEngagement)).isNull();
  }

  @Test
  void ne01_aFamilyThatEngagesAtTheFurtherAttemptEndsTheSteppedApproach() {
    ladoReferral();
    engine.getRuntimeService().setVariable(childCase().getId(), "familyNotEngaging", true);
    complete(caseTask(Element.MakeFurtherAttempt), "sarah", "csc-social-worker",
        Map.of("furtherAttemptDate", "2026-12-09", "engagedAfterAttempt", true));

    assertThat(caseTask(Element.SendFormalLetter)).isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(childCase().getId())
        .activityId("FamilyEngagedAfterAttempt").count()).isEqualTo(1);
  }

  /** A REST client written against earlier versions answers "yes": the gate keeps it as true for the gateway. */
  @Test
  void ne01_aRestClientsYesAtTheFurtherAttemptAlsoEndsTheSteppedApproach() {
    ladoReferral();
    engine.getRuntimeService().setVariable(childCase().getId(), "familyNotEngaging", true);
    complete(caseTask(Element.MakeFurtherAttempt), "sarah", "csc-social-worker",
        Map.of("furtherAttemptDate", "2026-12-09", "engagedAfterAttempt", "yes"));

    assertThat(caseTask(Element.SendFormalLetter)).isNull();
    assertThat(engine.getRuntimeService().getVariable(childCase().getId(), "engagedAfterAttempt")).isEqualTo(true);
  }

  @Test
  void chr01_aSignificantEventAddedAtTheReviewJoinsTheChronologyInDateOrder() {
    ladoReferral();
    clockAt("2026-12-10T09:00");
    assertThatThrownBy(() -> complete(caseTask(Element.ReviewChronology), "sarah", "csc-social-worker",
        Map.of("chronologyReviewed", false, "significantEvent", "Moved school")))
        .hasMessageContaining("CHR-01 chronologyReviewed").hasMessageContaining("CHR-01 significantEventDate");

    complete(caseTask(Element.ReviewChronology), "sarah", "csc-social-worker", Map.of("chronologyReviewed", true,
        "significantEventDate", "2026-12-01", "significantEvent", "Amy's grandmother, her main carer at weekends, died"));

    List<ChronologyEntry> entries = chronology.of(caseReference);
    assertThat(entries.get(0).event()).startsWith("Amy's grandmother");
    assertThat(entries).extracting(ChronologyEntry::at).isSorted();
    assertThat(entries).extracting(ChronologyEntry::event).contains("Review the chronology");
    runCaseJobs();
    Task next = caseTask(Element.ReviewChronology);
    assertThat(londonDateTime(next.getDueDate())).isEqualTo("2027-01-21T23:59:59");
    assertThat(String.valueOf(engine.getTaskService().getVariable(next.getId(), "chronologyText")))
        .contains("Significant event: Amy's grandmother");
  }

  @Test
  void chr01_theChronologyOnTheReviewIsGeneratedAgainWhenThePractitionerClaimsIt() {
    ladoReferral();
    Task review = caseTask(Element.ReviewChronology);
    significantEvents.add(caseReference, java.time.LocalDate.parse("2026-12-02"), "Amy moved to her aunt's", "sarah");
    assertThat(String.valueOf(engine.getTaskService().getVariable(review.getId(), "chronologyText")))
        .doesNotContain("Amy moved to her aunt's");

    engine.getTaskService().claim(review.getId(), "sarah");

    assertThat(String.valueOf(engine.getTaskService().getVariable(review.getId(), "chronologyText")))
        .contains("Amy moved to her aunt's");
  }
}
