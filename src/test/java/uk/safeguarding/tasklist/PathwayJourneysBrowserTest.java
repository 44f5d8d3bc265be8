package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.conference.ConferenceScenario;
import uk.safeguarding.strategy.StrategyDiscussionScenario;
import uk.safeguarding.timescales.Standards;

/**
 * One journey per pathway, worked in Tasklist in Debian's Chromium (issue 16, item 8): the right
 * agency's practitioner starts the pathway from its start form, or the test sets the case up as the
 * system would, and the practitioners then work its first tasks through the forms, typing dates as
 * DD/MM/YYYY and choosing options by their labels, until the pathway visibly moves on. Each test then
 * checks in the engine that the next task is there, for the right agency, due when its rule says.
 *
 * <p>Every journey is run by {@code src/browser-test/pathway-journey.js}, given the steps as JSON (who,
 * which start form or task, the answers by label); the helpers it shares with the other journeys
 * (fillForm, complete, startProcess) are in {@code tasklist.js}. The class's journeys share one Chromium,
 * each practitioner logged in once on a page of their own, the script serving one journey after another
 * (a log-in is most of a short journey's time on two cores). Tasklist and the engine run on the real
 * clock (a moved engine clock confuses Tasklist's own session), so the dates typed are today's and each
 * due date is checked against its rule in the case's profile, counted from today.
 */
