package uk.safeguarding.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contracts against the diagrams and forms a designer edits, and every step's refusals, all
 * generated from the contracts themselves: a new task, form field or gateway that the contract does
 * not cover fails here, not in a case.
 */
class ContractTest {

  static final ProcessContracts CONTRACTS = new ProcessContracts();
  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, JsonNode> FORMS = forms();
  static final List<Diagram> DIAGRAMS = diagrams();

  record Diagram(Path file, BpmnModelInstance model, Process process) {
    ProcessContract contract() {
      return CONTRACTS.of(process.getId()).orElseThrow();
    }
  }

  @Test
  void everyProcessADesignerDeploysHasAContract() {
    for (Diagram diagram : DIAGRAMS) {
      assertThat(CONTRACTS.of(diagram.process().getId())).as(diagram.file() + ": a *Process class with a CONTRACT").isPresent();
    }
  }

  @Test
  void everyUserTaskStartFormAndMessageStartHasAStep() {
    for (Diagram diagram : DIAGRAMS) {
      String key = diagram.process().getId();
      for (UserTask task : diagram.model().getModelElementsByType(UserTask.class)) {
        assertThat(CONTRACTS.step(key, task.getId())).as(key + " " + task.getId()).isPresent()
            .get().extracting(Step::door).isEqualTo(Step.Door.TASK);
      }
      for (StartEvent start : diagram.model().getModelElementsByType(StartEvent.class)) {
        MessageEventDefinition message = messageOf(start);
        if (message != null) {
          assertThat(CONTRACTS.message(message.getMessage().getName())).as(key + " message " + message.getMessage().getName())
              .anyMatch(step -> step.processKey().equals(key));
        } else if (start.getCamundaFormRef() != null) {
          assertThat(CONTRACTS.step(key, start.getId())).as(key + " start " + start.getId()).isPresent();
        }
      }
    }
  }

  @Test
  void everyStepOfAContractIsAnElementOfItsDiagram() {
    for (ProcessContract contract : CONTRACTS.all()) {
      Diagram diagram = DIAGRAMS.stream().filter(each -> each.process().getId().equals(contract.key())).findFirst()
          .orElseThrow(() -> new AssertionError(contract.key() + " has a contract but no diagram"));
      for (Step step : contract.steps()) {
        if (step.door() != Step.Door.MESSAGE) {
          assertThat((Object) diagram.model().getModelElementById(step.id())).as(contract.key() + " " + step.id()).isNotNull();
        }
      }
    }
  }

  /**
   * A name a step shows is one a step of the process writes, a fact of the case, or one the system sets in the
   * process (computes): a shown name that is none of them is either a value nobody sets or a computed value the
   * contract forgot, which a person could then try to write.
   */
  @Test
  void everyNameAStepShowsIsDeclaredAFactOfTheCaseOrComputed() {
    List<String> problems = new ArrayList<>();
    for (ProcessContract contract : CONTRACTS.all()) {
      for (Step step : contract.steps()) {
        step.shows().keySet().stream()
            .filter(name -> !contract.declared().containsKey(name) && !contract.computed().contains(name)
                && CaseFacts.byName(name).isEmpty())
            .sorted()
            .forEach(name -> problems.add(contract.key() + " " + step.id() + " shows '" + name + "'"));
      }
    }
    assertThat(problems).as("shown names neither declared, a fact of the case nor computed").isEmpty();
  }

