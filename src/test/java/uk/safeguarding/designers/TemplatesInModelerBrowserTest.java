package uk.safeguarding.designers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionScenario;
import uk.safeguarding.tasklist.BrowserJourney;
import uk.safeguarding.timescales.Standards;

/**
 * The element templates in Camunda Modeler's own editor (issue 22): in Chromium, with camunda-bpmn-js's
 * modeler for Camunda 7 diagrams (bpmn-js, its properties panel and bpmn-js-element-templates, as Modeler
 * 5 has them), a designer draws the strategy discussion anew from the templates alone: its start, its
 * three steps with the agency, the due date and the form each chosen from the template's dropdowns in the
 * properties panel, every system step of the code, and a hand-on to the section 47 enquiry. No expression
 * is typed; only the ids, names and documentation are. The exported diagram keeps the house rules
 * ({@link DiagramChecks}), is deployed by a designer from "Modeler" and runs: a case starts through the
 * start gate the template put there and waits in its first step with the agency and due date chosen.
 *
 * <p>The editor is {@code src/browser-test/modeler/modeler.js}, bundled by esbuild into
 * {@code target/modeler} by the build; the drawing is {@code src/browser-test/templates-in-modeler.js}.
 * Skipped without Chromium, the node modules or the bundle, except under CI=true.
 */