@Tag(BrowserJourney.TAG)
class PathwayJourneysBrowserTest extends ProcessTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * One Chromium for the class's journeys, each practitioner logged in once (pathway-journey.js serving):
   * a journey's steps and what the engine holds after them are checked as before, a log-in is not repeated.
   */
  private static BrowserJourney.Session browser;

  @LocalServerPort
  int port;

  @Autowired
  Standards standards;

  private String caseReference;
  /** Today in London, typed as DD/MM/YYYY: Tasklist runs on the real clock, as the server's time does. */
  private LocalDate today;
  private String typedToday;

  @AfterAll
  static void closeTheBrowser() throws InterruptedException {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void aNewCase() {
    caseReference = uniqueCaseReference();
    today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON);
    typedToday = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  @Test
  void fd04_fd06_aSchoolMakesAContactTheFrontDoorOffersEarlyHelpAndTheSchoolIsToldByTheNextWorkingDay() throws Exception {
    BrowserJourney.Run run = journey("front-door",
        start("emma", "Contact with the front door", answers(
            "Case reference", caseReference,
            "Child's name", "Leo Front",
            "Date of birth", "03/02/2016",
            "Household members (and anyone else with care of the child)", "Mother; older brother",
            "Standards profile", "National (default)",
            "Your agency", "Education (school DSL, early years)",
            "Your name and contact details", "Emma Hughes, designated safeguarding lead, 01234 567890",
            "Screening tool used (FD-01)", "Continuum of need / level of need guidance",
            "Factual reasons for the contact, and work already done with the family (FD-01)",
            "Leo has come to school hungry three days running; the family support worker has visited twice.",
            "Your agency's assessment of the current risk to the child (FD-01)", "Additional needs, no immediate danger",
            "Level of need (continuum of need)", "Level 2: additional needs",
            "Immediate-risk indicators (tick 'None of these' if none)", List.of("None of these"),
            "Was parental consent obtained? (FD-01)", "Yes",
            "Domestic abuse screening (FD-02): ask about each, tick those present", List.of("None identified after asking"))),
        task("fiona", "Decide on the contact", answers(
            "Your decision (FD-04)", "Early help offer",
            "Reasons for the decision", "Additional needs: a coordinated early help offer")));

    ProcessInstance contact = runningFor(caseReference, "Contact");
    assertThat(run.line("STARTED")).isEqualTo(contact.getId());
    assertThat(engine.getRuntimeService().getVariables(contact.getId(), List.of("childDateOfBirth", "contactOutcome")))
        .containsEntry("childDateOfBirth", "2016-02-03").containsEntry("contactOutcome", "earlyHelp");
    Task note = nextTask(contact.getId(), "NoteContactOutcome");
    assertThat(candidateGroups(note)).containsExactly("education");
    assertThat(londonDateTime(note.getDueDate())).isEqualTo(dueBy(contact, "FD-06", null, today));
    assertThat(runningFor(caseReference, "EarlyHelp")).as("early help offered by the front door").isNotNull();
  }

  @Test
  void eh02_theLeadProfessionalOffersEarlyHelpRecordsConsentAndTheAssessmentIsDueIn20WorkingDays() throws Exception {
    BrowserJourney.Run run = journey("early-help",
        start("erin", "Early help", answers(
            "Case reference", caseReference,
            "Child's name", "Mia Early",
            "Date of birth", "14/05/2016",
            "Household members", "Mother; grandmother",
            "Standards profile", "National (default)",
            "The unmet needs early help is offered for", "Mother is struggling with Mia's sleep and school attendance")),
        task("erin", "Record consent to early help", answers("Have the parents consented?", "Yes")));

    ProcessInstance earlyHelp = runningFor(caseReference, "EarlyHelp");
    assertThat(run.line("STARTED")).isEqualTo(earlyHelp.getId());
    Task assessment = nextTask(earlyHelp.getId(), "CompleteEarlyHelpAssessment");
    assertThat(candidateGroups(assessment)).containsExactly("early-help");
    Object consented = engine.getRuntimeService().getVariable(earlyHelp.getId(), "earlyHelpConsentDate");
    assertThat(LocalDate.ofInstant(((Date) consented).toInstant(), WorkingDayCalendar.LONDON)).isEqualTo(today);
    assertThat(londonDateTime(assessment.getDueDate())).as("EH-02 from the day of consent").isEqualTo(dueBy(earlyHelp, "EH-02", null, today));
  }

  @Test
  void cfa01_cfa03_theSocialWorkerStartsAnAssessmentRecordsTheFirstVisitAndTheWriteUpIsDueByTheTarget() throws Exception {
    BrowserJourney.Run run = journey("assessment",
        start("sarah", "Child and family assessment", answers(
            "Case reference", caseReference,
            "Child's name", "Noah Assess",
            "Date of birth", "21/08/2017",
            "Household members", "Father; stepmother",
            "Standards profile", "National (default)",
            "Date of the referral to children's social care", typedToday,
            "Why the child is being assessed", "Referred by the GP: repeated missed appointments and weight loss")),
        task("sarah", "Record the first visit", answers(
            "Date of the visit", typedToday,
            "Was the child seen?", "Yes",
            "Was the child seen alone?", "Yes",
            "Are there concerns of neglect? (CFA-08)", "No")));

    ProcessInstance assessment = runningFor(caseReference, "ChildAndFamilyAssessment");
    assertThat(run.line("STARTED")).isEqualTo(assessment.getId());
    assertThat(engine.getRuntimeService().getVariable(assessment.getId(), "firstVisitDate")).isEqualTo(today.toString());
    Task writeUp = nextTask(assessment.getId(), "CompleteAssessment");
    assertThat(candidateGroups(writeUp)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(writeUp.getDueDate())).as("CFA-03: the profile's target from the start")
        .isEqualTo(dueBy(assessment, "CFA-03", "target", today));
  }

  @Test
  void sd06_aSocialWorkerStartsAStrategyDiscussionTheManagerConvenesItAndThePoliceContribute() throws Exception {
    BrowserJourney.Run run = journey("strategy-discussion",
        start("sarah", "Strategy discussion", answers(
            "Case reference", caseReference,
            "Child's name", "Amy Journey",
            "Child's date of birth", "03/02/2019",
            "The concern", "Bruising seen at school",
            "Date the concern arose", typedToday,
            "Household members", "Mother; stepfather",
            "Standards profile", "National (default)")),
        task("tom", "Convene strategy discussion", answers(
            "Date of the strategy discussion", typedToday,
            "Meeting or call", "Meeting",
            "Agencies invited", List.of("Children's social care (allocated social worker)", "Police", "Health"))),
        task("paul", "Contribute agency information and risk analysis", answers(
            "What your agency knows about the child and family", "Two call-outs to the address this year",
            "Your agency's analysis of the risk of significant harm", "High: recent violence in the household")));

    ProcessInstance discussion = runningFor(caseReference, "StrategyDiscussion");
    assertThat(run.line("STARTED")).isEqualTo(discussion.getId());
    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "strategyDiscussionDate")).isEqualTo(today.toString());
    assertThat((String) engine.getRuntimeService().getVariable(discussion.getId(), "agencyContributions")).contains("(paul)");
    List<Task> waiting = engine.getTaskService().createTaskQuery().processInstanceId(discussion.getId())
        .taskDefinitionKey("ContributeToStrategyDiscussion").list();
    assertThat(waiting).extracting(this::onlyGroup).containsExactlyInAnyOrder("csc-social-worker", "health");
    assertThat(waiting).extracting(task -> londonDateTime(task.getDueDate()))
        .as("SD-06: by the end of the day of the discussion").containsOnly(today.atTime(WorkingDayCalendar.END_OF_DAY).toString());
  }

  @Test
  void lado03_aSchoolRefersAnAllegationAndTheLadoConsidersItTheOutcomeIsDueAMonthLater() throws Exception {
    BrowserJourney.Run run = journey("lado",
        start("emma", "Allegation against a person who works with children (LADO)", answers(
            "Case reference", caseReference,
            "Child or children concerned", "Pupils of year 6",
            "The adult's name", "A. Coach",
            "Their role with children, and their employer or organisation", "Football coach, Northshire Juniors",
            "The adult has (LADO-01)", List.of("Behaved in a way that has harmed, or may have harmed, a child"),
            "Where it happened", List.of("At work"),
            "What happened", "A pupil says the coach grabbed him by the neck at training",
            "The date the concern arose", typedToday,
            "Your agency", "Education")),
        task("linda", "Make the LADO's initial consideration", answers(
            "Outcome of your initial consideration", "Strategy discussion",
            "Your reasons", "Physical harm alleged: police to be involved")));

    ProcessInstance referral = runningFor(caseReference, "LadoReferral");
    assertThat(run.line("STARTED")).isEqualTo(referral.getId());
    Task outcome = nextTask(referral.getId(), "RecordAllegationOutcome");
    assertThat(candidateGroups(outcome)).containsExactly("lado");
    assertThat(londonDateTime(outcome.getDueDate())).as("LADO-03: the final outcome, from the initial consideration")
        .isEqualTo(dueBy(referral, "LADO-03", "finalOutcome", today));
  }

  @Test
  void esc04_thePoliceRaiseADisagreementWithHealthWhoResolveItAtStage1AndBothNoteTheOutcome() throws Exception {
    BrowserJourney.Run run = journey("disagreement",
        start("paul", "Professional disagreement (escalation)", answers(
            "Case reference", caseReference,
            "Child's name", "Ben Differ",
            "Your agency", "Police",
            "What it is about", "Information sharing and communication",
            "The agency you disagree with", "Health",
            "The issue", "Health did not share the A&E attendances we asked for",
            "Your agency's position", "We need them to assess the risk",
            "Is the child at immediate risk?", "No: the child is safe as far as I know")),
        task("helen", "Resolve the disagreement (stage 1: practitioners)", answers(
            "The other agency's position", "Consent was unclear; we will share under section 47 guidance",
            "Is the child safe?", "I confirm the child is safe",
            "Outcome", "Resolved",
            "Rationale", "Records shared the same day",
            "Learning for the partnership's audits (ESC-06)", "Agree consent questions at the strategy discussion")));

    ProcessInstance disagreement = runningFor(caseReference, "ProfessionalDisagreement");
    assertThat(run.line("STARTED")).isEqualTo(disagreement.getId());
    List<Task> notes = engine.getTaskService().createTaskQuery().processInstanceId(disagreement.getId())
        .taskDefinitionKey("NoteDisagreementOutcome").list();
    assertThat(notes).extracting(this::onlyGroup).containsExactlyInAnyOrder("police", "health");
    assertThat(notes).extracting(task -> londonDateTime(task.getDueDate())).containsOnly(dueBy(disagreement, "ESC-04", null, today));
  }

  @Test
  void icpc02_icpc03_theChairConvenesTheInitialConferenceAndEachInvitedAgencyIsAskedForItsReport() throws Exception {
    // What the system does before: a strategy discussion, a section 47 enquiry and the request for a
    // conference, on the dates the conference's own tests use; then the real clock again for the browser.
    new ConferenceScenario(engine, caseReference).requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"),
        day -> {
          clockAt(day);
          return null;
        });
    ClockUtil.reset();
    LocalDate requested = LocalDate.parse("2026-12-15");
    LocalDate conferenceDay = WorkingDayCalendar.englandAndWales().workingDaysAfter(today.isAfter(requested) ? today : requested, 5);

    journey("initial-conference",
        task("carol", "Convene initial child protection conference", answers(
            "Date of the conference", conferenceDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            "Agencies invited to report (ICPC-02)", List.of("Police", "Health (GP, health visiting, school nursing)", "Education"),
            "Is the child invited? (ICPC-04, required for a child aged 12 or over)", "No",
            "Why the child is not invited (agreed with the social worker)", "Amy is 8; the social worker will share her views")));

    ProcessInstance conference = runningFor(caseReference, "InitialChildProtectionConference");
    assertThat(engine.getRuntimeService().getVariable(conference.getId(), "conferenceDate")).isEqualTo(conferenceDay.toString());
    List<Task> reports = engine.getTaskService().createTaskQuery().processInstanceId(conference.getId())
        .taskDefinitionKey("ProvideConferenceReport").list();
    assertThat(reports).extracting(this::onlyGroup).containsExactlyInAnyOrder("police", "health", "education");
    assertThat(reports).extracting(report -> londonDateTime(report.getDueDate()))
        .containsOnly(dueBy(conference, "ICPC-03", "agencyReports", conferenceDay));
  }

  @Test
  void cin01_cin04_aSocialWorkerStartsAChildInNeedPlanAfterAConferenceAndPutsThePlanWithItsSmartOutcomesInPlace() throws Exception {
    BrowserJourney.Run run = journey("child-in-need-plan",
        start("sarah", "Child in need plan", answers(
            "Case reference", caseReference,
            "Child's name", "Ella Need",
            "Child's date of birth", "11/11/2015",
            "Household members", "Mother; partner",
            "Standards profile", "National (default)",
            "The plan comes from", "An initial child protection conference decision",
            "Agencies involved in the plan", List.of("Health", "Education"))),
        task("sarah", "Put the child in need plan in place", answers(
            "What the child needs", "Ella misses school when her mother is unwell; her asthma is poorly managed",
            "Outcomes (CIN-04: each one SMART)", List.of(
                answers("What will change for the child", "Ella goes to school every day",
                    "How it is measured", "Attendance above 95% each half term",
                    "Who is responsible", "Emma Hughes (education)",
                    "By when", today.plusMonths(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                answers("What will change for the child", "Ella's asthma is controlled at home",
                    "How it is measured", "No missed inhaler reviews; no A&E visits",
                    "Who is responsible", "Helen Price (health)",
                    "By when", today.plusMonths(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))),
            "Contingency plan", "If attendance falls below 85% the plan is reviewed at once",
            "Date the latest assessment was completed", typedToday)));

    ProcessInstance plan = runningFor(caseReference, "ChildInNeedPlan");
    assertThat(run.line("STARTED")).isEqualTo(plan.getId());
    HistoricTaskInstance draft = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(plan.getId())
        .taskDefinitionKey("DraftChildInNeedPlan").singleResult();
    assertThat(londonDateTime(draft.getDueDate())).as("CIN-01: the plan in place").isEqualTo(dueBy(plan, "CIN-01", "planInPlace", today));
    assertThat(String.valueOf(engine.getRuntimeService().getVariable(plan.getId(), "smartOutcomes")))
        .as("CIN-04: both rows of the dynamic list, dates as the engine keeps them")
        .contains("Ella goes to school every day", today.plusMonths(3).toString(), "Helen Price (health)", today.plusMonths(4).toString());
    Task reassess = nextTask(plan.getId(), "ReassessChildsSituation");
    assertThat(candidateGroups(reassess)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(reassess.getDueDate())).as("RA-01: from the assessment typed in the plan")
        .isEqualTo(dueBy(plan, "RA-01", "childInNeed", today));
    ProcessInstance meeting = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(plan.getId()).singleResult();
    Task arrange = nextTask(meeting.getId(), "ArrangeChildInNeedMeeting");
    assertThat(candidateGroups(arrange)).containsExactly("csc-social-worker");
  }

  @Test
  void cg06_aFirstStatutoryVisitUnderAChildProtectionPlanSeenAloneSetsTheNextVisitFromTheProfile() throws Exception {
    // What the system does before: the enquiry, the conference and its plan, on the dates the conference's
    // own tests use; then the real clock again for the browser, and the visit is made today.
    ConferenceScenario child = new ConferenceScenario(engine, caseReference);
    child.requestConference(StrategyDiscussionScenario.referral(caseReference, "2026-12-09"), this::movedClock);
    child.holdConferenceMakingAPlan(this::movedClock);
    ClockUtil.reset();
    ProcessInstance plan = runningFor(caseReference, "CoreGroupsAndVisits");
    Task firstVisit = nextTask(plan.getId(), "RecordStatutoryVisit");

    journey("child-protection-plan",
        task("sarah", "Record statutory visit", answers(
            "Date of the visit", typedToday,
            "Was the child seen?", "Yes",
            "Was the child seen alone?", "Yes",
            "What the child said and what was seen", "Amy showed me her room and said home is calmer")));

    assertThat(engine.getRuntimeService().getVariable(plan.getId(), "lastVisitSeenAloneDate")).isEqualTo(today.toString());
    Task nextVisit = nextTask(plan.getId(), "RecordStatutoryVisit");
    assertThat(nextVisit.getId()).as("a new visit is owed").isNotEqualTo(firstVisit.getId());
    assertThat(candidateGroups(nextVisit)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(nextVisit.getDueDate())).as("CG-06: the profile's interval from the visit")
        .isEqualTo(dueBy(plan, "CG-06", "interval", today));
  }

  @Test
  void lac01_lac07_lac08_theIroIsAllocatedAndSetsTheFirstReviewAndTheSocialWorkersReportIsDueBeforeIt() throws Exception {
    // What the social worker recorded when the child became looked after today (the start form, as the
    // looked after child's own tests give it).
    Map<String, Object> lookedAfter = new LinkedHashMap<>();
    lookedAfter.put("caseReference", caseReference);
    lookedAfter.put("childName", "Mia Looked");
    lookedAfter.put("childDateOfBirth", "2016-06-01");
    lookedAfter.put("lookedAfterSince", today.toString());
    lookedAfter.put("legalStatus", "C1");
    lookedAfter.put("admission", "planned");
    lookedAfter.put("placementType", "U6");
    lookedAfter.put("placementProvider", "PR1");
    lookedAfter.put("placementPostcode", "M1 1AE");
    lookedAfter.put("homePostcode", "M14 5RB");
    lookedAfter.put("unaccompaniedAsylumSeeking", false);
    lookedAfter.put("primaryNeed", "N1");
    lookedAfter.put("placementStartDate", today.toString());
    lookedAfter.put("placementLongTerm", "true");
    lookedAfter.put("placementAddress", "Mr and Mrs Foster, 1 Elm Road");
    lookedAfter.put("involvedAgencies", new ArrayList<>(List.of("health", "education")));
    as("sarah", "csc-social-worker", () -> engine.getRuntimeService().startProcessInstanceByKey("LookedAfterChild", lookedAfter));
    ProcessInstance reviews = runningFor(caseReference, "LookedAfterReviews");
    LocalDate reviewDueBy = LocalDate.parse((String) engine.getTaskService()
        .getVariable(nextTask(reviews.getId(), "ScheduleReview").getId(), "reviewDueBy"));
    LocalDate reviewDay = WorkingDayCalendar.englandAndWales().workingDaysAfter(today, 15);
    assertThat(reviewDay).as("LAC-07: the first review within 20 working days").isBefore(reviewDueBy);

    journey("looked-after-child",
        task("ian", "Allocate an IRO", answers(
            "The allocated IRO", "Ian Rowe",
            "Allocated on", typedToday)),
        task("ian", "Set the date of the review", answers(
            "Date of the review", reviewDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))));

    assertThat(engine.getRuntimeService().getVariable(reviews.getId(), "iroName")).isEqualTo("Ian Rowe");
    Task report = nextTask(reviews.getId(), "SendSocialWorkerReport");
    assertThat(candidateGroups(report)).containsExactly("csc-social-worker");
    assertThat(londonDateTime(report.getDueDate())).as("LAC-08: before the review the IRO set")
        .isEqualTo(dueBy(reviews, "LAC-08", null, reviewDay));
    List<Task> consultations = engine.getTaskService().createTaskQuery().processInstanceId(reviews.getId())
        .taskDefinitionKey("ReturnReviewConsultation").list();
    assertThat(consultations).extracting(this::onlyGroup).containsExactlyInAnyOrder("health", "education");
    assertThat(consultations).extracting(task -> londonDateTime(task.getDueDate()))
        .containsOnly(dueBy(reviews, "LAC-17", "reportsBefore", reviewDay));
  }

  @Test
  void sup01_theTeamManagerSupervisesTheCaseAndTheNextSupervisionIsCountedFromTheSession() throws Exception {
    // The child's case as the system opened it with the first pathway, two weeks ago.
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().minus(java.time.Duration.ofDays(14))));
    ProcessInstance childCase = as("sarah", "csc-social-worker", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("ChildCase", caseReference, Map.of("caseReference", caseReference, "childName", "Sam Case")));
    ClockUtil.reset();
    Task first = nextTask(childCase.getId(), "SuperviseCase");

    journey("child-case",
        task("tom", "Supervise the case's practitioner", answers(
            "Day of the supervision", typedToday,
            "Kind", "Formal supervision",
            "What was discussed and decided", "Sam seen alone; the plan is working; next visit in two weeks",
            "Next step", "Go on")));

    Task next = nextTask(childCase.getId(), "SuperviseCase");
    assertThat(next.getId()).as("the next supervision").isNotEqualTo(first.getId());
    assertThat(candidateGroups(next)).containsExactly("csc-team-manager");
    assertThat(londonDateTime(next.getDueDate())).as("SUP-01: from today's formal session, not the case's opening")
        .isEqualTo(dueBy(childCase, "SUP-01", null, today)).isNotEqualTo(londonDateTime(first.getDueDate()));
  }

  @Test
  void rec01_aSocialWorkerCorrectsTheChildsNameOnEveryRunningProcessOfTheChild() throws Exception {
    // The child's case as the system holds it: a strategy discussion running under the case reference.
    ProcessInstance discussion = engine.getRuntimeService().startProcessInstanceByKey("StrategyDiscussion",
        StrategyDiscussionScenario.referral(caseReference, today.toString()));

    journey("correct-case-record",
        start("sarah", "Correct the case record", answers(
            "Case reference", caseReference,
            "Which fact is wrong", "The child's name",
            "The corrected value", "Amy Corrected",
            "Why the record was wrong, and how you know the corrected value", "Misspelt at referral; birth certificate seen")));

    assertThat(engine.getRuntimeService().getVariable(discussion.getId(), "childName")).isEqualTo("Amy Corrected");
    assertThat(runningFor(caseReference, "CorrectCaseRecord")).as("the correction is done at once").isNull();
  }

  /** The engine clock at a moment of a scenario's own dates (the steps the system did before the browser). */
  private Void movedClock(String localDateTime) {
    clockAt(localDateTime);
    return null;
  }

  // --- the journey ------------------------------------------------------------------------------

  private record Step(String user, String start, String task, Map<String, Object> answers) {}

  private static Step start(String user, String process, Map<String, Object> answers) {
    return new Step(user, process, null, answers);
  }

  private static Step task(String user, String taskName, Map<String, Object> answers) {
    return new Step(user, null, taskName, answers);
  }

  /** Label, value, label, value...: the answers in the order a practitioner fills them in. */
  private static Map<String, Object> answers(Object... labelsAndValues) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      answers.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
    }
    return answers;
  }

  /** Runs the steps in Chromium; fails with the script's output (and failure.png) when a step failed. */
  private BrowserJourney.Run journey(String name, Step... steps) throws Exception {
    String chromium = BrowserJourney.requireChromium();
    List<Map<String, Object>> json = new ArrayList<>();
    for (Step step : steps) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("user", step.user());
      one.put("password", step.user() + "-demo");
      one.put(step.start() != null ? "start" : "task", step.start() != null ? step.start() : step.task());
      one.put("answers", step.answers());
      json.add(one);
    }
    Path file = BrowserJourney.OUTPUT.resolve("journey-" + name + ".json");
    Files.createDirectories(BrowserJourney.OUTPUT);
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("caseReference", caseReference, "steps", json));
    String screenshot = BrowserJourney.freshScreenshot("journey-" + name + ".png");

    if (browser == null) {
      browser = new BrowserJourney.Session(chromium, "pathway-journey.js", "--base-url", "http://localhost:" + port,
          "--journey", "-", "--screenshot", BrowserJourney.OUTPUT.resolve("journeys.png").toAbsolutePath().toString());
    }
    BrowserJourney.Run run = browser.journey(JSON.writeValueAsString(
        Map.of("journey", file.toAbsolutePath().toString(), "screenshot", screenshot)), "journey-" + name);

    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();
    List<String> completed = run.lines("COMPLETED");
    assertThat(completed).hasSize((int) java.util.Arrays.stream(steps).filter(step -> step.task() != null).count());
    for (String line : completed) {
      HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
          .taskId(line.split(" ")[0]).singleResult();
      assertThat(done.getDeleteReason()).as("%s completed in the browser", line).isEqualTo("completed");
    }
    assertThat(Files.size(Path.of(screenshot))).isPositive();
    return run;
  }

  /**
   * When a rule, in the case's own standards profile, puts a deadline counted from `from` (the day the
   * practitioner acted in the browser): the same Standards the diagrams call, in a command of the engine.
   */
  private String dueBy(ProcessInstance instance, String ruleId, String timescale, LocalDate from) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Date due = configuration.getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance.getId());
      return timescale == null ? standards.due(execution, ruleId, from.toString())
          : standards.due(execution, ruleId, timescale, from.toString());
    });
    return londonDateTime(due);
  }

  private Task nextTask(String processInstanceId, String key) {
    Task next = task(processInstanceId, key);
    assertThat(next).as("the pathway's next task %s", key).isNotNull();
    return next;
  }

  private String onlyGroup(Task task) {
    List<String> groups = candidateGroups(task);
    assertThat(groups).hasSize(1);
    return groups.get(0);
  }
}
