package uk.safeguarding.breaches;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.EveryDiagram;
import uk.safeguarding.timescales.Standards;

/**
 * A step's timescale is declared once, as the user task's due date
 * ({@code ${standards.due(execution, 'SD-01', concernRaisedDate)}}). Where a missed timescale is a
 * breach, the diagram shows it with a <em>breach point</em>: a non-interrupting boundary timer on the
 * step whose only way out is a none end event ("SD-01 timescale missed" → "SD-01 breach recorded").
 * Everything else follows from the step's declaration as the diagram is deployed:
 * <ul>
 * <li>the timer's date is {@code ${standards.dueOfStep(execution)}}: the step's own due date
 * ({@link Standards#dueOfStep});</li>
 * <li>reaching the end event records the breach: the rule named in the due date, the step's name,
 * the deadline that passed; {@link StandardsBreachReviews} then gives a team manager its review.</li>
 * </ul>
 * A breach point whose deadline is not the step's own (an IRO appointed by LAC-17 on a task due by
 * LAC-01) names its own: {@code ${standards.due(execution, 'LAC-17', 'iroAppointed', lookedAfterSince)}}
 * on the timer. Its extension properties {@code breachedStep} and {@code breachDetail} say it in other
 * words where the step's name is not what the manager should read. A breach point that names no rule,
 * or a {@code dueOfStep} timer on a step with no due date, fails the deployment with its id.
 *
 * <p>Recording at the end event rather than in a service task of its own: one element fewer per breach
 * for designers to keep in step, and no variable written by the thousands of timers that fall due
 * together at 23:59:59 (the register's insert is the only write).
 */
@Component
public class BreachPoints extends AbstractProcessEnginePlugin {

  /** The timer expression of a breach point at the step's own due date. */
  public static final String AT_THE_STEPS_DUE_DATE = "${standards.dueOfStep(execution)}";

  private static final Pattern RULE_OF_DUE_DATE = Pattern.compile("standards\\.due\\(\\s*execution\\s*,\\s*'([A-Z][A-Z0-9]*-\\d+)'");
  private static final String DECLARATION = "breachPoint";

  /** Asked for when a breach is recorded: the recorder needs the engine this plugin helps to build. */
  private final ObjectProvider<StandardsBreachRecorder> recorder;

  public BreachPoints(ObjectProvider<StandardsBreachRecorder> recorder) {
    this.recorder = recorder;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryDiagram.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseBoundaryEvent(Element boundaryEvent, ScopeImpl scope, ActivityImpl boundary) {
        Element timer = boundaryEvent.element("timerEventDefinition");
        Element timeDate = timer == null ? null : timer.element("timeDate");
        if (timeDate != null && "false".equals(boundaryEvent.attribute("cancelActivity"))) {
          boundary.setProperty(DECLARATION, new Declared(timeDate.getText().trim(), properties(boundaryEvent)));
        }
      }

      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        wire(definition, configuration.getExpressionManager());
      }
    });
  }

  private void wire(ScopeImpl scope, ExpressionManager expressions) {
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.getProperty(DECLARATION) instanceof Declared declared) {
        List<PvmTransition> out = activity.getOutgoingTransitions();
        if (out.size() == 1 && "noneEndEvent".equals(out.get(0).getDestination().getProperty("type"))) {
          ActivityImpl end = (ActivityImpl) out.get(0).getDestination();
          end.addBuiltInListener(ExecutionListener.EVENTNAME_START, breachAt(activity, declared, expressions));
        }
      }
      wire(activity, expressions);
    }
  }

  /**
   * The rule a breach point records, read from a diagram as Modeler shows it (for those who report on
   * the breaches); null when {@code timer} is not a breach point.
   */
  public static String ruleOf(BoundaryEvent timer) {
    TimerEventDefinition definition = timer.getChildElementsByType(TimerEventDefinition.class).stream().findFirst().orElse(null);
    boolean point = definition != null && definition.getTimeDate() != null && !timer.cancelActivity()
        && timer.getOutgoing().size() == 1 && timer.getOutgoing().iterator().next().getTarget() instanceof EndEvent end
        && end.getEventDefinitions().isEmpty();
    if (!point) {
      return null;
    }
    String declared = timer.getExtensionElements() == null ? null : timer.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream().flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> "ruleId".equals(property.getCamundaName())).map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
    if (declared != null) {
      return declared;
    }
    String due = definition.getTimeDate().getTextContent().trim();
    if (AT_THE_STEPS_DUE_DATE.equals(due)) {
      due = timer.getAttachedTo() instanceof UserTask step ? step.getCamundaDueDate() : null;
    }
    Matcher rule = due == null ? null : RULE_OF_DUE_DATE.matcher(due);
    return rule != null && rule.find() ? rule.group(1) : null;
  }

  private ExecutionListener breachAt(ActivityImpl point, Declared declared, ExpressionManager expressions) {
    ActivityImpl step = Standards.stepOf((ActivityImpl) point.getEventScope());
    String dueText = declared.timeDate();
    if (AT_THE_STEPS_DUE_DATE.equals(dueText)) {
      Expression stepsDue = Standards.dueDateOf(step);
      if (stepsDue == null) {
        throw new ProcessEngineException("Breach point '" + point.getId() + "' is at the due date of '" + step.getId()
            + "', which is not a user task with a due date");
      }
      dueText = stepsDue.getExpressionText();
    }
    Matcher rule = RULE_OF_DUE_DATE.matcher(dueText);
    if (!rule.find()) {
      throw new ProcessEngineException("Breach point '" + point.getId() + "' names no rule: its deadline " + dueText
          + " does not name its rule as standards.due(execution, '<rule ID>', ...) does");
    }
    String ruleId = declared.properties().getOrDefault("ruleId", rule.group(1));
    Expression due = expressions.createExpression(dueText);
    String breachedStep = declared.properties().getOrDefault("breachedStep", step.getName());
    String detail = declared.properties().get("breachDetail");
    return execution -> recordBreach(execution, ruleId, due, breachedStep, detail);
  }

  private void recordBreach(DelegateExecution execution, String ruleId, Expression due, String breachedStep, String detail) {
    Object dueAt = due.getValue(execution);
    recorder.getObject().record(execution, ruleId, Date.from(Standards.toDateTime(dueAt, ruleId).toInstant()), breachedStep, detail);
  }

  private static Map<String, String> properties(Element element) {
    Map<String, String> properties = new HashMap<>();
    Element extensions = element.element("extensionElements");
    Element camunda = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (camunda != null) {
      for (Element property : camunda.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        properties.put(property.attribute("name"), property.attribute("value"));
      }
    }
    return properties;
  }

  private record Declared(String timeDate, Map<String, String> properties) {}
}
