package uk.safeguarding.designers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * The element templates Modeler offers in processes/.camunda/element-templates are what the code
 * generates (designers/ElementTemplates), valid against the element templates JSON schema, and a step
 * built from one, with nothing typed but choices from its dropdowns, keeps the house rules, deploys and runs.
 */
class ElementTemplatesTest extends ProcessTestBase {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  @Autowired
  ElementTemplates templates;
  @Autowired
  DiagramChecks checks;
  @Autowired
  TestRestTemplate rest;

  /** Generated once for the class: it reads every diagram and form. */
  static Map<String, String> generated;

  @BeforeEach
  void generate() {
    if (generated == null) {
      generated = templates.generate(Path.of("processes"), Path.of("forms"));
    }
  }

  /** A template that drifted from the code is written anew here, and the test fails until it is committed. */
  @Test
  void theCommittedTemplatesAreTheOnesTheCodeGenerates() throws IOException {
    Map<String, String> committed = new TreeMap<>();
    if (Files.isDirectory(ElementTemplates.FOLDER)) {
      try (Stream<Path> files = Files.list(ElementTemplates.FOLDER)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
          committed.put(file.getFileName().toString(), Files.readString(file));
        }
      }
    }
    if (!committed.equals(new TreeMap<>(generated))) {
      Files.createDirectories(ElementTemplates.FOLDER);
      for (String stale : committed.keySet()) {
        Files.delete(ElementTemplates.FOLDER.resolve(stale));
      }
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(ElementTemplates.FOLDER.resolve(file.getKey()), file.getValue());
      }
      fail("The element templates differed from what the code generates; " + ElementTemplates.FOLDER
          + " is written anew: review and commit it");
    }
  }

  @Test
  void everyTemplateIsValidAgainstTheElementTemplatesSchemaAndAnInvalidOneIsNot() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/element-templates-json-schema/schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    List<String> errors = new ArrayList<>();
    generated.forEach((file, text) -> schema.validate(text, InputFormat.JSON).forEach(error -> errors.add(file + ": " + error)));
    assertThat(errors).isEmpty();
    assertThat(generated.keySet()).containsExactlyInAnyOrder("statutory-tasks.json", "start-gates.json", "system-steps.json", "hand-ons.json");

    ObjectNode withoutId = (ObjectNode) JSON.readTree(generated.get("hand-ons.json")).get(0);
    withoutId.remove("id");
    assertThat(schema.validate(withoutId.toString(), InputFormat.JSON)).as("a template without an id").isNotEmpty();
  }

  @Test
  void sd01_sd03_aStepBuiltFromItsTemplateByChoosingFromTheDropdownsDeploysAndRunsWithItsGate() throws IOException {
    JsonNode template = template("statutory-tasks.json", "uk.safeguarding.task.conveneStrategyDiscussionGate");
    BpmnModelInstance diagram = ModelerDeployment.changed("strategy/strategy-discussion.bpmn", model -> {
      UserTask convene = model.getModelElementById("ConveneStrategyDiscussion");
      for (String attribute : List.of("candidateGroups", "dueDate", "formRef", "formRefBinding")) {
        convene.removeAttributeNs(CAMUNDA, attribute);
      }
      ExtensionElements extensions = convene.getExtensionElements();
      extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list().forEach(extensions::removeChildElement);
      apply(template, convene, Map.of(
          "camunda:candidateGroups", "csc-team-manager",
          "camunda:dueDate", "${standards.due(execution, 'SD-01', concernRaisedDate)}",
          "camunda:formRef", "ConveneStrategyDiscussion"));
    });
    assertThat(checks.check("strategy-discussion.bpmn", diagram, java.util.Set.of("StartStrategyDiscussion",
        "ConveneStrategyDiscussion", "ContributeToStrategyDiscussion", "RecordStrategyDiscussion"))).isEmpty();

    ResponseEntity<JsonNode> deployed = ModelerDeployment.deploy(rest, "dana", "dana-demo", "strategy-discussion.bpmn", diagram);
    assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
    try {
      clockAt("2027-01-05T10:00");
      ProcessInstance discussion = new StrategyDiscussionScenario(engine, uniqueCaseReference()).start("2027-01-05");
      Task convene = task(discussion.getId(), "ConveneStrategyDiscussion");
      assertThat(candidateGroups(convene)).containsExactly("csc-team-manager");
      assertThat(londonDateTime(convene.getDueDate())).as("SD-01 from the profile").startsWith("2027-01-");
      Map<String, Object> callWithComplexConcerns = StrategyDiscussionScenario.convening("2027-01-06");
      callWithComplexConcerns.put("discussionFormat", "call");
      callWithComplexConcerns.put("complexityFactors", org.camunda.spin.Spin.JSON("[\"complexConcerns\"]"));
      assertThatThrownBy(() -> engine.getTaskService().complete(convene.getId(), callWithComplexConcerns))
          .as("the gate the template put on the task").hasMessageContaining("SD-03 discussionFormat");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployed.getBody().path("id").asText(), true);
    }
  }

  /**
   * Every step of every pathway that has a completion gate is drawn again from its template: its
   * agency, due date and form taken away with its gate, then chosen from the template's dropdowns, and
   * the diagram keeps the house rules with the step as it was.
   */
  @Test
  void everyGatedStepOfEveryPathwayCanBeDrawnAgainFromItsTemplatesDropdowns() throws IOException {
    Map<String, JsonNode> byId = new TreeMap<>();
    for (JsonNode template : JSON.readTree(generated.get("statutory-tasks.json"))) {
      byId.put(template.path("id").asText(), template);
    }
    java.util.Set<String> forms = new java.util.HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      for (Path form : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        forms.add(JSON.readTree(form.toFile()).path("id").asText());
      }
    }
    int drawn = 0;
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          String gate = ElementTemplates.gateOf(task);
          if (gate == null) {
            continue;
          }
          JsonNode template = byId.get("uk.safeguarding.task." + gate.substring(2, gate.length() - 1));
          assertThat(template).as(file + " " + task.getId() + ": a template for " + gate).isNotNull();
          Map<String, String> asDrawn = Map.of("camunda:candidateGroups", task.getCamundaCandidateGroups(),
              "camunda:dueDate", task.getCamundaDueDate(), "camunda:formRef", task.getCamundaFormRef());
          for (String attribute : List.of("candidateGroups", "dueDate", "formRef", "formRefBinding")) {
            task.removeAttributeNs(CAMUNDA, attribute);
          }
          ExtensionElements extensions = task.getExtensionElements();
          extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
              .filter(listener -> gate.equals(listener.getCamundaDelegateExpression())).forEach(extensions::removeChildElement);
          apply(template, task, asDrawn);
          if (!asDrawn.equals(Map.of("camunda:candidateGroups", task.getCamundaCandidateGroups(),
              "camunda:dueDate", task.getCamundaDueDate(), "camunda:formRef", task.getCamundaFormRef()))
              || !gate.equals(ElementTemplates.gateOf(task))) {
            problems.add(file + " " + task.getId() + " drawn from its template differs");
          }
          drawn++;
        }
        checks.check(file.getFileName().toString(), model, forms).forEach(shortfall -> problems.add(shortfall.toString()));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(drawn).as("steps drawn again").isGreaterThan(80);
  }

  private JsonNode template(String file, String id) throws IOException {
    for (JsonNode template : JSON.readTree(generated.get(file))) {
      if (id.equals(template.path("id").asText())) {
        return template;
      }
    }
    throw new AssertionError("no template " + id + " in " + file);
  }

  /**
   * What Modeler does when the template is applied and a choice made in each dropdown: each property
   * written as its binding says. A chosen value must be one of the dropdown's choices.
   */
  private static void apply(JsonNode template, BaseElement element, Map<String, String> chosen) {
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      String value = property.path("value").asText(null);
      if ("Dropdown".equals(property.path("type").asText())) {
        String choice = chosen.get(binding.path("name").asText());
        List<String> offered = new ArrayList<>();
        property.path("choices").forEach(each -> offered.add(each.path("value").asText()));
        assertThat(offered).as(binding.path("name").asText() + " offers").contains(choice);
        value = choice;
      }
      switch (binding.path("type").asText()) {
        case "property" -> {
          String name = binding.path("name").asText();
          if (name.startsWith("camunda:")) {
            element.setAttributeValueNs(CAMUNDA, name.substring("camunda:".length()), value);
          } else {
            element.setAttributeValue(name, value);
          }
        }
        case "camunda:executionListener" -> {
          ExtensionElements extensions = element.getExtensionElements() != null ? element.getExtensionElements()
              : element.getModelInstance().newInstance(ExtensionElements.class);
          element.setExtensionElements(extensions);
          CamundaExecutionListener listener = extensions.addExtensionElement(CamundaExecutionListener.class);
          listener.setCamundaEvent(binding.path("event").asText());
          listener.setCamundaDelegateExpression(value);
        }
        default -> throw new AssertionError("a binding this test does not apply: " + binding);
      }
    }
  }
}
