package uk.safeguarding.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What every diagram does without saying so: a built-in listener added to each of its user tasks or
 * process starts as it is deployed, so that no diagram can forget it and no designer sees it in
 * Modeler. For the engine plugins that need one (need-to-know, the child's case, the trays' order,
 * work after a transfer), each in its {@code preInit}.
 */
public final class EveryDiagram {

  private EveryDiagram() {}

  /** {@code listener} on the {@code create} of every user task of every diagram. */
  public static void onEveryTaskCreated(ProcessEngineConfigurationImpl configuration, TaskListener listener) {
    add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
      }
    });
  }

  /**
   * {@code listener} on the {@code end} of every start event of a process (not of an event
   * subprocess) whose key {@code processKeys} accepts: the start gate has passed, the business key is set.
   */
  public static void onEveryProcessStarted(ProcessEngineConfigurationImpl configuration,
      java.util.function.Predicate<String> processKeys, ExecutionListener listener) {
    add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
        if (scope instanceof ProcessDefinitionEntity process && processKeys.test(process.getKey())) {
          startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_END, listener);
        }
      }
    });
  }

  public static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }
}
