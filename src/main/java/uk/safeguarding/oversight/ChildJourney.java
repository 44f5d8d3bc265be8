package uk.safeguarding.oversight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.childcase.Chronology;
import uk.safeguarding.childcase.ChronologyEntry;
import uk.safeguarding.casefile.CaseStarts;

/**
 * The child's journey, for the tab Cockpit shows on every process instance (issue 19): every process
 * of the same child, running and finished, read from the history (Cockpit Community shows only
 * running ones), with how each ended and when, and the child's chronology as {@link Chronology}
 * builds it for the case page. "The same child" is the case reference, every pathway's business key.
 */
@Component
public class ChildJourney {

  static final String CHILD_CASE = ChildCaseProcess.KEY;

  /** One process of the child: what it is, whether it runs, how it ended. */
  public record Step(String processInstanceId, String processKey, String pathway, String state, String outcome,
      Instant started, Instant ended, String calledBy, boolean running) {}

  public record Journey(String caseReference, String childName, List<Step> processes, List<ChronologyEntry> chronology) {}

  private final HistoryService history;
  private final RepositoryService repository;
  private final ProcessEngineConfigurationImpl engine;
  private final Chronology chronology;

  public ChildJourney(HistoryService history, RepositoryService repository, ProcessEngineConfigurationImpl engine,
      Chronology chronology) {
    this.history = history;
    this.repository = repository;
    this.engine = engine;
    this.chronology = chronology;
  }

  /**
   * The journey of the child of a process instance, or empty when there is no such instance. Read
   * without the caller's authorizations: only managers reach it ({@link OversightApi}), and they see
   * every case.
   */
  public Optional<Journey> ofInstance(String processInstanceId) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult();
      if (instance == null || instance.getBusinessKey() == null) {
        return Optional.<Journey>empty();
      }
      String caseReference = instance.getBusinessKey();
      List<Step> steps = new ArrayList<>();
      for (HistoricProcessInstance process : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list()) {
        steps.add(step(process));
      }
      steps.sort(Comparator.comparing(Step::started).thenComparing(Step::processInstanceId));
      return Optional.of(new Journey(caseReference, childName(steps), steps, List.of()));
    })).map(journey -> new Journey(journey.caseReference(), journey.childName(), journey.processes(),
        chronology.of(journey.caseReference())));
  }

  private Step step(HistoricProcessInstance process) {
    boolean running = process.getEndTime() == null;
    return new Step(process.getId(), process.getProcessDefinitionKey(),
        process.getProcessDefinitionName() == null ? process.getProcessDefinitionKey() : process.getProcessDefinitionName(),
        stateOf(process), outcome(process), instant(process.getStartTime()), instant(process.getEndTime()),
        process.getSuperProcessInstanceId(), running);
  }

  private static String stateOf(HistoricProcessInstance process) {
    return switch (process.getState()) {
      case HistoricProcessInstance.STATE_ACTIVE -> "Running";
      case HistoricProcessInstance.STATE_SUSPENDED -> "Suspended";
      case HistoricProcessInstance.STATE_COMPLETED -> "Completed";
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "Ended early";
      default -> process.getState();
    };
  }

  /** How a finished process ended: the name of its end event ("Plan ended"), or why it was stopped. */
  private String outcome(HistoricProcessInstance process) {
    if (process.getEndTime() == null) {
      return "";
    }
    if (process.getDeleteReason() != null) {
      return process.getDeleteReason();
    }
    String end = process.getEndActivityId();
    if (end == null) {
      return "";
    }
    FlowElement element = repository.getBpmnModelInstance(process.getProcessDefinitionId()).getModelElementById(end);
    return element == null || element.getName() == null ? end : element.getName();
  }

  private String childName(List<Step> steps) {
    return history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(steps.stream().map(Step::processInstanceId).toArray(String[]::new))
        .variableName(CaseStarts.CHILD_NAME).disableCustomObjectDeserialization().list().stream()
        .map(HistoricVariableInstance::getValue).filter(value -> value != null).map(Object::toString).findFirst().orElse(null);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
