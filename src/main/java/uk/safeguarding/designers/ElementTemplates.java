package uk.safeguarding.designers;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.springframework.aop.support.AopUtils;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.casefile.StartGate;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.contract.ProcessContracts;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.timescales.DiagramTimescales;
import uk.safeguarding.timescales.StandardsProfiles;

/**
 * The element templates Camunda Modeler offers next to the diagrams
 * ({@code processes/.camunda/element-templates/}), generated from the code so that they cannot drift:
 * <ul>
 *   <li>a statutory task for each completion gate: the agency from a dropdown of {@link Agency}'s groups,
 *       the due date from a dropdown of the deadlines of the gate's pathway (each a rule of the profiles
 *       with what it counts from, resolving in every profile), the form from the pathway's forms, bound
 *       to the deployment, and the gate itself;</li>
 *   <li>a start for each start gate, a system step for each delegate bean, and the hand-on to another
 *       pathway as a call activity under the same case reference.</li>
 * </ul>
 * ElementTemplatesTest writes them when they differ from what is committed, and fails; it validates each
 * against the element templates JSON schema. docs/designers.md shows them in use.
 */
@Component
public class ElementTemplates {

  /** The schema Modeler reads a template by, vendored for the test under src/test/resources. */
  public static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema@0.22.1/resources/schema.json";
  public static final Path FOLDER = Path.of("processes", ".camunda", "element-templates");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile(
      "\\{\\s*\"name\" : (\"(?:[^\"\\\\]|\\\\.)*\"),\\s*\"value\" : (\"(?:[^\"\\\\]|\\\\.)*\")\\s*}");

  private final StandardsProfiles profiles;
  private final ProcessContracts contracts;
  private final Map<String, CompletionGate> gates;
  private final Map<String, JavaDelegate> delegates;

  public ElementTemplates(StandardsProfiles profiles, ProcessContracts contracts, Map<String, CompletionGate> gates,
      Map<String, JavaDelegate> delegates) {
    this.profiles = profiles;
    this.contracts = contracts;
    this.gates = new TreeMap<>(gates);
    this.delegates = new TreeMap<>(delegates);
  }

  /** Each template file by its name, as JSON text, from the diagrams and forms of the working copy. */
  public Map<String, String> generate(Path processes, Path forms) {
    Map<String, Pathway> pathways = new TreeMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    ArrayNode tasks = JSON.createArrayNode();
    ArrayNode starts = JSON.createArrayNode();
    gates.forEach((bean, gate) -> {
      Pathway pathway = pathways.computeIfAbsent(packageOf(gate), name -> Pathway.read(name, processes, forms, profiles));
      if (gate instanceof StartGate) {
        starts.add(start(bean, pathway));
      } else {
        tasks.add(task(bean, pathway));
      }
    });
    files.put("statutory-tasks.json", text(tasks));
    files.put("start-gates.json", text(starts));
    ArrayNode steps = JSON.createArrayNode();
    delegates.forEach((bean, delegate) -> steps.add(systemStep(bean, packageOf(delegate))));
    files.put("system-steps.json", text(steps));
    ArrayNode handOns = JSON.createArrayNode();
    handOns.add(handOn());
    files.put("hand-ons.json", text(handOns));
    return files;
  }