  /** A form field the contract does not know would be refused when Tasklist submits it. */
  @Test
  void everyFieldOfEveryFormIsInItsStepsContractWithTheSameValues() {
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : DIAGRAMS) {
      for (FlowNode node : diagram.model().getModelElementsByType(FlowNode.class)) {
        String formRef = node instanceof UserTask task ? task.getCamundaFormRef()
            : node instanceof StartEvent start && messageOf(start) == null ? start.getCamundaFormRef() : null;
        if (formRef == null) {
          continue;
        }
        Step step = CONTRACTS.step(diagram.process().getId(), node.getId()).orElseThrow();
        JsonNode form = FORMS.get(formRef);
        assertThat(form).as("form " + formRef).isNotNull();
        for (JsonNode field : fields(form.get("components"))) {
          problems.addAll(fieldProblems(step, formRef, field));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<String> fieldProblems(Step step, String formRef, JsonNode field) {
    String where = step.processKey() + " " + step.id() + " (form " + formRef + ")";
    boolean rows = "dynamiclist".equals(field.path("type").asText());
    String key = rows ? field.path("path").asText() : field.path("key").asText();
    boolean readOnly = field.path("disabled").asBoolean() || field.path("readonly").asBoolean();
    CaseVariable written = step.writes().get(key);
    if (written == null) {
      return readOnly && step.shows().containsKey(key) ? List.of()
          : List.of(where + ": field '" + key + "' is " + (readOnly ? "shown but not in the step's shows" : "not in the step's writes"));
    }
    List<String> problems = new ArrayList<>();
    if (rows && written.kind() != CaseVariable.Kind.ROWS) {
      problems.add(where + ": dynamic list '" + key + "' should be declared rows(...)");
    }
    for (JsonNode option : field.path("values")) {
      String value = option.path("value").asText();
      if (written.problemWith(value) != null) {
        problems.add(where + ": option '" + value + "' of '" + key + "': " + written.problemWith(value));
      }
    }
    if (written.kind() == CaseVariable.Kind.CHOICE && field.path("values").isEmpty()) {
      problems.add(where + ": '" + key + "' is a choice but its field offers no options");
    }
    return problems;
  }

  private static final Pattern COMPARISON = Pattern.compile(
      "\\b([a-zA-Z][a-zA-Z0-9]*)\\s*(==|!=|\\beq\\b|\\bne\\b)\\s*['\"]([^'\"]*)['\"]");

  /** A gateway that tests a value no step can write routes nothing and would stop a case. */
  @Test
  void everyGatewayConditionComparesAChoiceWithOneOfItsAllowedValues() {
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : DIAGRAMS) {
      Map<String, CaseVariable> declared = declaredIn(diagram);
      for (SequenceFlow flow : diagram.model().getModelElementsByType(SequenceFlow.class)) {
        if (flow.getConditionExpression() == null) {
          continue;
        }
        Matcher comparison = COMPARISON.matcher(flow.getConditionExpression().getTextContent());
        while (comparison.find()) {
          CaseVariable variable = declared.get(comparison.group(1));
          if (variable != null && !variable.allowed().isEmpty() && !variable.allowed().contains(comparison.group(3))) {
            problems.add(diagram.process().getId() + " " + flow.getId() + ": " + comparison.group(1) + " is never '"
                + comparison.group(3) + "' (allowed " + variable.allowed() + ")");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * A diverging gateway routes every value that can reach it: it has a default flow, or its flows test
   * one choice for each of its allowed values, or a yes/no answer both ways.
   */
  @Test
  void everyDivergingGatewayHasADefaultFlowOrRoutesEveryAllowedValue() {
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : DIAGRAMS) {
      Map<String, CaseVariable> declared = declaredIn(diagram);
      for (ExclusiveGateway gateway : diagram.model().getModelElementsByType(ExclusiveGateway.class)) {
        if (gateway.getOutgoing().size() < 2 || gateway.getDefault() != null) {
          continue;
        }
        if (!routesEveryValue(gateway, declared)) {
          problems.add(diagram.process().getId() + " " + gateway.getId() + " ('" + gateway.getName() + "')");
        }
      }
    }
    assertThat(problems).as("gateways without a default flow that do not test every allowed value").isEmpty();
  }

  static boolean routesEveryValue(ExclusiveGateway gateway, Map<String, CaseVariable> declared) {
    if (isEitherOr(gateway)) {
      return true;
    }
    Map<String, Set<String>> tested = new HashMap<>();
    for (SequenceFlow flow : gateway.getOutgoing()) {
      if (flow.getConditionExpression() == null) {
        return false;
      }
      String condition = flow.getConditionExpression().getTextContent().trim();
      Matcher comparison = COMPARISON.matcher(condition);
      if (comparison.find() && condition.matches("\\$\\{\\s*[a-zA-Z0-9]+\\s*(==|eq)\\s*['\"][^'\"]*['\"]\\s*}")) {
        tested.computeIfAbsent(comparison.group(1), name -> new LinkedHashSet<>()).add(comparison.group(3));
        continue;
      }
      Matcher yesNo = Pattern.compile("^\\$\\{\\s*(!|not\\s+)?\\s*([a-zA-Z0-9]+)\\s*}$").matcher(condition);
      if (yesNo.matches()) {
        tested.computeIfAbsent(yesNo.group(2), name -> new LinkedHashSet<>()).add(yesNo.group(1) == null ? "true" : "false");
        continue;
      }
      return false;
    }
    if (tested.size() != 1) {
      return false;
    }
    Map.Entry<String, Set<String>> only = tested.entrySet().iterator().next();
    CaseVariable variable = declared.get(only.getKey());
    return variable != null && !variable.allowed().isEmpty() && only.getValue().containsAll(variable.allowed());
  }

  /** Two flows whose conditions are one test and its negation: every value takes one of them. */
  static boolean isEitherOr(ExclusiveGateway gateway) {
    if (gateway.getOutgoing().size() != 2) {
      return false;
    }
    List<String> conditions = gateway.getOutgoing().stream()
        .map(flow -> flow.getConditionExpression() == null ? null : flow.getConditionExpression().getTextContent())
        .map(condition -> condition == null ? null : condition.replaceAll("\\s+", "").replaceAll("^\\$\\{(.*)}$", "$1"))
        .toList();
    if (conditions.contains(null)) {
      return false;
    }
    String one = conditions.get(0);
    String other = conditions.get(1);
    return other.equals("!" + one) || one.equals("!" + other) || other.equals("!(" + one + ")") || one.equals("!(" + other + ")")
        || (one.contains("==") && other.equals(one.replace("==", "!="))) || (other.contains("==") && one.equals(other.replace("==", "!=")));
  }

  @TestFactory
  Stream<DynamicTest> everyTaskRefusesAChangedCaseFactAComputedValueAndAVariableOfNoStep() {
    return CONTRACTS.all().stream().flatMap(contract -> contract.steps().stream()
        .filter(step -> step.door() == Step.Door.TASK)
        .flatMap(step -> {
          List<DynamicTest> tests = new ArrayList<>();
          String name = contract.key() + " " + step.id() + ": ";
          if (!step.writes().containsKey(CaseFacts.CHILD_NAME)) {
            tests.add(dynamicTest(name + "a changed child's name is refused", () -> assertThat(
                step.problems(Map.of(CaseFacts.CHILD_NAME, "Overwritten by police"), variable -> "Amy Example"))
                .containsKey(CaseFacts.CHILD_NAME)));
            tests.add(dynamicTest(name + "the child's name sent back unchanged passes", () -> assertThat(
                step.problems(Map.of(CaseFacts.CHILD_NAME, "Amy Example"), variable -> "Amy Example")).isEmpty()));
          }
          if (!step.writes().containsKey(CaseFacts.STANDARDS_PROFILE)) {
            tests.add(dynamicTest(name + "another authority's profile is refused", () -> assertThat(
                step.problems(Map.of(CaseFacts.STANDARDS_PROFILE, "manchester"), variable -> "national"))
                .containsKey(CaseFacts.STANDARDS_PROFILE)));
          }
          contract.computed().forEach(computed -> tests.add(dynamicTest(name + "the computed '" + computed + "' is refused",
              () -> assertThat(step.problems(Map.of(computed, "2030-01-01"), variable -> "2026-12-04")).containsKey(computed))));
          tests.add(dynamicTest(name + "a variable no step writes is refused", () -> assertThat(
              step.problems(Map.of("notAVariableOfThisCase", "2030-01-01"), variable -> null)).containsKey("notAVariableOfThisCase")));
          step.writes().values().forEach(variable -> tests.add(dynamicTest(name + variable.name() + " takes a "
              + variable.kind() + " and refuses anything else", () -> {
                assertThat(step.problems(Map.of(variable.name(), sample(variable)), each -> null)).isEmpty();
                Optional.ofNullable(wrong(variable)).ifPresent(wrong -> assertThat(
                    step.problems(Map.of(variable.name(), wrong), each -> null)).containsKey(variable.name()));
              })));
          return tests.stream();
        }));
  }

  static Object sample(CaseVariable variable) {
    return switch (variable.kind()) {
      case TEXT -> "Some words";
      case DATE -> "2026-12-04";
      case YES_NO -> Boolean.TRUE;
      case NUMBER -> 3;
      case CHOICE -> variable.allowed().get(0);
      case CHECKLIST -> variable.allowed().isEmpty() ? List.of("anything") : List.of(variable.allowed().get(0));
      case ROWS -> "[{\"agency\":\"police\"}]";
    };
  }

  static Object wrong(CaseVariable variable) {
    return switch (variable.kind()) {
      case TEXT -> null;
      case DATE -> "31/02/2026";
      case YES_NO -> "maybe";
      case NUMBER -> "many";
      case CHOICE -> "notAnOption";
      case CHECKLIST -> variable.allowed().isEmpty() ? null : List.of("notAnOption");
      case ROWS -> "[{\"agency\": police";
    };
  }

  private static Map<String, CaseVariable> declaredIn(Diagram diagram) {
    Map<String, CaseVariable> declared = new HashMap<>(diagram.contract().declared());
    CaseFacts.ALL.forEach(fact -> declared.put(fact.name(), fact));
    return declared;
  }

  private static MessageEventDefinition messageOf(StartEvent start) {
    return start.getEventDefinitions().stream().filter(MessageEventDefinition.class::isInstance)
        .map(MessageEventDefinition.class::cast).findFirst().orElse(null);
  }

  private static List<JsonNode> fields(JsonNode components) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : components) {
      if ("dynamiclist".equals(component.path("type").asText())) {
        fields.add(component);
      } else {
        if (component.has("components")) {
          fields.addAll(fields(component.get("components")));
        }
        if (component.has("key")) {
          fields.add(component);
        }
      }
    }
    return fields;
  }

  private static Map<String, JsonNode> forms() {
    Map<String, JsonNode> forms = new HashMap<>();
    for (Path file : files("forms", ".form")) {
      try {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return forms;
  }

  private static List<Diagram> diagrams() {
    List<Diagram> diagrams = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      model.getModelElementsByType(Process.class).forEach(process -> diagrams.add(new Diagram(file, model, process)));
    }
    return diagrams;
  }

  private static List<Path> files(String folder, String suffix) {
    try (Stream<Path> walk = Files.walk(Path.of(folder))) {
      return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
