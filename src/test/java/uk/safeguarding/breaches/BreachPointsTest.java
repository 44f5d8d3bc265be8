package uk.safeguarding.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;

/**
 * What a designer writes to give a step a timescale, and what follows from it ({@link BreachPoints}):
 * the due date once on the step, a breach point (timer at the step's due date, end event) beside it.
 */
class BreachPointsTest extends ProcessTestBase {

  private static final String ICPC_01_FROM_THE_STRATEGY_DISCUSSION =
      "${standards.due(execution, 'ICPC-01', strategyDiscussionDate)}";

  @Autowired
  StandardsBreachRegister register;

  @Test
  void icpc01_aStepDeclaresItsTimescaleOnceAndTheDueDateTheBreachAndTheManagersReviewFollow() {
    Deployment deployment = deploy(conference(ICPC_01_FROM_THE_STRATEGY_DISCUSSION, BreachPoints.AT_THE_STEPS_DUE_DATE));
    try {
      clockAt("2026-12-09T10:00");
      String caseReference = uniqueCaseReference();
      ProcessInstance conference = engine.getRuntimeService().startProcessInstanceByKey("BreachPointExample",
          caseReference, Map.of("strategyDiscussionDate", "2026-12-09"));

      // 15 working days from Wednesday 9 December 2026: 10, 11, 14-18, 21-24 December (11), then
      // 25 December and Monday 28 December (Boxing Day's substitute) are bank holidays: 29, 30, 31
      // December (14), 1 January is a bank holiday, Monday 4 January 2027 is the 15th.
      Task hold = task(conference.getId(), "HoldInitialConference");
      assertThat(londonDateTime(hold.getDueDate())).isEqualTo("2027-01-04T23:59:59");
      assertThat(londonDateTime(timer(conference.getId(), "ConferenceNotHeldInTime").getDuedate()))
          .isEqualTo("2027-01-04T23:59:59");

      clockAt("2027-01-04T23:59");
      assertThat(fireDueTimers(conference.getId())).isZero();
      assertThat(register.forCase(caseReference)).isEmpty();

      clockAt("2027-01-05T00:01");
      assertThat(fireDueTimers(conference.getId())).isEqualTo(1);
      assertThat(register.forCase(caseReference)).singleElement().satisfies(breach -> {
        assertThat(breach.ruleId()).isEqualTo("ICPC-01");
        assertThat(breach.breachedStep()).isEqualTo("Hold the initial child protection conference");
        assertThat(londonDateTime(Date.from(breach.dueAt().toInstant()))).isEqualTo("2027-01-04T23:59:59");
      });
      assertThat(task(conference.getId(), "HoldInitialConference")).as("the step stays open").isNotNull();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
          .taskDefinitionKey("ReviewStandardsBreach").count()).as("the team manager's review").isEqualTo(1);

      clockAt("2027-01-12T09:00");
      assertThat(fireDueTimers(conference.getId())).as("a breach point fires once").isZero();
      assertThat(register.forCase(caseReference)).hasSize(1);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void icpc01_aBreachPointAtAnotherDeadlineNamesItOnItsTimerAndMayNameTheRuleAndStepInOtherWords() {
    BpmnModelInstance model = conference("${standards.endOf(strategyDiscussionDate)}", ICPC_01_FROM_THE_STRATEGY_DISCUSSION);
    BoundaryEvent point = model.getModelElementById("ConferenceNotHeldInTime");
    CamundaProperty breachedStep = model.newInstance(CamundaProperty.class);
    breachedStep.setCamundaName("breachedStep");
    breachedStep.setCamundaValue("Hold the conference within 15 working days");
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    properties.addChildElement(breachedStep);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    extensions.addChildElement(properties);
    point.setExtensionElements(extensions);
    Deployment deployment = deploy(model);
    try {
      clockAt("2026-12-09T10:00");
      String caseReference = uniqueCaseReference();
      ProcessInstance conference = engine.getRuntimeService().startProcessInstanceByKey("BreachPointExample",
          caseReference, Map.of("strategyDiscussionDate", "2026-12-09"));
      assertThat(londonDateTime(task(conference.getId(), "HoldInitialConference").getDueDate()))
          .as("the step's own due date").isEqualTo("2026-12-09T23:59:59");

      clockAt("2027-01-05T00:01");
      fireDueTimers(conference.getId());

      assertThat(register.forCase(caseReference)).singleElement().satisfies(breach -> {
        assertThat(breach.ruleId()).isEqualTo("ICPC-01");
        assertThat(breach.breachedStep()).isEqualTo("Hold the conference within 15 working days");
      });
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void aBreachPointThatNamesNoRuleIsNotDeployed() {
    assertThatThrownBy(() -> deploy(conference("${standards.endOf(strategyDiscussionDate)}", BreachPoints.AT_THE_STEPS_DUE_DATE)))
        .hasMessageContaining("Breach point 'ConferenceNotHeldInTime' names no rule");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("BreachPointExample").count())
        .isZero();
  }

  private Deployment deploy(BpmnModelInstance model) {
    return engine.getRepositoryService().createDeployment().name("BreachPointsTest")
        .addModelInstance("breach-point-example.bpmn", model).deploy();
  }

  /** A step with its due date and a breach point at {@code breachAt}, as a designer would draw them. */
  private static BpmnModelInstance conference(String dueDate, String breachAt) {
    return Bpmn.createExecutableProcess("BreachPointExample").name("Breach point example")
        .startEvent("ConferenceNeeded").name("Conference needed")
        .userTask("HoldInitialConference").name("Hold the initial child protection conference")
        .camundaCandidateGroups("cp-chair").camundaDueDate(dueDate)
        .endEvent("ConferenceHeld").name("Conference held")
        .moveToActivity("HoldInitialConference")
        .boundaryEvent("ConferenceNotHeldInTime").name("ICPC-01 timescale missed").cancelActivity(false)
        .timerWithDate(breachAt)
        .endEvent("Icpc01BreachRecorded").name("ICPC-01 breach recorded")
        .done();
  }
}
