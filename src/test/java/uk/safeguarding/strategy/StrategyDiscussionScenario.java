package uk.safeguarding.strategy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one child's strategy discussion the way practitioners would, with answers that pass every
 * gate unless a test changes one. Each step returns the variables it submits, so a test can spoil
 * exactly the field it is about.
 */
public final class StrategyDiscussionScenario {

  private final ProcessEngine engine;
  public final String caseReference;
  public ProcessInstance discussion;

  public StrategyDiscussionScenario(ProcessEngine engine, String caseReference) {
    this.engine = engine;
    this.caseReference = caseReference;
  }

  public static Map<String, Object> referral(String caseReference, String concernRaisedDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Amy Test");
    v.put("childDateOfBirth", "2018-05-14");
    v.put("householdMembers", "Mother (Jo Test)\nStepfather (Sam Test)\nBrother (Ben Test, 3)");
    v.put("concern", "Bruising to the upper arm seen at school; Amy says her stepfather grabbed her.");
    v.put("concernRaisedDate", concernRaisedDate);
    v.put("referrerAgency", "education");
    v.put("childInEducation", true);
    v.put("childLookedAfter", false);
    return v;
  }

  public ProcessInstance start(Map<String, Object> referral) {
    discussion = engine.getRuntimeService().startProcessInstanceByKey(StrategyDiscussionProcess.KEY, referral);
    return discussion;
  }

  public ProcessInstance start(String concernRaisedDate) {
    return start(referral(caseReference, concernRaisedDate));
  }

  public static Map<String, Object> convening(String discussionDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("strategyDiscussionDate", discussionDate);
    v.put("discussionFormat", "meeting");
    v.put("invitedAgencies", "csc-social-worker,police,health,education");
    return v;
  }

  public void convene(Map<String, Object> convening) {
    complete("ConveneStrategyDiscussion", convening);
  }

  public void contributeFromEveryAgency() {
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(discussion.getId())
        .taskDefinitionKey("ContributeToStrategyDiscussion").list()) {
      engine.getTaskService().complete(task.getId(), Map.of(
          "agencyInformation", "What we know of the family",
          "agencyRiskAnalysis", "Risk of significant harm is high"));
    }
  }

  public static Map<String, Object> record(String outcome, String firstActionDue) {
    Map<String, Object> v = new HashMap<>();
    v.put("decisions", "Section 47 enquiry; joint visit with police tomorrow");
    v.put("decisionRationale", "Injury consistent with the account; stepfather has a history");
    v.put("agreedActions", "police; DC Reid; " + firstActionDue + "; Check records of the household\n"
        + "csc-social-worker; Sarah Shah; " + firstActionDue + "; Visit and see Amy alone");
    v.put("householdChildrenConsidered", true);
    v.put("strategyOutcome", outcome);
    v.put("parentsToBeInformed", "true");
    v.put("concernAboutPersonWorkingWithChildren", false);
    return v;
  }

  public void record(Map<String, Object> record) {
    complete("RecordStrategyDiscussion", record);
  }

  public ProcessInstance section47() {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(discussion.getId())
        .singleResult();
  }

  public static Map<String, Object> enquiry(String outcome) {
    Map<String, Object> v = new HashMap<>();
    v.put("childSeen", "true");
    v.put("dateChildSeen", "2026-12-10");
    v.put("childSeenAlone", "true");
    v.put("parentsInformed", "true");
    v.put("enquiryFindings", "Non-accidental injury; mother unable to protect");
    v.put("section47Outcome", outcome);
    v.put("provisionalSafetyPlan", "Stepfather to stay with his brother; daily contact from the school");
    return v;
  }

  public void complete(String taskDefinitionKey, Map<String, Object> variables) {
    complete(taskDefinitionKey, variables, discussion.getId());
  }

  public void completeInEnquiry(String taskDefinitionKey, Map<String, Object> variables) {
    complete(taskDefinitionKey, variables, section47().getId());
  }

  private void complete(String taskDefinitionKey, Map<String, Object> variables, String processInstanceId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task == null) {
      throw new AssertionError("No open task " + taskDefinitionKey + " in " + processInstanceId);
    }
    engine.getTaskService().complete(task.getId(), variables);
  }
}
