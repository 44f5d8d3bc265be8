package uk.safeguarding.escalation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one professional disagreement the way practitioners would: a school's designated
 * safeguarding lead disagrees with the front door's refusal of a referral. Every answer passes the
 * gates unless a test changes it, so a test spoils exactly the field it is about.
 */
final class DisagreementScenario {

  static final String SCHOOL = "education";
  static final String FRONT_DOOR = "csc-front-door";

  private final ProcessEngine engine;
  final String caseReference;
  ProcessInstance disagreement;

  DisagreementScenario(ProcessEngine engine, String caseReference) {
    this.engine = engine;
    this.caseReference = caseReference;
  }

  static Map<String, Object> raised(String caseReference) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Amy Test");
    v.put("raisingAgency", SCHOOL);
    v.put("otherAgency", FRONT_DOOR);
    v.put("disagreementAbout", "referralRefused");
    v.put("disagreementIssue", "The front door closed our referral about Amy's bruising as advice only.");
    v.put("raisingAgencyPosition", "Amy has now told us twice; a child and family assessment is needed.");
    v.put("childSafety", "confirmedSafe");
    return v;
  }

  /** ESC-03: what the strategy discussion needs when the child is at immediate risk. */
  static Map<String, Object> atImmediateRisk(Map<String, Object> answers) {
    answers.put("childSafety", "immediateRisk");
    answers.put("immediateRiskDetails", "Amy says her stepfather will hurt her tonight if she tells anyone.");
    answers.put("childDateOfBirth", "2018-05-14");
    answers.put("householdMembers", "Mother (Jo Test)\nStepfather (Sam Test)");
    return answers;
  }

  ProcessInstance raise(Map<String, Object> answers) {
    disagreement = engine.getRuntimeService().startProcessInstanceByKey(ProfessionalDisagreementProcess.KEY, answers);
    return disagreement;
  }

  ProcessInstance raise() {
    return raise(raised(caseReference));
  }

  /** A stage's answers: the other agency's position, the child safe, the outcome and why. */
  static Map<String, Object> decision(String outcome) {
    Map<String, Object> v = new HashMap<>();
    v.put("otherAgencyPosition", "What we were told did not meet the threshold for an assessment.");
    v.put("childSafety", "confirmedSafe");
    v.put("stageOutcome", outcome);
    v.put("stageRationale", "resolved".equals(outcome)
        ? "With the second disclosure the threshold is met: an assessment starts today."
        : "We still read the threshold differently.");
    if ("resolved".equals(outcome)) {
      v.put("disagreementLearning", "Schools should send every disclosure, not only the first, to the front door.");
    }
    return v;
  }

  void decide(String stageTask, Map<String, Object> answers) {
    engine.getTaskService().complete(task(stageTask).getId(), answers);
  }

  Task task(String taskDefinitionKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(disagreement.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task == null) {
      throw new AssertionError("No open task " + taskDefinitionKey + " in " + disagreement.getId());
    }
    return task;
  }

  List<Task> notes() {
    return engine.getTaskService().createTaskQuery().processInstanceId(disagreement.getId())
        .taskDefinitionKey("NoteDisagreementOutcome").list();
  }

  Object variable(String name) {
    return engine.getRuntimeService().getVariable(disagreement.getId(), name);
  }
}