  private ObjectNode task(String bean, Pathway pathway) {
    List<UserTask> drawn = pathway.tasksOf(bean);
    UserTask example = drawn.isEmpty() ? null : drawn.get(0);
    ObjectNode template = template("uk.safeguarding.task." + bean, "Statutory task: " + words(bean),
        "A user task of " + pathway.name + " closed by the completion gate ${" + bean + "}"
            + (example == null ? "" : ", as '" + example.getName() + "'") + ". Write its rule IDs in the documentation.",
        "bpmn:UserTask");
    ArrayNode properties = template.putArray("properties");
    Map<String, String> agencies = pathway.agencies();
    Map<String, String> deadlines = new TreeMap<>(pathway.deadlines);
    Map<String, String> forms = new TreeMap<>(pathway.forms);
    // Every step the pathway draws with this gate can be drawn again from the dropdowns.
    for (UserTask task : drawn) {
      agencies.putIfAbsent(task.getCamundaCandidateGroups(), "As drawn: " + task.getCamundaCandidateGroups());
      deadlines.putIfAbsent(task.getCamundaDueDate(), "As drawn: " + task.getCamundaDueDate());
      forms.putIfAbsent(task.getCamundaFormRef(), task.getCamundaFormRef());
    }
    ObjectNode agency = dropdown(properties, "Agency (candidate group)", "property", "camunda:candidateGroups", agencies);
    ObjectNode due = dropdown(properties, "Due date (rule and the day it counts from)", "property", "camunda:dueDate", deadlines);
    ObjectNode form = dropdown(properties, "Form", "property", "camunda:formRef", forms);
    if (example != null) {
      agency.put("value", example.getCamundaCandidateGroups());
      due.put("value", example.getCamundaDueDate());
      form.put("value", example.getCamundaFormRef());
    }
    hidden(properties, "deployment").putObject("binding").put("type", "property").put("name", "camunda:formRefBinding");
    listener(properties, bean, "end");
    return template;
  }

  private ObjectNode start(String bean, Pathway pathway) {
    ObjectNode template = template("uk.safeguarding.start." + bean, "Start of " + pathway.name + ": " + words(bean),
        "A start event checked by the start gate ${" + bean + "}: the case reference, the profile and who may start.",
        "bpmn:StartEvent");
    ArrayNode properties = template.putArray("properties");
    dropdown(properties, "Start form", "property", "camunda:formRef", pathway.forms);
    hidden(properties, "deployment").putObject("binding").put("type", "property").put("name", "camunda:formRefBinding");
    listener(properties, bean, "start");
    return template;
  }

  private ObjectNode systemStep(String bean, String pathway) {
    ObjectNode template = template("uk.safeguarding.step." + bean, "System step: " + words(bean),
        "A service task of " + pathway + " done by the system: ${" + bean + "}.", "bpmn:ServiceTask");
    ArrayNode properties = template.putArray("properties");
    hidden(properties, "${" + bean + "}").putObject("binding").put("type", "property").put("name", "camunda:delegateExpression");
    return template;
  }

  private ObjectNode handOn() {
    ObjectNode template = template("uk.safeguarding.hand-on", "Hand-on: call another pathway",
        "A call activity that runs another pathway as part of this one, under the same case reference, with the case's facts.",
        "bpmn:CallActivity");
    ArrayNode properties = template.putArray("properties");
    Map<String, String> keys = new TreeMap<>();
    contracts.all().stream().map(ProcessContract::key).forEach(key -> keys.put(key, key));
    dropdown(properties, "Pathway", "property", "calledElement", keys);
    hidden(properties, "#{execution.processBusinessKey}").putObject("binding").put("type", "camunda:in:businessKey");
    ObjectNode all = properties.addObject().put("type", "Hidden");
    all.putObject("binding").put("type", "camunda:in").put("variables", "all");
    return template;
  }

  private static ObjectNode template(String id, String name, String description, String appliesTo) {
    ObjectNode template = JSON.createObjectNode();
    template.put("$schema", SCHEMA).put("name", name).put("id", id).put("version", 1).put("description", description);
    template.putArray("appliesTo").add(appliesTo);
    return template;
  }

  private static ObjectNode dropdown(ArrayNode properties, String label, String bindingType, String name, Map<String, String> choices) {
    ObjectNode property = properties.addObject().put("label", label).put("type", "Dropdown");
    ArrayNode list = property.putArray("choices");
    choices.forEach((value, shown) -> list.addObject().put("name", shown).put("value", value));
    property.putObject("binding").put("type", bindingType).put("name", name);
    property.putObject("constraints").put("notEmpty", true);
    return property;
  }

  private static ObjectNode hidden(ArrayNode properties, String value) {
    return properties.addObject().put("type", "Hidden").put("value", value);
  }

