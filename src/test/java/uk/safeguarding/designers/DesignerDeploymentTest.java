package uk.safeguarding.designers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * A process designer deploys from Modeler over /engine-rest/deployment/create: a diagram that keeps the
 * house rules is deployed and its cases run; one that falls short is refused with a 400 naming each
 * element, and nothing is deployed. The designer reads no case.
 */
class DesignerDeploymentTest extends ProcessTestBase {

  static final String STRATEGY = "strategy/strategy-discussion.bpmn";

  @Autowired
  TestRestTemplate rest;

  @Test
  void aTaskWithNoCandidateGroupIsRefusedNamingTheTaskAndNothingIsDeployed() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    BpmnModelInstance diagram = ModelerDeployment.changed(STRATEGY,
        model -> ((UserTask) model.getModelElementById("RecordStrategyDiscussion")).removeAttributeNs(
            "http://camunda.org/schema/1.0/bpmn", "candidateGroups"));

    ResponseEntity<JsonNode> refused = ModelerDeployment.deploy(rest, "dana", "dana-demo", "strategy-discussion.bpmn", diagram);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains(
        "'RecordStrategyDiscussion' (\"Record strategy discussion decisions\") has no candidate group");
    assertThat(refused.getBody().path("details").path("strategy-discussion.bpmn").path("errors"))
        .extracting(error -> error.path("mainElementId").asText()).containsExactly("RecordStrategyDiscussion");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
  }

  @Test
  void somebodyWhoMayNotDeployIsRefusedForThatBeforeTheirDiagramIsJudged() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    BpmnModelInstance faulty = ModelerDeployment.changed(STRATEGY,
        model -> ((UserTask) model.getModelElementById("RecordStrategyDiscussion")).removeAttributeNs(
            "http://camunda.org/schema/1.0/bpmn", "candidateGroups"));

    ResponseEntity<JsonNode> refused = ModelerDeployment.deploy(rest, "paul", "paul-demo", "strategy-discussion.bpmn", faulty);

    assertThat(refused.getStatusCode()).as("a police officer may not deploy at all").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
  }

  @Test
  void aMissingShapeOrEdgeARuleNoProfileHoldsAFormLeftBehindAndCodeOfNoBeanAreEachRefusedByName() {
    long versions = versionsOfTheStrategyDiscussion();
    String flow = "Flow_ToConvene";
    BpmnModelInstance diagram = ModelerDeployment.changed(STRATEGY, model -> {
      BpmnShape shape = shapeOf(model, "ConveneStrategyDiscussion");
      shape.getParentElement().removeChildElement(shape);
      BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream()
          .filter(each -> each.getBpmnElement() != null && flow.equals(each.getBpmnElement().getId())).findFirst().orElseThrow();
      edge.getParentElement().removeChildElement(edge);
      UserTask convene = model.getModelElementById("ConveneStrategyDiscussion");
      convene.setCamundaDueDate(convene.getCamundaDueDate().replace("'SD-01'", "'SD-91'"));
      ((UserTask) model.getModelElementById("ContributeToStrategyDiscussion")).setCamundaFormRef("ContributionTypedByHand");
      UserTask record = model.getModelElementById("RecordStrategyDiscussion");
      record.builder().camundaExecutionListenerClass("end", "com.example.ReadsEveryCase")
          .camundaExecutionListenerDelegateExpression("end", "${runtimeService}");
    });

    ResponseEntity<JsonNode> refused = ModelerDeployment.deploy(rest, "dana", "dana-demo", "strategy-discussion.bpmn", diagram);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> errors = new ArrayList<>();
    refused.getBody().path("details").path("strategy-discussion.bpmn").path("errors")
        .forEach(error -> errors.add(error.path("message").asText()));
    assertThat(errors).anyMatch(error -> error.contains("'ConveneStrategyDiscussion' (\"Convene strategy discussion\") has no diagram shape"))
        .anyMatch(error -> error.contains("'" + flow + "'") && error.contains("has no diagram edge"))
        .anyMatch(error -> error.contains("'ConveneStrategyDiscussion'") && error.contains("SD-91")
            && error.contains("which profile 'national' lacks"))
        .anyMatch(error -> error.contains("'ContributeToStrategyDiscussion'")
            && error.contains("'ContributionTypedByHand', which is not deployed with the diagram"))
        .anyMatch(error -> error.contains("'RecordStrategyDiscussion'") && error.contains("camunda:class 'com.example.ReadsEveryCase'"))
        .anyMatch(error -> error.contains("'RecordStrategyDiscussion'")
            && error.contains("${runtimeService}, which is no delegate, gate or listener of the application"));
    assertThat(versionsOfTheStrategyDiscussion()).isEqualTo(versions);
  }

  @Test
  void aDiagramThatKeepsTheHouseRulesDeploysAndItsCasesRun() {
    long versions = versionsOfTheStrategyDiscussion();
    BpmnModelInstance diagram = ModelerDeployment.changed(STRATEGY,
        model -> ((UserTask) model.getModelElementById("ConveneStrategyDiscussion")).setName("Convene the strategy discussion"));

    ResponseEntity<JsonNode> deployed = ModelerDeployment.deploy(rest, "dana", "dana-demo", "strategy-discussion.bpmn", diagram);
    String deploymentId = deployed.getBody().path("id").asText();
    List<String> deploymentIds = new ArrayList<>(List.of(deploymentId));
    try {
      assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(versionsOfTheStrategyDiscussion()).isEqualTo(versions + 1);

      clockAt("2026-12-07T10:00");
      StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
      ProcessInstance discussion = child.start("2026-12-07");
      assertThat(engine.getRepositoryService().getProcessDefinition(discussion.getProcessDefinitionId()).getDeploymentId())
          .isEqualTo(deploymentId);
      Task convene = task(discussion.getId(), "ConveneStrategyDiscussion");
      assertThat(convene.getName()).isEqualTo("Convene the strategy discussion");
      assertThat(candidateGroups(convene)).containsExactly("csc-team-manager");
      assertThat(convene.getDueDate()).as("SD-01 from the profile").isNotNull();

      child.convene(StrategyDiscussionScenario.convening("2026-12-08"));
      assertThat(openTasks(discussion.getId())).extracting(Task::getTaskDefinitionKey).contains("ContributeToStrategyDiscussion");

      ResponseEntity<JsonNode> again = ModelerDeployment.deploy(rest, "dana", "dana-demo", "strategy-discussion.bpmn",
          ModelerDeployment.changed(STRATEGY, model -> ((UserTask) model.getModelElementById("ConveneStrategyDiscussion"))
              .setName("Convene the strategy discussion today")));
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
      deploymentIds.add(again.getBody().path("id").asText());
      assertThat(engine.getRepositoryService().getDeploymentResourceNames(again.getBody().path("id").asText()))
          .as("the unchanged forms deployed again with the changed diagram").contains("convene-strategy-discussion.form");
    } finally {
      deploymentIds.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }
  }

  @Test
  void aProcessDesignerReadsNoCaseNoTaskAndNoHistoryAndStartsNoCase() {
    clockAt("2026-12-07T10:00");
    ProcessInstance discussion = new StrategyDiscussionScenario(engine, uniqueCaseReference()).start("2026-12-07");
    TestRestTemplate dana = rest.withBasicAuth("dana", "dana-demo");

    assertThat(dana.getForObject("/engine-rest/task?processInstanceId=" + discussion.getId(), JsonNode.class)).isEmpty();
    assertThat(dana.getForObject("/engine-rest/process-instance?processInstanceIds=" + discussion.getId(), JsonNode.class)).isEmpty();
    assertThat(dana.getForEntity("/engine-rest/process-instance/" + discussion.getId() + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dana.getForObject("/engine-rest/history/process-instance?processInstanceId=" + discussion.getId(), JsonNode.class))
        .isEmpty();
    assertThat(dana.getForObject("/engine-rest/history/task?processInstanceId=" + discussion.getId(), JsonNode.class)).isEmpty();
    assertThat(dana.postForEntity("/engine-rest/process-definition/key/" + StrategyDiscussionProcess.KEY + "/start",
        Map.of("businessKey", uniqueCaseReference()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dana.getForObject("/engine-rest/process-definition?key=" + StrategyDiscussionProcess.KEY, JsonNode.class))
        .as("the diagrams are no case data").isNotEmpty();
  }

  private long versionsOfTheStrategyDiscussion() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(StrategyDiscussionProcess.KEY).count();
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null && elementId.equals(shape.getBpmnElement().getId())).findFirst().orElseThrow();
  }
}
