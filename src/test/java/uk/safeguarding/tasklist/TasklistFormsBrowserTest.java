package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.strategy.StrategyDiscussionProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess.Element;

/**
 * Every form of every diagram renders in Tasklist and is accessible (issue 16, items 7 and 8): WCAG 2.2
 * AA by axe-core, no serious or critical violation, in the forms and in Tasklist's own pages around
 * them; and a task can be done with the keyboard alone, every field with a label.
 *
 * <p>The forms are shown through a "form gallery" deployed by this test only (never under processes/,
 * and deleted afterwards): one task per form under forms/, start forms included, bound to the latest
 * deployed form, assigned to the administrator, with the case's values a form shows read-only. A real
 * pathway cannot reach every form in a test's time; the gallery shows each in one browser with one
 * log-in. The browser is driven by {@code src/browser-test/every-form.js} and {@code keyboard-form.js}
 * through {@link BrowserJourney}; skipped without Chromium or its node modules, except under CI=true.
 * What Tasklist's own markup needed (names for its icon-only controls, contrast, target sizes) is in
 * {@code scripts/accessible-tasklist.js} and {@code styles/user-styles.css}.
 */
@Tag(BrowserJourney.TAG)
class TasklistFormsBrowserTest extends ProcessTestBase {

  private static final Path FORMS = Path.of("forms");
  private static final Path PROCESSES = Path.of("processes");
  private static final String GALLERY = "TasklistFormGallery";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** About 90 forms at well under a second each, the pages around them, and a slow machine's margin. */
  private static final Duration EVERY_FORM_LIMIT = Duration.ofSeconds(270);
  private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort
  int port;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheGallery() {
    // The gallery is no pathway: no other test may meet it among the deployed diagrams.
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true, true));
  }

  @Test
  void everyFormOfEveryDiagramRendersInTasklistWithNoSeriousOrCriticalAccessibilityViolation() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    Map<String, JsonNode> forms = forms();
    assertThat(formRefsOfTheDiagrams()).as("every form a diagram names is a file under forms/").isSubsetOf(forms.keySet());

    String caseReference = uniqueCaseReference();
    Deployment gallery = engine.getRepositoryService().createDeployment().name("Tasklist form gallery (test)")
        .addModelInstance(GALLERY + ".bpmn", gallery(forms.keySet())).deploy();
    deployments.add(gallery.getId());
    // Started by the system, as the engine's own commands are: nobody is signed in.
    String instance = engine.getRuntimeService()
        .startProcessInstanceByKey(GALLERY, caseReference, caseValues(caseReference, forms.values())).getId();
    Map<String, String> taskOfForm = engine.getTaskService().createTaskQuery().processInstanceId(instance).list().stream()
        .collect(Collectors.toMap(Task::getTaskDefinitionKey, Task::getId));

    ObjectNode manifest = JSON.createObjectNode();
    ArrayNode tasks = manifest.putArray("tasks");
    forms.forEach((id, form) -> {
      ObjectNode task = tasks.addObject().put("formId", id).put("taskId", taskOfForm.get(taskKey(id)));
      alwaysShownLabels(form.get("components")).forEach(task.withArray("labels")::add);
    });
    manifest.put("startProcess", "Strategy discussion").put("startLabel", "Child's date of birth");
    Path manifestFile = BrowserJourney.OUTPUT.resolve("form-gallery.json");
    Files.createDirectories(BrowserJourney.OUTPUT);
    JSON.writerWithDefaultPrettyPrinter().writeValue(manifestFile.toFile(), manifest);
    for (String screenshot : List.of("every-form-task.png", "every-form-start-dialog.png")) {
      BrowserJourney.freshScreenshot(screenshot);
    }

    BrowserJourney.Run run = BrowserJourney.run(EVERY_FORM_LIMIT, chromium, "every-form.js", "every-form",
        "--base-url", "http://localhost:" + port, "--user", "admin", "--password", "admin-demo",
        "--manifest", manifestFile.toAbsolutePath().toString(),
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());

    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();
    assertThat(run.lines("PROBLEM")).as("forms that did not render, or not whole").isEmpty();
    Map<String, String> rendered = run.lines("FORM").stream()
        .collect(Collectors.toMap(line -> line.split(" ")[0], line -> line.split(" ")[1]));
    assertThat(rendered.keySet()).as("every form rendered").containsExactlyInAnyOrderElementsOf(forms.keySet());
    rendered.forEach((form, fields) -> assertThat(fields).as("%s: fields shown of those it always shows", form)
        .matches(seen -> seen.split("/")[0].equals(seen.split("/")[1])));
    assertThat(run.lines("AXE")).as("serious or critical WCAG 2.2 AA violations (where | rule | element | help)").isEmpty();
    assertThat(run.lines("PAGE")).containsExactly("log-in checked", "task list checked", "task view checked",
        "task history checked", "task diagram checked", "start dialog checked");
    // The check can fail: an unlabelled field slipped into a form is a critical violation.
    assertThat(run.line("CANARY")).contains("label critical");
    for (String screenshot : List.of("every-form-task.png", "every-form-start-dialog.png")) {
      assertThat(Files.size(BrowserJourney.OUTPUT.resolve(screenshot))).as(screenshot).isPositive();
    }
  }

  @Test
  void theTeamManagerConvenesAStrategyDiscussionWithTheKeyboardAloneAndEveryFieldHasALabel() throws Exception {
    String chromium = BrowserJourney.requireChromium();
    String caseReference = uniqueCaseReference();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(StrategyDiscussionProcess.KEY, caseReference, Map.of(
        "caseReference", caseReference,
        "childName", "Amy Keys",
        "childDateOfBirth", "2018-05-14",
        "householdMembers", "Mother; stepfather",
        "concern", "Bruising seen at school",
        "concernRaisedDate", today.toString(),
        "childInEducation", false)).getId();
    Task convene = task(instance, Element.ConveneStrategyDiscussion.name());
    BrowserJourney.freshScreenshot("keyboard-form.png");

    BrowserJourney.Run run = BrowserJourney.run(chromium, "keyboard-form.js", "keyboard-form",
        "--base-url", "http://localhost:" + port, "--user", "tom", "--password", "tom-demo",
        "--task-id", convene.getId(), "--date", today.format(ENGLISH_DATE),
        "--screenshots", BrowserJourney.OUTPUT.toAbsolutePath().toString());

    assertThat(run.exitCode()).as(BrowserJourney.failure(run)).isZero();
    assertThat(run.lines("AXE")).as("serious or critical WCAG 2.2 AA violations on the task before it is claimed").isEmpty();
    assertThat(run.line("CLAIMED")).as("claimed with Tab and Enter").isEqualTo(convene.getId());
    List<String[]> stops = run.lines("FOCUS").stream().map(line -> line.split(" \\| ")).toList();
    assertThat(stops).as("every stop of the focus has a name and shows the focus")
        .allSatisfy(stop -> {
          assertThat(stop).hasSize(3);
          assertThat(stop[1]).as("name of a %s", stop[0]).isNotBlank();
          assertThat(stop[2]).as("focus visible on %s '%s'", stop[0], stop[1]).isEqualTo("yes");
        });
    assertThat(stops.stream().map(stop -> stop[1]).toList()).as("reached by Tab, in the order of the form")
        .containsSubsequence("Date of the strategy discussion", "Meeting", "Police", "Health", "Complete");
    assertThat(run.line("COMPLETED")).isEqualTo(convene.getId());

    // What the keyboard entered is what the engine holds, and the discussion moves on to the agencies.
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(convene.getId()).singleResult()
        .getAssignee()).isEqualTo("tom");
    Map<String, Object> held = engine.getRuntimeService().getVariables(instance,
        List.of("strategyDiscussionDate", "discussionFormat"));
    assertThat(held).containsEntry("strategyDiscussionDate", today.toString()).containsEntry("discussionFormat", "meeting");
    List<Task> contributions = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(Element.ContributeToStrategyDiscussion.name()).list();
    assertThat(contributions).extracting(this::onlyCandidateGroup)
        .containsExactlyInAnyOrder("csc-social-worker", "police", "health");
    assertThat(contributions).extracting(Task::getDueDate)
        .containsOnly(Date.from(today.atTime(WorkingDayCalendar.END_OF_DAY).atZone(WorkingDayCalendar.LONDON).toInstant()));
  }

  // --- the gallery ------------------------------------------------------------------------------

  /** Every form under forms/, by its id, in the order of the files. */
  static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    }
    return forms;
  }

  /** The forms the diagrams under processes/ name, on user tasks and start events. */
  private static Set<String> formRefsOfTheDiagrams() throws IOException {
    Set<String> refs = new TreeSet<>();
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
            .filter(Objects::nonNull).forEach(refs::add);
        model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
            .filter(Objects::nonNull).forEach(refs::add);
      }
    }
    return refs;
  }

  /** One task per form, side by side, for the administrator, showing the latest deployed version of the form. */
  private static BpmnModelInstance gallery(Set<String> formIds) {
    ProcessBuilder process = Bpmn.createExecutableProcess(GALLERY).name("Tasklist form gallery (test)")
        .camundaHistoryTimeToLive(1);
    var fork = process.startEvent().parallelGateway("Fork");
    for (String formId : formIds) {
      fork.moveToNode("Fork").userTask(taskKey(formId)).name(formId)
          .camundaFormRef(formId).camundaFormRefBinding("latest")
          .camundaAssignee("admin").camundaCandidateGroups("camunda-admin")
          .endEvent();
    }
    return fork.done();
  }

  private static String taskKey(String formId) {
    return "Show_" + formId;
  }

  /**
   * A value for every field a form shows read-only, as a case would hold it: Tasklist fills those
   * fields from the case, and a form whose text or conditions read them is seen as a practitioner sees
   * it. A date is ISO text, a checklist a JSON list, a yes/no a Boolean, a choice its first option.
   */
  private static Map<String, Object> caseValues(String caseReference, Iterable<JsonNode> forms) {
    Map<String, Object> values = new HashMap<>();
    for (JsonNode form : forms) {
      for (JsonNode field : components(form.get("components"))) {
        String key = field.path("key").asText(null);
        if (key == null || !field.path("disabled").asBoolean() || values.containsKey(key)) {
          continue;
        }
        String firstOption = field.path("values").path(0).path("value").asText(null);
        values.put(key, switch (field.get("type").asText()) {
          case "datetime" -> "2026-12-07";
          case "checkbox" -> true;
          case "number" -> 2;
          case "checklist" -> SpinValues.jsonValue("[\"" + firstOption + "\"]").create();
          case "select", "radio" -> firstOption;
          default -> "As the case records it: " + field.path("label").asText();
        });
      }
    }
    values.put("caseReference", caseReference);
    values.put("childName", "Amy Gallery");
    return values;
  }

  /**
   * The labels a form always shows: every field's (a date's own label), except in a part shown on a
   * condition or a dynamic list's rows, which may have none.
   */
  private static List<String> alwaysShownLabels(JsonNode components) {
    List<String> labels = new ArrayList<>();
    for (JsonNode component : components) {
      if (component.has("conditional")) {
        continue;
      }
      String type = component.get("type").asText();
      if (type.equals("group")) {
        labels.addAll(alwaysShownLabels(component.get("components")));
      } else if (component.has("key") && !type.equals("dynamiclist")) {
        labels.add(component.path(type.equals("datetime") ? "dateLabel" : "label").asText());
      }
    }
    return labels;
  }

  private static List<JsonNode> components(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : components) {
      all.add(component);
      if (component.has("components")) {
        all.addAll(components(component.get("components")));
      }
    }
    return all;
  }

  private String onlyCandidateGroup(Task task) {
    List<String> groups = candidateGroups(task);
    assertThat(groups).hasSize(1);
    return groups.get(0);
  }

}