  private static void listener(ArrayNode properties, String bean, String event) {
    hidden(properties, "${" + bean + "}").putObject("binding").put("type", "camunda:executionListener")
        .put("event", event).put("implementationType", "delegateExpression");
  }

  /** coreGroupMeetingGate: "core group meeting". */
  static String words(String bean) {
    String name = bean.replaceAll("Gate$", "");
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String packageOf(Object bean) {
    String name = AopUtils.getTargetClass(bean).getPackageName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String text(JsonNode node) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      // One line a choice: the dropdowns hold hundreds, and a reviewer reads the change of one.
      return CHOICE.matcher(JSON.writer(printer).writeValueAsString(node)).replaceAll("{ \"name\" : $1, \"value\" : $2 }") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the diagrams and forms of one pathway's folder offer its templates. */
  private record Pathway(String name, List<BpmnModelInstance> diagrams, Map<String, String> deadlines, Map<String, String> forms,
      Map<String, String> caseAgencies) {

    static Pathway read(String name, Path processes, Path forms, StandardsProfiles profiles) {
      List<BpmnModelInstance> diagrams = new ArrayList<>();
      Map<String, String> deadlines = new TreeMap<>();
      Map<String, String> caseAgencies = new TreeMap<>();
      for (Path file : files(processes.resolve(name), ".bpmn")) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        diagrams.add(model);
        for (DiagramTimescales.Lookup lookup : DiagramTimescales.lookups(file.toString(), model)) {
          if (lookup.expression() != null && DiagramTimescales.shortfalls(profiles, lookup).isEmpty()) {
            deadlines.put(lookup.expression(), lookup.ruleId() + " " + java.util.Objects.toString(profiles
                .profile(StandardsProfiles.NATIONAL).rule(lookup.ruleId()).title(), "") + (lookup.timescale() == null ? "" : ", " + lookup.timescale())
                + " (from " + lookup.from() + ")");
          }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          String due = task.getCamundaDueDate();
          if (due != null && due.startsWith("${standards.endOf(")) {
            deadlines.put(due, "The end of a day the case holds: " + due.substring("${standards.endOf(".length(), due.length() - 2));
          }
          String groups = task.getCamundaCandidateGroups();
          if (groups != null && groups.contains("${")) {
            caseAgencies.put(groups, "The agency the case names: " + groups);
          }
        }
      }
      Map<String, String> formIds = new TreeMap<>();
      for (Path form : files(forms.resolve(name), ".form")) {
        try {
          String id = JSON.readTree(form.toFile()).path("id").asText();
          formIds.put(id, id + " (" + form.getFileName() + ")");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new Pathway(name, diagrams, deadlines, formIds, caseAgencies);
    }

    Map<String, String> agencies() {
      Map<String, String> agencies = new LinkedHashMap<>();
      // An agency's managers' role groups are reached through the case (ESC-02), by the expressions below.
      for (Agency agency : Agency.values()) {
        agencies.put(agency.groupId(), agency.displayName() + " (" + agency.groupId() + ")");
      }
      agencies.putAll(caseAgencies);
      return agencies;
    }

    /** The user tasks of the pathway's diagrams that the gate closes; the first gives the template's defaults. */
    List<UserTask> tasksOf(String bean) {
      List<UserTask> tasks = new ArrayList<>();
      for (BpmnModelInstance model : diagrams) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          if (("${" + bean + "}").equals(gateOf(task))) {
            tasks.add(task);
          }
        }
      }
      return tasks;
    }
  }

  /** The delegate expression of the task's completion gate, its {@code end} listener; null without one. */
  public static String gateOf(UserTask task) {
    if (task.getExtensionElements() == null) {
      return null;
    }
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
        .filter(listener -> "end".equals(listener.getCamundaEvent()) && listener.getCamundaDelegateExpression() != null)
        .map(CamundaExecutionListener::getCamundaDelegateExpression).findFirst().orElse(null);
  }

  private static List<Path> files(Path folder, String suffix) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