@Tag(BrowserJourney.TAG)
class TemplatesInModelerBrowserTest extends ProcessTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path MODELER = Path.of("target/modeler");
  private static final String AGENCY = "Agency (candidate group)";
  private static final String DUE = "Due date (rule and the day it counts from)";
  private static final String FORM = "Form";

  @Autowired
  DiagramChecks checks;
  @Autowired
  Standards standards;
  @Autowired
  TestRestTemplate rest;

  @Test
  void sd01_aDesignerDrawsTheStrategyDiscussionFromTheTemplatesInModelerAndItKeepsTheHouseRulesDeploysAndRuns()
      throws Exception {
    String chromium = BrowserJourney.requireChromium(MODELER.resolve("modeler.js"),
        "npm run build:modeler --prefix src/browser-test; mvn runs it in browser-test-install unless -Dbrowsertest.install.skip");
    List<JsonNode> systemSteps = new ArrayList<>();
    JSON.readTree(ElementTemplates.FOLDER.resolve("system-steps.json").toFile()).forEach(systemSteps::add);
    int templates = 0;
    try (Stream<Path> files = Files.list(ElementTemplates.FOLDER)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
        templates += JSON.readTree(file.toFile()).size();
      }
    }

    // What the designer draws, element by element; the choices are the dropdowns' labels as Modeler shows them.
    ObjectNode plan = JSON.createObjectNode();
    plan.putObject("process").put("id", StrategyDiscussionProcess.KEY).put("name", "Strategy discussion")
        .put("historyTimeToLive", DiagramChecks.RETENTION);
    plan.put("screenshotOf", "ConveneStrategyDiscussion");
    ArrayNode steps = plan.putArray("steps");
    step(steps, "bpmn:StartEvent", "ReasonableCauseToSuspectHarm", "Reasonable cause to suspect significant harm", null,
        "uk.safeguarding.start.strategyDiscussionReferralGate", Map.of("Start form", "StartStrategyDiscussion"));
    // Convened by a service manager here: not the template's own choice, so the panel's choice is what counts.
    step(steps, "bpmn:UserTask", "ConveneStrategyDiscussion", "Convene strategy discussion",
        "SD-01 timescale; SD-04 routing; SD-02 invitations; SD-03 gate.", "uk.safeguarding.task.conveneStrategyDiscussionGate",
        Map.of(AGENCY, "Children's social care service managers", DUE, "SD-01", FORM, "ConveneStrategyDiscussion"));
    step(steps, "bpmn:UserTask", "ContributeToStrategyDiscussion", "Contribute agency information and risk analysis",
        "SD-06: the police's contribution, by the end of the day of the discussion.", "uk.safeguarding.task.recordAgencyContribution",
        Map.of(AGENCY, "Police (public protection)", DUE, "The end of a day the case holds: strategyDiscussionDate", FORM, "ContributeToStrategyDiscussion"));
    step(steps, "bpmn:UserTask", "RecordStrategyDiscussion", "Record strategy discussion decisions",
        "REC-01 timescale; SD-05 gate; SD-08 outcome.", "uk.safeguarding.task.strategyDiscussionRecordGate",
        Map.of(AGENCY, "Children's social care team managers", DUE, "REC-01", FORM, "RecordStrategyDiscussion"));
    for (JsonNode systemStep : systemSteps) {
      String bean = systemStep.path("id").asText().substring("uk.safeguarding.step.".length());
      String name = systemStep.path("name").asText().substring("System step: ".length());
      step(steps, "bpmn:ServiceTask", Character.toUpperCase(bean.charAt(0)) + bean.substring(1),
          Character.toUpperCase(name.charAt(0)) + name.substring(1), null, systemStep.path("id").asText(), Map.of());
    }
    step(steps, "bpmn:CallActivity", "Section47Enquiry", "Section 47 enquiry", null, "uk.safeguarding.hand-on",
        Map.of("Pathway", "Section47Enquiry"));
    step(steps, "bpmn:EndEvent", "StrategyDiscussionDrawnFromTemplatesConcluded", "Strategy discussion concluded", null, null, Map.of());

    BrowserJourney.freshScreenshot("templates-in-modeler.png");
    Path exported = BrowserJourney.OUTPUT.resolve("templates-in-modeler.bpmn").toAbsolutePath();
    Path everyTemplate = BrowserJourney.OUTPUT.resolve("every-template-in-modeler.bpmn").toAbsolutePath();
    Files.deleteIfExists(exported);
    Files.deleteIfExists(everyTemplate);
    BrowserJourney.Run run = BrowserJourney.run(chromium, "templates-in-modeler.js", "templates-in-modeler",
        "--modeler", MODELER.toAbsolutePath().toString(), "--templates", ElementTemplates.FOLDER.toAbsolutePath().toString(),
        "--plan", plan.toString(), "--out", exported.toString(), "--every-out", everyTemplate.toString(),
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());
    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();

    // bpmn-js-element-templates took every template (its own validation), and each was applied as drawn.
    assertThat(run.lines("ERROR")).as("templates the editor refused").isEmpty();
    assertThat(run.line("TEMPLATES")).isEqualTo(String.valueOf(templates));
    List<String> applied = new ArrayList<>();
    steps.forEach(step -> {
      if (step.hasNonNull("template")) {
        applied.add(step.path("id").asText() + " " + step.path("template").asText());
      }
    });
    assertThat(run.lines("APPLIED")).containsExactlyElementsOf(applied).hasSize(systemSteps.size() + 5);
    assertThat(run.lines("CHOSE")).contains(
        "ConveneStrategyDiscussion " + AGENCY + " = csc-service-manager",
        "ConveneStrategyDiscussion " + DUE + " = ${standards.due(execution, 'SD-01', concernRaisedDate)}",
        "Section47Enquiry Pathway = Section47Enquiry").hasSize(11);

    // Every template, each on an element of its own, is written by the editor as its bindings say, and names
    // only the code's delegates, gates and listeners.
    assertThat(run.lines("EVERY")).hasSize(templates);
    BpmnModelInstance gallery = Bpmn.readModelFromFile(everyTemplate.toFile());
    List<String> astray = new ArrayList<>();
    try (Stream<Path> files = Files.list(ElementTemplates.FOLDER)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode template : JSON.readTree(file.toFile())) {
          astray.addAll(asTheTemplateSays(gallery, template));
        }
      }
    }
    assertThat(astray).as("templates bpmn-js applied otherwise than their bindings say").isEmpty();
    assertThat(checks.check("every-template.bpmn", gallery, null)).as("code the templates name")
        .filteredOn(shortfall -> shortfall.problem().contains("names the code") || shortfall.problem().contains("names code by")
            || shortfall.problem().contains("holds a script")).isEmpty();

    BpmnModelInstance diagram = Bpmn.readModelFromFile(exported.toFile());
    for (JsonNode step : steps) {
      FlowNode node = diagram.getModelElementById(step.path("id").asText());
      assertThat(node).as(step.path("id").asText()).isNotNull();
      assertThat(node.getAttributeValueNs(DiagramChecks.CAMUNDA, "modelerTemplate")).as(node.getId() + "'s template")
          .isEqualTo(step.path("template").asText(null));
    }
    assertThat(checks.check("strategy-discussion.bpmn", diagram, formIds())).as("the house rules").isEmpty();

    ResponseEntity<JsonNode> deployed = ModelerDeployment.deploy(rest, "dana", "dana-demo", "strategy-discussion.bpmn", diagram);
    assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
    String deployment = deployed.getBody().path("id").asText();
    try {
      clockAt("2027-01-05T10:00");
      ProcessInstance discussion = new StrategyDiscussionScenario(engine, uniqueCaseReference()).start("2027-01-05");
      assertThat(engine.getRepositoryService().getProcessDefinition(discussion.getProcessDefinitionId()).getDeploymentId())
          .as("the case runs on the diagram drawn in Modeler").isEqualTo(deployment);
      Task convene = task(discussion.getId(), "ConveneStrategyDiscussion");
      assertThat(candidateGroups(convene)).as("the agency chosen in the dropdown").containsExactly("csc-service-manager");
      String profile = (String) engine.getRuntimeService().getVariable(discussion.getId(), Standards.PROFILE_VARIABLE);
      assertThat(convene.getDueDate().toInstant()).as("SD-01 of the case's profile, from the day the concern arose")
          .isEqualTo(standards.deadline(profile, "SD-01", null, Standards.toDateTime("2027-01-05", "SD-01")).toInstant());
      Map<String, Object> callWithComplexConcerns = StrategyDiscussionScenario.convening("2027-01-06");
      callWithComplexConcerns.put("discussionFormat", "call");
      callWithComplexConcerns.put("complexityFactors", org.camunda.spin.Spin.JSON("[\"complexConcerns\"]"));
      assertThatThrownBy(() -> engine.getTaskService().complete(convene.getId(), callWithComplexConcerns))
          .as("the completion gate the template put on the step").hasMessageContaining("SD-03 discussionFormat");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  /**
   * Where the element bpmn-js applied {@code template} to differs from what the template's bindings say it
   * holds before a choice is made: each property with a value (the hidden ones, and each dropdown's
   * choice already made).
   */
  private static List<String> asTheTemplateSays(BpmnModelInstance gallery, JsonNode template) {
    String id = template.path("id").asText();
    List<BaseElement> elements = gallery.getModelElementsByType(BaseElement.class).stream()
        .filter(element -> id.equals(element.getAttributeValueNs(DiagramChecks.CAMUNDA, "modelerTemplate"))).toList();
    if (elements.size() != 1) {
      return List.of(id + ": on " + elements.size() + " elements");
    }
    BaseElement element = elements.get(0);
    List<String> astray = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      String value = property.path("value").asText(null);
      if (value == null && !binding.has("variables")) {
        continue;
      }
      List<CamundaIn> ins = element.getExtensionElements() == null ? List.of()
          : element.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
      boolean held = switch (binding.path("type").asText()) {
        case "property" -> {
          String name = binding.path("name").asText();
          yield value.equals(name.startsWith("camunda:")
              ? element.getAttributeValueNs(DiagramChecks.CAMUNDA, name.substring("camunda:".length()))
              : element.getAttributeValue(name));
        }
        case "camunda:executionListener" -> element.getExtensionElements() != null && element.getExtensionElements()
            .getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
            .anyMatch(listener -> binding.path("event").asText().equals(listener.getCamundaEvent())
                && value.equals(listener.getCamundaDelegateExpression()));
        case "camunda:in:businessKey" -> ins.stream().anyMatch(in -> value.equals(in.getCamundaBusinessKey()));
        case "camunda:in" -> ins.stream().anyMatch(in -> binding.path("variables").asText().equals(in.getCamundaVariables()));
        default -> false;
      };
      if (!held) {
        astray.add(id + ": " + binding + " should hold " + value);
      }
    }
    return astray;
  }

  private static void step(ArrayNode steps, String type, String id, String name, String documentation, String template,
      Map<String, String> choose) {
    ObjectNode step = steps.addObject().put("type", type).put("id", id).put("name", name);
    if (documentation != null) {
      step.put("documentation", documentation);
    }
    if (template != null) {
      step.put("template", template);
    }
    ObjectNode choices = step.putObject("choose");
    choose.forEach(choices::put);
  }

  private static Set<String> formIds() throws IOException {
    Set<String> forms = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      for (Path form : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        forms.add(JSON.readTree(form.toFile()).path("id").asText());
      }
    }
    return forms;
  }
}
