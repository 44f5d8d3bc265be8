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
import java.util.LinkedHashMap;
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
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
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

  /** Every yes/no radio, shown or written, in a row of a list or not, has the values true and false. */
  @Test
  void noFormOffersTheWordsYesAndNoAsValues() {
    List<String> problems = new ArrayList<>();
    FORMS.forEach((id, form) -> everyComponent(form.get("components")).forEach(component -> {
      Set<String> offered = new LinkedHashSet<>();
      component.path("values").forEach(option -> offered.add(option.path("value").asText().toLowerCase()));
      if (offered.contains("yes") || offered.contains("no")) {
        problems.add(id + " '" + component.path("key").asText() + "' offers " + offered);
      }
    }));
    assertThat(problems).isEmpty();
  }

  private static List<JsonNode> everyComponent(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : components) {
      all.add(component);
      if (component.has("components")) {
        all.addAll(everyComponent(component.get("components")));
      }
    }
    return all;
  }

  private static List<String> fieldProblems(Step step, String formRef, JsonNode field) {
    String where = step.processKey() + " " + step.id() + " (form " + formRef + ")";
    boolean rows = "dynamiclist".equals(field.path("type").asText());
    String key = rows ? field.path("path").asText() : field.path("key").asText();
    boolean readOnly = field.path("disabled").asBoolean() || field.path("readonly").asBoolean();
    CaseVariable written = step.writes().getOrDefault(key, step.fills().get(key));
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
    // One encoding of a yes/no answer: a checkbox, or options whose values are true and false (REST
    // clients' "yes" and "no" are still read, but no form sends them).
    Set<String> offered = new LinkedHashSet<>();
    field.path("values").forEach(option -> offered.add(option.path("value").asText()));
    if (written.kind() == CaseVariable.Kind.YES_NO && !offered.isEmpty() && !offered.equals(Set.of("true", "false"))) {
      problems.add(where + ": yes/no '" + key + "' offers " + offered + "; its values are true and false");
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
   * A diverging gateway routes every value that can reach it: it has a default flow, or its flows'
   * conditions, read as the engine reads them, hold for at least one of them whatever allowed values
   * the variables they test hold (each choice one of its allowed values, each yes/no answer true or
   * false), or its two flows are one test and its negation.
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

  /** The default flow is taken when no condition holds, so it carries none (the engine ignores one). */
  @Test
  void everyDefaultFlowLeavesItsGatewayWithoutACondition() {
    List<String> problems = new ArrayList<>();
    for (Diagram diagram : DIAGRAMS) {
      for (ExclusiveGateway gateway : diagram.model().getModelElementsByType(ExclusiveGateway.class)) {
        SequenceFlow flow = gateway.getDefault();
        if (flow != null && (flow.getSource() != gateway || flow.getConditionExpression() != null)) {
          problems.add(diagram.process().getId() + " " + gateway.getId() + " default " + flow.getId());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The reading of conditions proves what it should, and nothing a gateway could drop. */
  @Test
  void aGatewayRoutesEveryValueOnlyWhenEveryCombinationTakesAFlow() {
    Map<String, CaseVariable> declared = Map.of(
        "decision", CaseVariable.choice("decision", "endorse", "return"),
        "outcome", CaseVariable.choice("outcome", "substantiated", "notSubstantiated"),
        "agrees", CaseVariable.yesNo("agrees"));
    // every combination of two choices
    assertThat(routesEveryValue(gateway("${decision == 'return'}", "${decision == 'endorse' && outcome == 'substantiated'}",
        "${decision == 'endorse' and outcome eq 'notSubstantiated'}"), declared)).isTrue();
    assertThat(routesEveryValue(gateway("${decision == 'return'}", "${decision == 'endorse' && outcome == 'substantiated'}"),
        declared)).as("endorsed, not substantiated, goes nowhere").isFalse();
    // yes/no answers, declared or not, both ways
    assertThat(routesEveryValue(gateway("${agrees && moving}", "${agrees && !moving}", "${!agrees}"), declared)).isTrue();
    assertThat(routesEveryValue(gateway("${agrees && moving}", "${!agrees}"), declared)).isFalse();
    assertThat(routesEveryValue(gateway("${agrees == true}", "${agrees != true}"), declared)).isTrue();
    assertThat(routesEveryValue(gateway("${agrees == 'true'}", "${agrees == 'false'}", "${decision != 'return'}"), declared)).isTrue();
    // every allowed value of one choice, or not
    assertThat(routesEveryValue(gateway("${decision == 'endorse'}", "${decision == 'return'}"), declared)).isTrue();
    assertThat(routesEveryValue(gateway("${decision == 'endorse'}", "${decision == 'elsewhere'}"), declared)).isFalse();
    // what cannot be read is not proved
    assertThat(routesEveryValue(gateway("${undeclared == 'a'}", "${undeclared != 'b'}", "${decision == 'endorse'}"), declared)).isFalse();
    assertThat(routesEveryValue(gateway("${standards.isLate(execution)}", "${decision == 'return'}", "${decision == 'endorse'}"),
        declared)).isTrue();
    assertThat(routesEveryValue(gateway("${standards.isLate(execution)}", "${decision == 'return'}"), declared)).isFalse();
    assertThat(routesEveryValue(gateway("${decision == 'return'}", "${decision.length() > 0}"), declared)).isFalse();
    assertThat(routesEveryValue(gateway("${decision == 'return'}", "${decision == 'endorse' ||}"), declared)).isFalse();
  }

  private static ExclusiveGateway gateway(String... conditions) {
    AbstractFlowNodeBuilder<?, ?> choose = Bpmn.createExecutableProcess("Routing").startEvent().exclusiveGateway("Choose");
    for (int i = 0; i < conditions.length; i++) {
      choose.moveToNode("Choose").condition("flow" + i, conditions[i]).endEvent("End" + i);
    }
    return choose.done().getModelElementById("Choose");
  }

  /** Beyond this many combinations of values a gateway has to have a default flow. */
  static final int MOST_COMBINATIONS = 4096;

  static boolean routesEveryValue(ExclusiveGateway gateway, Map<String, CaseVariable> declared) {
    if (isEitherOr(gateway)) {
      return true;
    }
    // A condition that is not read here (a method call, say) may be false: the others must route alone.
    List<Condition> conditions = new ArrayList<>();
    for (SequenceFlow flow : gateway.getOutgoing()) {
      if (flow.getConditionExpression() == null) {
        return false;
      }
      Condition.parse(flow.getConditionExpression().getTextContent()).ifPresent(conditions::add);
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Condition condition : conditions) {
      condition.comparedWithText().forEach(name -> values.put(name, null));
    }
    for (String name : values.keySet()) {
      CaseVariable variable = declared.get(name);
      if (variable == null || variable.allowed().isEmpty()) {
        return false;
      }
      values.put(name, variable.allowed());
    }
    // Read as yes or no only: the engine makes true or false of whatever it holds (JUEL's coercion).
    for (Condition condition : conditions) {
      condition.readAsYesNo().forEach(name -> values.putIfAbsent(name, List.of("true", "false")));
    }
    long combinations = values.values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
    if (combinations > MOST_COMBINATIONS) {
      return false;
    }
    for (Map<String, String> assignment : assignments(values)) {
      if (conditions.stream().noneMatch(condition -> condition.holds(assignment))) {
        return false;
      }
    }
    return true;
  }

  private static List<Map<String, String>> assignments(Map<String, List<String>> values) {
    List<Map<String, String>> assignments = new ArrayList<>(List.of(Map.of()));
    values.forEach((name, allowed) -> {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> assignment : assignments) {
        for (String value : allowed) {
          Map<String, String> more = new HashMap<>(assignment);
          more.put(name, value);
          next.add(more);
        }
      }
      assignments.clear();
      assignments.addAll(next);
    });
    return assignments;
  }

  /**
   * A gateway's condition as the engine evaluates it, for the part of JUEL that conditions on answers
   * use: a variable compared with a text or with true/false, a variable read as yes or no, and
   * {@code !}, {@code &&}, {@code ||} (or {@code not}, {@code and}, {@code or}) with brackets. Anything
   * else (a method call, a null test) is not read, and a gateway that needs it has a default flow.
   */
  sealed interface Condition {

    boolean holds(Map<String, String> values);

    /** Variables compared with a text: only their allowed values can be tried. */
    Set<String> comparedWithText();

    /** Variables read as a yes/no answer. */
    Set<String> readAsYesNo();

    static Optional<Condition> parse(String expression) {
      Matcher whole = Pattern.compile("^\\s*\\$\\{(.*)}\\s*$", Pattern.DOTALL).matcher(expression);
      if (!whole.matches()) {
        return Optional.empty();
      }
      Matcher tokens = Pattern.compile("\\s*(&&|\\|\\||==|!=|!|\\(|\\)|'[^']*'|\"[^\"]*\"|[a-zA-Z_][a-zA-Z0-9_]*)").matcher(whole.group(1));
      List<String> list = new ArrayList<>();
      int at = 0;
      while (tokens.find() && tokens.start() == at) {
        list.add(tokens.group(1));
        at = tokens.end();
      }
      if (!whole.group(1).substring(at).isBlank()) {
        return Optional.empty();
      }
      Parser parser = new Parser(list);
      Condition condition = parser.or();
      return condition != null && parser.done() ? Optional.of(condition) : Optional.empty();
    }

    /** JUEL makes a Boolean of text by {@link Boolean#parseBoolean}: "true" in any case, else false. */
    static boolean yes(String value) {
      return Boolean.parseBoolean(value);
    }

    record YesNo(String name) implements Condition {
      public boolean holds(Map<String, String> values) {
        return yes(values.get(name));
      }

      public Set<String> comparedWithText() {
        return Set.of();
      }

      public Set<String> readAsYesNo() {
        return Set.of(name);
      }
    }

    record Equals(String name, String text) implements Condition {
      public boolean holds(Map<String, String> values) {
        return text.equals(values.get(name));
      }

      public Set<String> comparedWithText() {
        return Set.of(name);
      }

      public Set<String> readAsYesNo() {
        return Set.of();
      }
    }

    record Not(Condition inner) implements Condition {
      public boolean holds(Map<String, String> values) {
        return !inner.holds(values);
      }

      public Set<String> comparedWithText() {
        return inner.comparedWithText();
      }

      public Set<String> readAsYesNo() {
        return inner.readAsYesNo();
      }
    }

    record Both(Condition one, Condition other, boolean and) implements Condition {
      public boolean holds(Map<String, String> values) {
        return and ? one.holds(values) && other.holds(values) : one.holds(values) || other.holds(values);
      }

      public Set<String> comparedWithText() {
        Set<String> names = new LinkedHashSet<>(one.comparedWithText());
        names.addAll(other.comparedWithText());
        return names;
      }

      public Set<String> readAsYesNo() {
        Set<String> names = new LinkedHashSet<>(one.readAsYesNo());
        names.addAll(other.readAsYesNo());
        return names;
      }
    }

    /** Recursive descent over the tokens; null where the expression is not of the part read here. */
    final class Parser {
      private final List<String> tokens;
      private int next;

      Parser(List<String> tokens) {
        this.tokens = tokens;
      }

      boolean done() {
        return next == tokens.size();
      }

      private boolean take(String... any) {
        if (next < tokens.size() && List.of(any).contains(tokens.get(next))) {
          next++;
          return true;
        }
        return false;
      }

      Condition or() {
        Condition left = and();
        while (left != null && take("||", "or")) {
          Condition right = and();
          left = right == null ? null : new Both(left, right, false);
        }
        return left;
      }

      private Condition and() {
        Condition left = unary();
        while (left != null && take("&&", "and")) {
          Condition right = unary();
          left = right == null ? null : new Both(left, right, true);
        }
        return left;
      }

      private Condition unary() {
        if (take("!", "not")) {
          Condition inner = unary();
          return inner == null ? null : new Not(inner);
        }
        if (take("(")) {
          Condition inner = or();
          return inner != null && take(")") ? inner : null;
        }
        if (next >= tokens.size() || !tokens.get(next).matches("[a-zA-Z_][a-zA-Z0-9_]*")
            || List.of("true", "false", "null", "empty", "and", "or", "not", "eq", "ne").contains(tokens.get(next))) {
          return null;
        }
        String name = tokens.get(next++);
        if (next < tokens.size() && tokens.get(next).equals("(")) {
          return null;
        }
        boolean equal;
        if (take("==", "eq")) {
          equal = true;
        } else if (take("!=", "ne")) {
          equal = false;
        } else {
          return new YesNo(name);
        }
        if (next >= tokens.size()) {
          return null;
        }
        String literal = tokens.get(next++);
        Condition compared;
        if (literal.equals("true") || literal.equals("false")) {
          compared = literal.equals("true") ? new YesNo(name) : new Not(new YesNo(name));
        } else if (literal.matches("^(['\"]).*\\1$")) {
          compared = new Equals(name, literal.substring(1, literal.length() - 1));
        } else {
          return null;
        }
        return equal ? compared : new Not(compared);
      }
    }
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
          if (!step.fills().isEmpty()) {
            step.fills().keySet().forEach(fact -> {
              tests.add(dynamicTest(name + fact + " may be given while the case does not hold it", () -> assertThat(
                  step.problems(Map.of(fact, sample(step.fills().get(fact))), variable -> null)).isEmpty()));
              tests.add(dynamicTest(name + fact + " the case holds is not changed", () -> assertThat(
                  step.problems(Map.of(fact, sample(step.fills().get(fact))), variable -> "2001-01-01 and more"))
                  .containsKey(fact)));
            });
          }
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

  /**
   * What a diagram's gateways may read: its own contract's declarations, the case facts, and what the
   * processes it calls declare and hand back to it ({@code camunda:out}), a decision made in a called
   * process being routed by the caller.
   */
  private static Map<String, CaseVariable> declaredIn(Diagram diagram) {
    Map<String, CaseVariable> declared = new HashMap<>(diagram.contract().declared());
    CaseFacts.ALL.forEach(fact -> declared.put(fact.name(), fact));
    handedBack(diagram.process().getId(), new LinkedHashSet<>())
        .forEach((name, variable) -> declared.putIfAbsent(name, variable));
    return declared;
  }

  /** The declarations the processes that {@code processKey} calls hand back to it, and theirs in turn. */
  private static Map<String, CaseVariable> handedBack(String processKey, Set<String> seen) {
    Map<String, CaseVariable> handed = new HashMap<>();
    if (!seen.add(processKey)) {
      return handed;
    }
    Diagram diagram = DIAGRAMS.stream().filter(each -> each.process().getId().equals(processKey)).findFirst().orElse(null);
    if (diagram == null) {
      return handed;
    }
    for (CallActivity call : diagram.model().getModelElementsByType(CallActivity.class)) {
      Optional<ProcessContract> called = CONTRACTS.of(call.getCalledElement());
      if (called.isEmpty() || call.getExtensionElements() == null) {
        continue;
      }
      Map<String, CaseVariable> theirs = new HashMap<>(called.get().declared());
      handedBack(called.get().key(), seen).forEach(theirs::putIfAbsent);
      for (CamundaOut out : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
        if ("all".equals(out.getCamundaVariables())) {
          theirs.forEach(handed::putIfAbsent);
        } else if (out.getCamundaSource() != null && out.getCamundaTarget() != null && theirs.containsKey(out.getCamundaSource())) {
          CaseVariable source = theirs.get(out.getCamundaSource());
          handed.putIfAbsent(out.getCamundaTarget(), new CaseVariable(out.getCamundaTarget(), source.kind(), source.allowed()));
        }
      }
    }
    return handed;
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
