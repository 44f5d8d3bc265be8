package uk.safeguarding.conference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * Drives one child from the strategy discussion to the conference and through the plan, the way
 * practitioners would, with answers that pass every gate unless a test changes one.
 */
/** A child taken through the strategy discussion to a conference and a plan; other pathways' tests use it too. */
public final class ConferenceScenario {

  static final List<String> AGENCIES = List.of("police", "health", "education");

  private final ProcessEngine engine;
  public final String caseReference;
  final StrategyDiscussionScenario child;

  public ConferenceScenario(ProcessEngine engine, String caseReference) {
    this.engine = engine;
    this.caseReference = caseReference;
    this.child = new StrategyDiscussionScenario(engine, caseReference);
  }

  /**
   * The strategy discussion on Wednesday 9 December 2026 starts the enquiry, which requests the
   * conference on 15 December: ICPC-01 due Monday 4 January 2027, across Christmas, the substitute
   * Boxing Day holiday and New Year.
   */
  public ProcessInstance requestConference(Map<String, Object> referral, Function<String, Void> clock) {
    clock.apply("2026-12-09T10:00");
    child.start(referral);
    child.convene(StrategyDiscussionScenario.convening("2026-12-09"));
    clock.apply("2026-12-09T16:00");
    child.contributeFromEveryAgency();
    child.record(StrategyDiscussionScenario.record("section47", "2026-12-14"));
    clock.apply("2026-12-14T11:00");
    child.completeInEnquiry("ConductSection47Enquiry", StrategyDiscussionScenario.enquiry("substantiated"));
    clock.apply("2026-12-15T09:30");
    child.completeInEnquiry("EndorseSection47Outcome", Map.of("endorsement", "endorse"));
    child.completeInEnquiry("SendInitialConferenceRequest", Map.of(
        "conferenceRequestReasons", "Physical abuse substantiated; stepfather still has contact",
        "conferenceInvitees", "csc-social-worker,police,health,education"));
    return conference();
  }

  public ProcessInstance conference() {
    return instance(InitialChildProtectionConferenceProcess.KEY);
  }

  public ProcessInstance plan() {
    return instance(ChildProtectionPlanProcess.KEY);
  }

  ProcessInstance coreGroupsAndVisits() {
    return instance(CoreGroupsAndVisitsProcess.KEY);
  }

  ProcessInstance review() {
    return instance(ReviewChildProtectionConferenceProcess.KEY);
  }

  private ProcessInstance instance(String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey(key).active().singleResult();
  }

  public Task task(String taskDefinitionKey) {
    List<Task> tasks = tasks(taskDefinitionKey);
    if (tasks.size() != 1) {
      throw new AssertionError(tasks.size() + " open tasks " + taskDefinitionKey + " for " + caseReference);
    }
    return tasks.get(0);
  }

