package uk.safeguarding.oversight;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;
import uk.safeguarding.breaches.BreachPoints;

/**
 * Which rule each user task's due date is, read from the deployed diagrams, so that the dashboard
 * counts the deadlines a rule had without a list of its own that could drift from the diagrams. A
 * task's rule is the one its due date names ({@code ${standards.due(execution, 'CG-01', ...)}}), or
 * else the rule of the breach timer on the task whose expression is the due date's (a meeting's own
 * day, {@code standards.endOf(...)}). A task is a <em>deadline</em> of its rule when a breach timer
 * guards it: only then does a missed due day leave a breach in the register, so only then can the
 * register say whether the deadline was met. Tasks whose due date names a rule without a timer of
 * their own (the assessment's steps inside the timed assessment) are {@link TaskRule#guarded()} false:
 * open work near its rule's deadline, never a deadline of its own.
 */
@Component
public class RuleDeadlines {

  static final Pattern NAMED_RULE = Pattern.compile("standards\\.due\\(\\s*execution\\s*,\\s*'([A-Z0-9]+-[0-9]+)'");
  static final String RULE_PROPERTY = "ruleId";

  /** A user task of a pathway and the rule its due date is. */
  public record TaskRule(String processKey, String taskKey, String taskName, String ruleId, boolean guarded) {}

  /** Every diagram's tasks, by process key and task key; the newest version of a diagram wins. */
  public record Rules(Map<String, Map<String, TaskRule>> byProcess, Map<String, String> pathwayNames) {

    public Optional<TaskRule> of(String processKey, String taskKey) {
      return Optional.ofNullable(byProcess.getOrDefault(processKey, Map.of()).get(taskKey));
    }

    /** The task keys of any diagram that are a rule's deadline (guarded) or, with {@code guardedOnly} false, due by it. */
    public Set<String> taskKeys(Collection<String> ruleIds, boolean guardedOnly) {
      Set<String> keys = new LinkedHashSet<>();
      byProcess.values().forEach(tasks -> tasks.values().stream()
          .filter(task -> (ruleIds == null || ruleIds.contains(task.ruleId())) && (task.guarded() || !guardedOnly))
          .forEach(task -> keys.add(task.taskKey())));
      return keys;
    }

    /** The rules of every diagram's tasks; with {@code guardedOnly}, those that have deadlines (a breach timer on a task). */
    public Set<String> ruleIds(boolean guardedOnly) {
      Set<String> ids = new LinkedHashSet<>();
      byProcess.values().forEach(tasks -> tasks.values().stream().filter(task -> task.guarded() || !guardedOnly)
          .forEach(task -> ids.add(task.ruleId())));
      return ids;
    }

    public String pathwayName(String processKey) {
      return pathwayNames.getOrDefault(processKey, processKey);
    }
  }

  private final RepositoryService repository;
  private final Map<String, Map<String, TaskRule>> byDefinition = new ConcurrentHashMap<>();

  public RuleDeadlines(RepositoryService repository) {
    this.repository = repository;
  }

  /** The rules of the diagrams deployed now; a diagram is read once per version. */
  public Rules current() {
    Map<String, Map<String, TaskRule>> byProcess = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().orderByProcessDefinitionVersion().asc().list();
    for (ProcessDefinition definition : definitions) {
      Map<String, TaskRule> tasks = byDefinition.computeIfAbsent(definition.getId(),
          id -> read(definition.getKey(), repository.getBpmnModelInstance(id)));
      byProcess.computeIfAbsent(definition.getKey(), key -> new HashMap<>()).putAll(tasks);
      names.put(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName());
    }
    return new Rules(byProcess, names);
  }

  static Map<String, TaskRule> read(String processKey, BpmnModelInstance model) {
    Map<String, TaskRule> tasks = new HashMap<>();
    Map<String, List<BoundaryEvent>> timers = new HashMap<>();
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      if (event.getAttachedTo() != null && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
        timers.computeIfAbsent(event.getAttachedTo().getId(), id -> new java.util.ArrayList<>()).add(event);
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String due = task.getCamundaDueDate();
      List<BoundaryEvent> guards = timers.getOrDefault(task.getId(), List.of());
      String rule = namedRule(due);
      boolean guarded;
      if (rule != null) {
        String named = rule;
        guarded = guards.stream().anyMatch(timer -> named.equals(ruleOf(timer)));
      } else {
        BoundaryEvent same = guards.stream().filter(timer -> due != null && due.equals(expression(timer))).findFirst()
            .orElse(guards.size() == 1 ? guards.get(0) : null);
        rule = same == null ? null : ruleOf(same);
        guarded = rule != null;
      }
      if (rule != null) {
        tasks.put(task.getId(), new TaskRule(processKey, task.getId(), task.getName(), rule, guarded));
      }
    }
    return tasks;
  }

  static String namedRule(String expression) {
    if (expression == null) {
      return null;
    }
    Matcher matcher = NAMED_RULE.matcher(expression);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String expression(BoundaryEvent timer) {
    TimerEventDefinition definition = timer.getChildElementsByType(TimerEventDefinition.class).iterator().next();
    if (definition.getTimeDate() != null) {
      return definition.getTimeDate().getTextContent().trim();
    }
    if (definition.getTimeDuration() != null) {
      return definition.getTimeDuration().getTextContent().trim();
    }
    return definition.getTimeCycle() == null ? null : definition.getTimeCycle().getTextContent().trim();
  }

  /**
   * The rule a breach timer records: a breach point's ({@link BreachPoints#ruleOf}), else the
   * {@code ruleId} property of a step that records it along the timer's path, else the rule its own
   * expression names.
   */
  static String ruleOf(BoundaryEvent timer) {
    String breachPoint = BreachPoints.ruleOf(timer);
    if (breachPoint != null) {
      return breachPoint;
    }
    Set<String> seen = new HashSet<>();
    java.util.Deque<FlowNode> next = new java.util.ArrayDeque<>(List.of(timer));
    while (!next.isEmpty()) {
      FlowNode node = next.pop();
      if (!seen.add(node.getId())) {
        continue;
      }
      String rule = ruleProperty(node);
      if (rule != null) {
        return rule;
      }
      for (SequenceFlow flow : node.getOutgoing()) {
        next.add(flow.getTarget());
      }
    }
    return namedRule(expression(timer));
  }

  private static String ruleProperty(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> RULE_PROPERTY.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }
}
