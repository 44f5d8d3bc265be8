package uk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.contract.ProcessContracts;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.designers.DiagramChecks;
import uk.safeguarding.standards.RuleCatalogue;

/**
 * What the application deploys is what is in processes/ and forms/, and every diagram keeps the
 * house rules a process designer relies on: a form, a candidate group and a due date on every user
 * task, rule IDs in the documentation, history time to live, and timescales from the profiles only.
 */
class DeploymentTest extends ProcessTestBase {

  static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @Autowired
  DiagramChecks checks;

  /** The rules of the catalogue, docs/standards.md: a task's documentation names at least one. */
  static final Pattern RULE_ID = RuleCatalogue.read().ruleIds();

  @Test
  void everyDiagramInProcessesIsDeployedAsTheLatestVersion() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
        ProcessDefinition deployed = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(process.getId()).latestVersion().singleResult();
        assertThat(deployed).as(file + " deployed").isNotNull();
        assertThat(deployed.getName()).isEqualTo(process.getName());
      }
    }
  }

  @Test
  void everyFormInFormsIsDeployedWithTheDiagrams() throws IOException {
    ProcessDefinition strategy = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("StrategyDiscussion").latestVersion().singleResult();
    List<String> resources = engine.getRepositoryService().getDeploymentResourceNames(strategy.getDeploymentId());
    for (Path form : files("forms", ".form")) {
      assertThat(resources).as(form + " deployed").anyMatch(name -> name.endsWith(form.getFileName().toString()));
    }
  }

  /** Tasklist's form-js refuses to render a form in which two fields share an id, however deep. */
  @Test
  void everyFieldOfAFormHasAnIdOfItsOwn() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (Path form : files("forms", ".form")) {
      List<String> ids = json.readTree(form.toFile()).findValues("id").stream()
          .map(com.fasterxml.jackson.databind.JsonNode::asText).toList();
      assertThat(ids).as(form + ": field ids").doesNotHaveDuplicates();
    }
  }

  /**
   * The house rules a deployment from Modeler is refused for (designers/DiagramChecks): a shape and edge
   * for everything, a form deployed with the diagram, an agency, a due date from the profiles resolving
   * in every one, no timer holding a number, the contract's steps. The same checks, so a release never
   * holds a diagram a designer could not deploy.
   */
  @Test
  void everyDiagramKeepsTheHouseRulesADeploymentIsCheckedAgainst() throws IOException {
    Set<String> forms = new HashSet<>();
    for (Path form : files("forms", ".form")) {
      forms.add(JSON.readTree(form.toFile()).path("id").asText());
    }
    List<String> shortfalls = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      checks.check(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()), forms)
          .forEach(shortfall -> shortfalls.add(shortfall.toString()));
    }
    assertThat(shortfalls).isEmpty();
  }

  /** The server knows what a rule ID looks like; the catalogue, here, which rule IDs there are. */
  @Test
  void everyUserTaskNamesARuleOfTheCatalogueInItsDocumentation() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file.getFileName() + " " + task.getId();
        assertThat(task.getDocumentations()).as(where + " documentation").isNotEmpty();
        assertThat(RULE_ID.matcher(task.getDocumentations().iterator().next().getTextContent()).find())
            .as(where + " names its rule IDs").isTrue();
      }
    }
  }

  @Test
  void noTimescaleIsANumberTypedIntoADiagram() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      String xml = Files.readString(file).replaceAll("camunda:historyTimeToLive=\"[^\"]*\"", "");
      assertThat(xml).as(file + " holds no ISO duration").doesNotContainPattern("[\">]P(T)?\\d+[DWHMY]");
    }
  }

  /**
   * The contract classes name the elements the code relies on: renaming one in Modeler fails here, not
   * in a case. Every contract class is found on the classpath, so a new pathway is checked without
   * being listed.
   */
  @Test
  void everyElementAContractNamesIsInItsDiagram() throws IOException {
    Map<Class<?>, ProcessContract> contracts = ProcessContracts.contractClasses();
    List<String> processes = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
    }
    assertThat(contracts.values()).extracting(ProcessContract::key).as("a contract class for every diagram")
        .containsAll(processes);
    contracts.forEach((type, contract) -> {
      Class<?> elements = Arrays.stream(type.getDeclaredClasses())
          .filter(nested -> nested.isEnum() && nested.getSimpleName().equals("Element")).findFirst()
          .orElseThrow(() -> new AssertionError(type.getName() + " names its diagram's elements in an enum Element"));
      contract(contract.key(), (Enum<?>[]) elements.getEnumConstants());
    });
  }

  private void contract(String processKey, Enum<?>[] elements) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    for (Enum<?> element : elements) {
      org.camunda.bpm.model.xml.instance.ModelElementInstance found = model.getModelElementById(element.name());
      assertThat(found).as(processKey + " has " + element.name()).isNotNull();
    }
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(folder))) {
      List<Path> found = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as("files in " + folder).isNotEmpty();
      return found;
    }
  }
}