  public List<Task> tasks(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  public void complete(String taskDefinitionKey, Map<String, Object> answers) {
    engine.getTaskService().complete(task(taskDefinitionKey).getId(), answers);
  }

  /** Runs the system's asynchronous steps (dissent, the child in need request), as the job executor would. */
  void runSystemSteps() {
    boolean ran = true;
    while (ran) {
      ran = false;
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list()) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list()) {
          engine.getManagementService().executeJob(job.getId());
          ran = true;
        }
      }
    }
  }

  // ---- the initial conference

  public static Map<String, Object> convening(String conferenceDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("conferenceDate", conferenceDate);
    v.put("conferenceAgencies", String.join(",", AGENCIES));
    return v;
  }

  void reportFromEveryAgency(String taskDefinitionKey, String recommendation) {
    for (Task task : tasks(taskDefinitionKey)) {
      engine.getTaskService().complete(task.getId(), Map.of(
          "agencyReport", "Our involvement and our analysis of the risk",
          "agencyRecommendation", recommendation,
          "reportSharedWithFamily", true));
    }
  }

  public void shareAssessment(String taskDefinitionKey) {
    complete(taskDefinitionKey, Map.of("socialWorkerReport", "Assessment with the agencies' contributions and an outline plan",
        "assessmentSharedWithFamily", true));
  }

  static TypedValue json(List<Map<String, Object>> rows) {
    return SpinValues.jsonValue(toJson(rows)).create();
  }

  static String toJson(List<Map<String, Object>> rows) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rows);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> row(Object... fields) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      row.put((String) fields[i], fields[i + 1]);
    }
    return row;
  }

  static List<Map<String, Object>> views(String... recommendations) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (int i = 0; i < AGENCIES.size(); i++) {
      views.add(row("agency", AGENCIES.get(i), "recommendation", recommendations[i], "view", "Said at the conference", "dissent", false));
    }
    return views;
  }

  /** The record of a conference held on {@code day} (ICPC-01): the day the chair confirms on the form. */
  static Map<String, Object> heldOn(String day, Map<String, Object> record) {
    Map<String, Object> v = new HashMap<>(record);
    v.put("conferenceHeldDate", day);
    return v;
  }

  /** The record of a review conference held on {@code day} (RCPC-01). */
  static Map<String, Object> reviewHeldOn(String day, Map<String, Object> record) {
    Map<String, Object> v = new HashMap<>(record);
    v.put("reviewConferenceHeldDate", day);
    return v;
  }

  static Map<String, Object> record(String decision) {
    Map<String, Object> v = new HashMap<>();
    v.put("agencyViews", json(views(decision, decision, decision)));
    v.put("conferenceDecision", decision);
    v.put("categoryOfAbuse", "physical");
    v.put("primaryNeed", "N1");
    v.put("advocacyReferralMade", true);
    v.put("coreGroupMembers", String.join(",", AGENCIES));
    v.put("outlinePlan", "Stepfather does not live at home; school checks in daily; parenting work with mother");
    v.put("contingencyPlan", "If the stepfather returns, a strategy discussion the same day");
    v.put("dangerStatements", json(List.of(row("dangerStatement", "Amy may be hurt again by her stepfather",
        "safetyGoal", "Amy is safe at home and tells an adult if she is afraid"))));
    return v;
  }

  /** Convenes the conference for 4 January 2027, has every report in and records a plan on the day. */
  public void holdConferenceMakingAPlan(Function<String, Void> clock) {
    clock.apply("2026-12-16T10:00");
    complete("ConveneInitialConference", convening("2027-01-04"));
    reportFromEveryAgency("ProvideConferenceReport", "childProtectionPlan");
    shareAssessment("PrepareConferenceAssessment");
    clock.apply("2027-01-04T15:00");
    complete("RecordInitialConference", heldOn("2027-01-04", record("childProtectionPlan")));
    runSystemSteps();
  }

  // ---- the plan

  /** The core group to record next: the first (CG-01) or a later one (CG-03). */
  Task coreGroupTask() {
    return oneOf("RecordFirstCoreGroupMeeting", "RecordCoreGroupMeeting");
  }

  /** The minutes to circulate: after the first core group with the detailed plan (CG-02), later CG-04. */
  Task minutesTask() {
    return oneOf("ShareDetailedPlan", "CirculateCoreGroupMinutes");
  }

  private Task oneOf(String... taskDefinitionKeys) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKeyIn(taskDefinitionKeys).list();
    if (open.size() != 1) {
      throw new AssertionError(open.size() + " open tasks " + List.of(taskDefinitionKeys) + " for " + caseReference);
    }
    return open.get(0);
  }

  void holdCoreGroup(Map<String, Object> answers) {
    engine.getTaskService().complete(coreGroupTask().getId(), answers);
  }

  void circulateMinutes(Map<String, Object> answers) {
    engine.getTaskService().complete(minutesTask().getId(), answers);
  }

  static Map<String, Object> coreGroup(String date) {
    Map<String, Object> v = new HashMap<>();
    v.put("coreGroupDate", date);
    v.put("coreGroupNotes", "Working well: school attendance. Worried: contact with the stepfather. Next: parenting course");
    List<Map<String, Object>> scaling = new ArrayList<>();
    for (String member : List.of("csc-social-worker", "police", "health", "education")) {
      scaling.add(row("agency", member, "riskScore", 6));
    }
    v.put("riskScaling", json(scaling));
    v.put("dangerStatements", json(List.of(row("dangerStatement", "Amy may be hurt again by her stepfather",
        "safetyGoal", "Amy is safe at home and tells an adult if she is afraid", "reviewed", true))));
    return v;
  }

  static Map<String, Object> minutes(String date) {
    return Map.of("minutesCirculatedDate", date, "minutesSentToFamilyAndAgencies", true,
        "detailedPlan", "SMART: mother attends the parenting course weekly (family support worker) from 25 January");
  }

  static Map<String, Object> visit(String date) {
    return Map.of("visitDate", date, "visitChildSeen", true, "visitChildSeenAlone", true, "visitNotes", "Amy was chatty");
  }

  static Map<String, Object> reviewRecord(String decision, String... recommendations) {
    Map<String, Object> v = new HashMap<>();
    List<Map<String, Object>> attendance = new ArrayList<>();
    attendance.add(row("agency", "csc-social-worker", "attended", "true"));
    AGENCIES.forEach(agency -> attendance.add(row("agency", agency, "attended", "true")));
    v.put("attendance", json(attendance));
    v.put("conferenceQuorate", true);
    v.put("contingencyPlan", "If the stepfather returns, a strategy discussion the same day");
    v.put("agencyViews", json(views(recommendations)));
    v.put("changesRealised", true);
    v.put("riskTrend", "reducing");
    v.put("reviewDecision", decision);
    return v;
  }

  /** Convenes a review for the given day, has the reports in and records it with the given views. */
  void holdReview(String day, String decision, String... recommendations) {
    holdReview(day, reviewRecord(decision, recommendations));
  }

  void holdReview(String day, Map<String, Object> record) {
    convenedReview(day);
    complete("RecordReviewConference", reviewHeldOn(day, record));
    runSystemSteps();
  }

  void convenedReview(String day) {
    complete("ConveneReviewConference", Map.of("reviewConferenceDate", day, "reviewAgencies", String.join(",", AGENCIES)));
    reportFromEveryAgency("ProvideReviewReport", "continuePlan");
    shareAssessment("PrepareReviewReport");
  }
}
