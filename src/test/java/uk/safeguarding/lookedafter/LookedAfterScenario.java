package uk.safeguarding.lookedafter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.breaches.StandardsBreachReviews;

/**
 * Drives a looked after child with answers that pass every gate, as the practitioners of each agency
 * would, so a test spoils only the field it is about. The child's work is spread over the main process
 * and the processes it calls; all of them carry the case reference, so everything here goes by it.
 */
public class LookedAfterScenario {

  /** One task done: which, the day it was due, the day it was done. */
  record Done(String taskKey, LocalDate due, LocalDate on) {}

  final ProcessEngine engine;
  final StandardsBreachReviews breachReviews;
  final String caseReference;
  final List<Done> done = new ArrayList<>();

  public LookedAfterScenario(ProcessEngine engine, StandardsBreachReviews breachReviews, String caseReference) {
    this.engine = engine;
    this.breachReviews = breachReviews;
    this.caseReference = caseReference;
  }

  public Map<String, Object> becameLookedAfter(String dateOfBirth, String since) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Mia Test");
    v.put("childDateOfBirth", dateOfBirth);
    v.put("lookedAfterSince", since);
    v.put("legalStatus", "C1");
    v.put("admission", "planned");
    v.put("placementType", "U6");
    v.put("placementProvider", "PR1");
    v.put("placementPostcode", "M1 1AE");
    v.put("homePostcode", "M14 5RB");
    v.put("unaccompaniedAsylumSeeking", false);
    v.put("primaryNeed", "N1");
    v.put("placementStartDate", since);
    v.put("placementLongTerm", "true");
    v.put("placementAddress", "Mr and Mrs Foster, 1 Elm Road");
    v.put("involvedAgencies", new ArrayList<>(List.of("health", "education")));
    return v;
  }

  public ProcessInstance start(Map<String, Object> record) {
    engine.getIdentityService().setAuthentication("sarah", List.of("csc-social-worker"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(LookedAfterChildProcess.KEY, record);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public ProcessInstance report(Map<String, Object> report) {
    report.putIfAbsent("caseReference", caseReference);
    engine.getIdentityService().setAuthentication("sarah", List.of("csc-social-worker"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(LookedAfterChangeProcess.KEY, report);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  List<Task> tasks() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference).list();
  }

  List<Task> tasks(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskKey).list();
  }

  public Task task(String taskKey) {
    List<Task> found = tasks(taskKey);
    if (found.size() != 1) {
      throw new AssertionError("expected one open " + taskKey + " but found " + found.size());
    }
    return found.get(0);
  }

  boolean stillLookedAfter() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LookedAfterChildProcess.KEY)
        .processInstanceBusinessKey(caseReference).count() > 0;
  }

  List<String> runningProcessKeys() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().stream()
        .map(instance -> engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey())
        .sorted().toList();
  }

  /** Every timer of every process of the child, soonest first. */
  List<Job> timers() {
    List<Job> timers = new ArrayList<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
        .forEach(instance -> timers.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .timers().list()));
    timers.sort(Comparator.comparing(Job::getDuedate));
    return timers;
  }

  /** Runs the case's timers that are due by the engine clock, and starts the breach reviews they recorded. */
  int fireDueTimers() {
    Date now = ClockUtil.getCurrentTime();
    List<Job> due = timers().stream().filter(job -> !job.getDuedate().after(now)).toList();
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    breachReviews.startPendingReviews();
    return due.size();
  }

  /** The answers that pass each task's gate, done today. */
  public Map<String, Object> answers(Task task) {
    String today = today().toString();
    Map<String, Object> v = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case "AllocateIro" -> { v.put("iroName", "Ian Rowe"); v.put("iroAllocatedOn", today); }
      case "ScheduleReview" -> v.put("reviewDate", engine.getTaskService().getVariable(task.getId(), "reviewDueBy"));
      case "SpeakWithSocialWorker" -> { v.put("iroConversationOn", today); v.put("iroConversationNotes", "Contact with mother going well"); }
      case "SendSocialWorkerReport" -> { v.put("socialWorkerReportSentOn", today); v.put("socialWorkerReport", "Mia is settled; wants more contact"); }
      case "ReturnReviewConsultation" -> v.put("reviewConsultation", "Attending regularly; no concerns");
      case "HoldReview" -> { v.put("reviewHeldOn", today); v.put("childViewsHeard", true); v.put("childParticipation", "PN1"); v.put("reviewDecisions", "Plan continues"); }
      case "CompleteInitialHealthAssessment", "CompleteReviewHealthAssessment" -> {
        v.put("healthAssessmentOn", today);
        v.put("healthPlan", "Immunisations up to date; dentist booked");
        if (sdqYears()) {
          v.put("sdqScore", 11);
        }
      }
      case "WritePersonalEducationPlan", "ReviewPersonalEducationPlan" -> { v.put("pepMeetingOn", today); v.put("pepTargets", "Phonics; 1:1 reading"); }
      case "NoteLegalStatus" -> v.put("legalStatusNoted", true);
      case "WriteCarePlan" -> { v.put("carePlanAgreedOn", today); v.put("carePlan", "Permanence: long-term fostering; contingency: kinship"); }
      case "UpdateCarePlanAssessment", "ReassessInPlacement" -> { v.put("carePlanAssessmentUpdatedOn", today); v.put("carePlanAssessmentSummary", "Needs met"); }
      case "AssessAfterEmergencyAdmission" -> { v.put("emergencyAssessmentCompletedOn", today); v.put("emergencyAssessmentOutcome", "Cannot return home yet"); }
      case "WritePlacementPlan" -> { v.put("placementPlanMeetingOn", today); v.put("placementPlan", "Registered with GP and dentist"); }
      case "NotifyPlacement" -> { v.put("placementNotifiedOn", today); v.put("placementNotified", new ArrayList<>(List.of("parents", "health", "school", "iro"))); }
      case "MakeStatutoryVisit" -> { v.put("visitOn", today); v.put("childSeen", true); v.put("childSeenAlone", true); v.put("visitNotes", "Mia showed me her room"); }
      case "StartPathwayPlan", "StartPathwayPlanWithCarePlan", "ReviewPathwayPlan" -> { v.put("pathwayPlanOn", today); v.put("pathwayPlan", "College in September; stay put"); }
      case "AssessNeedsForPathwayPlan" -> { v.put("needsAssessedOn", today); v.put("needsAssessment", "Needs support with budgeting"); }
      case "AgreeSignificantChange" -> { v.put("iroAgreesChange", true); v.put("iroComments", "In Mia's interest"); }
      case "NoteUnplannedEvent", "NotePlacementEnding" -> v.put("iroComments", "Review brought forward");
      case "DecideOnDisruptionMeeting" -> { v.put("holdDisruptionMeeting", false); v.put("disruptionDecisionReasons", "Carers' ill health, not a breakdown"); }
      case "ReassessAfterPlacementEnded" -> { v.put("reassessedOn", today); v.put("reassessment", "Needs unchanged"); }
      default -> throw new AssertionError("no answers for " + task.getTaskDefinitionKey());
    }
    return v;
  }

  LocalDate dateOfBirth;

  private boolean sdqYears() {
    int age = Period.between(dateOfBirth, today()).getYears();
    return age >= 4 && age < 16;
  }

  public void complete(Task task) {
    engine.getTaskService().complete(task.getId(), answers(task));
    done.add(new Done(task.getTaskDefinitionKey(), london(task.getDueDate()), today()));
  }

  /**
   * Lives the case forward to its end: each task is done at nine in the morning of the day it is due,
   * each timer fires when it is due. Nothing is ever late, so the case records no breach.
   */
  void liveUntilCareEnds() {
    while (stillLookedAfter()) {
      Optional<Task> nextTask = tasks().stream().filter(t -> !"ReviewStandardsBreach".equals(t.getTaskDefinitionKey()))
          .min(Comparator.comparing(Task::getDueDate));
      Date taskMoment = nextTask.map(t -> at9(london(t.getDueDate()))).orElse(null);
      Optional<Job> nextTimer = timers().stream().findFirst();
      if (taskMoment != null && (nextTimer.isEmpty() || !taskMoment.after(nextTimer.get().getDuedate()))) {
        if (taskMoment.after(ClockUtil.getCurrentTime())) {
          ClockUtil.setCurrentTime(taskMoment);
        }
        complete(nextTask.get());
      } else if (nextTimer.isPresent()) {
        if (nextTimer.get().getDuedate().after(ClockUtil.getCurrentTime())) {
          ClockUtil.setCurrentTime(nextTimer.get().getDuedate());
        }
        fireDueTimers();
      } else {
        throw new AssertionError("the case waits for nothing but is still looked after");
      }
    }
  }

  List<LocalDate> dueDatesOf(String... taskKeys) {
    List<String> keys = List.of(taskKeys);
    return done.stream().filter(d -> keys.contains(d.taskKey())).map(Done::due).toList();
  }

  static LocalDate today() {
    return london(ClockUtil.getCurrentTime());
  }

  static LocalDate london(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }

  static Date at9(LocalDate day) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(WorkingDayCalendar.LONDON).toInstant());
  }
}
