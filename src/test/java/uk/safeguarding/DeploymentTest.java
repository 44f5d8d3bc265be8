package uk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import uk.safeguarding.childcase.CorrectCaseRecordProcess;
import uk.safeguarding.childinneed.ChildInNeedMeetingProcess;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;
import uk.safeguarding.conference.ChildProtectionPlanProcess;
import uk.safeguarding.conference.CoreGroupsAndVisitsProcess;
import uk.safeguarding.conference.InitialChildProtectionConferenceProcess;
import uk.safeguarding.conference.ReviewChildProtectionConferenceProcess;
import uk.safeguarding.escalation.ProfessionalDisagreementProcess;
import uk.safeguarding.lado.LadoReferralProcess;
import uk.safeguarding.lookedafter.CarePlanningProcess;
import uk.safeguarding.lookedafter.LookedAfterChangeProcess;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;
import uk.safeguarding.lookedafter.LookedAfterHealthProcess;
import uk.safeguarding.lookedafter.LookedAfterReviewsProcess;
import uk.safeguarding.lookedafter.PathwayPlanningProcess;
import uk.safeguarding.lookedafter.PersonalEducationPlansProcess;
import uk.safeguarding.lookedafter.PlacementAndVisitsProcess;
import uk.safeguarding.strategy.Section47EnquiryProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess;

/**
 * What the application deploys is what is in processes/ and forms/, and every diagram keeps the
 * house rules a process designer relies on: a form, a candidate group and a due date on every user
 * task, rule IDs in the documentation, history time to live, and timescales from the profiles only.
 */
class DeploymentTest extends ProcessTestBase {

  static final Pattern RULE_ID = Pattern.compile("\\b(SD|S47|ICPC|REC|LADO|ESC|CG|RCPC|CIN|LAC|CFA|FD|EH|SUP|CHR|SUM|TR|CL|NE|RR|RA)-\\d{2}\\b");

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

  @Test
  void everyUserTaskHasAFormACandidateGroupAndADueDateFromTheStandards() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file.getFileName() + " " + task.getId();
        assertThat(task.getCamundaFormRef()).as(where + " form").isNotBlank();
        assertThat(task.getCamundaCandidateGroups()).as(where + " candidate group").isNotBlank();
        assertThat(task.getCamundaAssignee()).as(where + " is never routed to a fixed person").isNull();
        assertThat(task.getCamundaDueDate()).as(where + " due date").startsWith("${standards.");
        assertThat(task.getDocumentations()).as(where + " documentation").isNotEmpty();
        assertThat(RULE_ID.matcher(task.getDocumentations().iterator().next().getTextContent()).find())
            .as(where + " names its rule IDs").isTrue();
      }
    }
  }

  @Test
  void noTimescaleIsANumberTypedIntoADiagram() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        assertThat(timer.getTimeDuration()).as(file + " timer duration").isNull();
        assertThat(timer.getTimeCycle()).as(file + " timer cycle").isNull();
        assertThat(timer.getTimeDate()).extracting(TimeDate::getTextContent).asString()
            .as(file + " timer").startsWith("${standards.due(execution, '");
      }
      String xml = Files.readString(file).replaceAll("camunda:historyTimeToLive=\"[^\"]*\"", "");
      assertThat(xml).as(file + " holds no ISO duration").doesNotContainPattern("[\">]P(T)?\\d+[DWHMY]");
    }
  }

  /** The contract classes name the elements the code relies on: renaming one in Modeler fails here, not in a case. */
  @Test
  void everyElementAContractNamesIsInItsDiagram() {
    contract(StrategyDiscussionProcess.KEY, StrategyDiscussionProcess.Element.values());
    contract(Section47EnquiryProcess.KEY, Section47EnquiryProcess.Element.values());
    contract(ProfessionalDisagreementProcess.KEY, ProfessionalDisagreementProcess.Element.values());
    contract(LadoReferralProcess.KEY, LadoReferralProcess.Element.values());
    contract(ChildInNeedPlanProcess.KEY, ChildInNeedPlanProcess.Element.values());
    contract(ChildInNeedMeetingProcess.KEY, ChildInNeedMeetingProcess.Element.values());
    contract(LookedAfterChildProcess.KEY, LookedAfterChildProcess.Element.values());
    contract(LookedAfterReviewsProcess.KEY, LookedAfterReviewsProcess.Element.values());
    contract(LookedAfterHealthProcess.KEY, LookedAfterHealthProcess.Element.values());
    contract(PersonalEducationPlansProcess.KEY, PersonalEducationPlansProcess.Element.values());
    contract(PlacementAndVisitsProcess.KEY, PlacementAndVisitsProcess.Element.values());
    contract(CarePlanningProcess.KEY, CarePlanningProcess.Element.values());
    contract(PathwayPlanningProcess.KEY, PathwayPlanningProcess.Element.values());
    contract(LookedAfterChangeProcess.KEY, LookedAfterChangeProcess.Element.values());
    contract(InitialChildProtectionConferenceProcess.KEY, InitialChildProtectionConferenceProcess.Element.values());
    contract(ChildProtectionPlanProcess.KEY, ChildProtectionPlanProcess.Element.values());
    contract(ReviewChildProtectionConferenceProcess.KEY, ReviewChildProtectionConferenceProcess.Element.values());
    contract(CoreGroupsAndVisitsProcess.KEY, CoreGroupsAndVisitsProcess.Element.values());
    contract(CorrectCaseRecordProcess.KEY, CorrectCaseRecordProcess.Element.values());
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

  @Test
  void everyProcessKeepsItsHistoryForTheRecordsRetentionPeriod() throws IOException {
    for (Path file : files("processes", ".bpmn")) {
      Collection<Process> processes = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class);
      processes.forEach(process -> assertThat(process.getCamundaHistoryTimeToLiveString()).as(file.toString()).isEqualTo("P9125D"));
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
