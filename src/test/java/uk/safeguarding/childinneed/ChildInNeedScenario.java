package uk.safeguarding.childinneed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess.Element;

/**
 * Drives one child's child in need plan the way practitioners would: Sarah (social worker) writes
 * the plan, arranges and records the meetings; Helen (health) and Emma (education) answer for their
 * agencies. Every answer passes the gates unless a test changes it, so a test spoils exactly the field
 * it is about. Outcomes are sent as Tasklist's dynamic list sends them: one JSON list.
 */
final class ChildInNeedScenario {

  static final Map<String, List<String>> USERS = Map.of(
      "sarah", List.of("csc-social-worker"), "helen", List.of("health"), "emma", List.of("education"),
      "paul", List.of("police"), "carol", List.of("cp-chair"));
  static final Map<String, String> AGENCY_USER = Map.of("health", "helen", "education", "emma", "police", "paul");

  static final String OUTCOMES = """
      [{"outcome":"Lily goes to school every day","measure":"Attendance above 95% each half term","owner":"Emma Hughes (education)","byWhen":"2027-02-12"},
       {"outcome":"Lily's asthma is controlled at home","measure":"No missed inhaler reviews; no A&E visits","owner":"Helen Price (health)","byWhen":"2027-03-31"}]""";

  private final ProcessEngine engine;
  final String caseReference;
  ProcessInstance plan;

  ChildInNeedScenario(ProcessEngine engine, String caseReference) {
    this.engine = engine;
    this.caseReference = caseReference;
  }

  /**
   * A plan from a child and family assessment: Lily was referred to children's social care on Monday
   * 23 November 2026 and her assessment was opened on Wednesday 25 November. CIN-01 counts from the referral.
   */
  Map<String, Object> request() {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Lily Test");
    v.put("childDateOfBirth", "2016-05-04");
    v.put("householdMembers", "Mother (Kim Test)\nBrother (Jay Test, 3)");
    v.put("childInNeedPlanSource", "assessment");
    v.put("referralDate", "2026-11-23");
    v.put("assessmentStartDate", "2026-11-25");
    v.put("involvedAgencies", List.of("health", "education"));
    return v;
  }

  ProcessInstance start(Map<String, Object> request) {
    as("sarah");
    try {
      plan = engine.getRuntimeService().startProcessInstanceByKey(ChildInNeedPlanProcess.KEY, request);
      return plan;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance start() {
    return start(request());
  }

  static VariableMap outcomes(String json) {
    return Variables.createVariables().putValueTyped("smartOutcomes", SpinValues.jsonValue(json).create());
  }

  VariableMap draft() {
    return outcomes(OUTCOMES)
        .putValue("needsIdentified", "Lily misses school when her mother is unwell; her asthma is poorly managed.")
        .putValue("contingencyPlan", "If attendance falls below 85% the plan is reviewed at once and a strategy discussion considered.")
        .putValue("lastAssessmentDate", "2026-12-01");
  }

  void putPlanInPlace() {
    complete(task(ChildInNeedPlanProcess.Element.DraftChildInNeedPlan.name()), "sarah", draft());
  }

  /** The meeting now being worked on (the plan's call activity). */
  ProcessInstance meeting() {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(plan.getId()).singleResult();
  }

  Task meetingTask(Element element) {
    return engine.getTaskService().createTaskQuery().processInstanceId(meeting().getId())
        .taskDefinitionKey(element.name()).singleResult();
  }

  List<Task> meetingTasks(Element element) {
    return engine.getTaskService().createTaskQuery().processInstanceId(meeting().getId())
        .taskDefinitionKey(element.name()).list();
  }

  Task task(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey(key).singleResult();
  }

  void arrange(String meetingDate, List<String> agencies) {
    complete(meetingTask(Element.ArrangeChildInNeedMeeting), "sarah", Variables.createVariables()
        .putValue("meetingDate", meetingDate).putValue("meetingVenue", "10:00, Riverside Family Centre")
        .putValue("invitedAgencies", agencies));
  }

  void arrange(String meetingDate) {
    arrange(meetingDate, List.of("health", "education"));
  }

  /** Every agency's answer: attending. */
  void agenciesAttend() {
    for (Task task : meetingTasks(Element.AttendOrSendReport)) {
      String agency = (String) engine.getTaskService().getVariable(task.getId(), "agency");
      complete(task, AGENCY_USER.get(agency), Variables.createVariables().putValue("agencyAttending", "true"));
    }
  }

  static VariableMap record(String nextReviewDate, String decision) {
    return outcomes(OUTCOMES)
        .putValue("livedExperience", "Lily says mornings are hard when mum is in bed; she gets her brother ready.")
        .putValue("childHeardDirectly", "true")
        .putValue("childsViews", "Lily wants to stay at home and to go to football club.")
        .putValue("progressSummary", "Attendance up from 80% to 91%.")
        .putValue("agenciesAttended", List.of("health", "education"))
        .putValue("planDecision", decision)
        .putValue("nextReviewDate", nextReviewDate);
  }

  void recordMeeting(String nextReviewDate, String decision) {
    complete(meetingTask(Element.RecordChildInNeedMeeting), "sarah", record(nextReviewDate, decision));
  }

  void circulate(String date) {
    complete(meetingTask(Element.CirculateMinutesAndPlan), "sarah", Variables.createVariables()
        .putValue("minutesCirculatedDate", date).putValue("minutesCirculatedTo", List.of("family", "health", "education")));
  }

  void view(String agency, VariableMap view) {
    Task task = meetingTasks(Element.GiveViewOnClosingPlan).stream()
        .filter(t -> agency.equals(engine.getTaskService().getVariable(t.getId(), "agency"))).findFirst().orElseThrow();
    complete(task, AGENCY_USER.get(agency), view);
  }

  /** One whole meeting: arranged, attended, recorded, minutes out (no closure). */
  void holdReview(String meetingDate, String nextReviewDate) {
    arrange(meetingDate);
    agenciesAttend();
    recordMeeting(nextReviewDate, ChildInNeedMeetingProcess.CONTINUE_PLAN);
    circulate(meetingDate);
  }

  void complete(Task task, String user, Map<String, Object> variables) {
    as(user);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void as(String user) {
    engine.getIdentityService().setAuthentication(user, USERS.get(user));
  }
}
