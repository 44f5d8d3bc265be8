package uk.safeguarding.designers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.breaches.BreachPoints;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.contract.ProcessContracts;
import uk.safeguarding.contract.Step;
import uk.safeguarding.timescales.DiagramTimescales;
import uk.safeguarding.timescales.StandardsProfiles;

/**
 * The house rules of a diagram, which a designer in Modeler relies on and a case needs: checked for the
 * diagrams of processes/ at build time (DeploymentTest) and for every diagram a person deploys
 * ({@link CheckedDeployments}), so a typo is refused with the element's id and name instead of becoming
 * an incident in a running case.
 * <ul>
 *   <li>Modeler and Cockpit can draw it: a shape for every flow node, an edge for every sequence flow;
 *       every flow node and every flow out of a decision has a name;</li>
 *   <li>every user task has a form (bound to the deployment, so a case keeps its forms), a candidate
 *       group that is an agency (or an expression), never a fixed person, a due date from the
 *       {@code standards} bean and documentation naming its rule IDs;</li>
 *   <li>every {@code standards.due(execution, 'RULE-ID', ...)} resolves in every authority's profile,
 *       and no timer holds a number: its date is a rule's deadline or the step's own due date;</li>
 *   <li>the process keeps its history for the records retention period, has its contract, every user
 *       task is a step of it and every element the contract names is still in the diagram;</li>
 *   <li>what it runs is the code's: {@code delegateExpression="${bean}"} of a delegate, gate or listener
 *       bean, never a script, a Java class or an expression in its place.</li>
 * </ul>
 */
@Component
public class DiagramChecks {

  /** Twenty-five years, the records retention period of a child's case. */
  public static final String RETENTION = "P9125D";
  /** What a rule ID looks like (CG-01, LADO-02): the catalogue's numbering. */
  static final Pattern RULE_ID = Pattern.compile("\\b[A-Z][A-Z0-9]*-\\d{2}\\b");

  /** How the code is named in a diagram: a bean of the application, {@code ${beanName}}. */
  static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private final StandardsProfiles profiles;
  private final ProcessContracts contracts;
  private final BeanFactory beans;

  public DiagramChecks(StandardsProfiles profiles, ProcessContracts contracts, BeanFactory beans) {
    this.profiles = profiles;
    this.contracts = contracts;
    this.beans = beans;
  }

  /** One thing a diagram falls short in, naming the element as Modeler shows it. */
  public record Shortfall(String resource, String elementId, String elementName, String problem) {
    @Override
    public String toString() {
      return resource + ": '" + elementId + "'" + (elementName == null || elementName.isBlank() ? "" : " (\"" + elementName + "\")")
          + " " + problem;
    }
  }

  /**
   * Every shortfall of the executable processes of {@code model}. {@code forms} are the ids of the forms
   * deployed with it, which a task's form bound to the deployment must be one of; null when the forms
   * are not known.
   */
  public List<Shortfall> check(String resource, BpmnModelInstance model, Set<String> forms) {
    Checking checking = new Checking(resource);
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement() == null ? null : shape.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(edge -> edge.getBpmnElement() == null ? null : edge.getBpmnElement().getId()).collect(Collectors.toSet());
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        process(checking, process);
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      flowNode(checking, node, shapes, forms);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      sequenceFlow(checking, flow, edges);
    }
    code(checking, model.getDocument().getRootElement());
    for (DiagramTimescales.Lookup lookup : DiagramTimescales.lookups(resource, model)) {
      ModelElementInstance element = model.getModelElementById(lookup.elementId());
      DiagramTimescales.shortfalls(profiles, lookup).forEach(shortfall -> checking.add(element, lookup.elementId(), shortfall));
    }
    return checking.shortfalls;
  }

  private void process(Checking checking, Process process) {
    if (!RETENTION.equals(process.getCamundaHistoryTimeToLiveString())) {
      checking.add(process, "keeps its history for " + process.getCamundaHistoryTimeToLiveString()
          + "; a case's record is kept for " + RETENTION + " (camunda:historyTimeToLive)");
    }
    Optional<ProcessContract> contract = contracts.of(process.getId());
    if (contract.isEmpty()) {
      checking.add(process, "has no contract: a new pathway needs its contract class in the code first"
          + " (docs/architecture.md, A task's contract)");
      return;
    }
    for (Step step : contract.get().steps()) {
      if (step.door() != Step.Door.MESSAGE && process.getModelInstance().getModelElementById(step.id()) == null) {
        checking.add(process, "has lost '" + step.id() + "', a step of its contract that the code relies on");
      }
    }
  }

  private void flowNode(Checking checking, FlowNode node, Set<String> shapes, Set<String> forms) {
    if (!shapes.contains(node.getId())) {
      checking.add(node, "has no diagram shape (BPMNShape), so Modeler and Cockpit cannot draw it");
    }
    if (blank(node.getName()) && !(node instanceof ParallelGateway)) {
      checking.add(node, "has no name");
    }
    if (node instanceof UserTask task) {
      userTask(checking, task, forms);
    }
    node.getChildElementsByType(TimerEventDefinition.class).forEach(timer -> timer(checking, node, timer));
  }

  private void userTask(Checking checking, UserTask task, Set<String> forms) {
    String form = task.getCamundaFormRef();
    if (blank(form)) {
      checking.add(task, "has no form (camunda:formRef)");
    } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
      checking.add(task, "binds its form '" + form + "' by '" + task.getCamundaFormRefBinding()
          + "'; bind it to the deployment so that a case keeps the forms it started with");
    } else if (forms != null && !form.contains("${") && !forms.contains(form)) {
      checking.add(task, "has the form '" + form + "', which is not deployed with the diagram: deploy the .form"
          + " file with it (in Modeler, add it under 'Include additional files')");
    }
    String groups = task.getCamundaCandidateGroups();
    if (blank(groups)) {
      checking.add(task, "has no candidate group: nobody would see the task");
    } else if (!groups.contains("${")) {
      List<String> known = Agency.everyGroupId();
      for (String group : groups.split(",")) {
        if (!known.contains(group.trim())) {
          checking.add(task, "has the candidate group '" + group.trim() + "', which is no agency or role of Agency");
        }
      }
    }
    if (!blank(task.getCamundaAssignee()) || !blank(task.getCamundaCandidateUsers())) {
      checking.add(task, "is routed to a fixed person; work goes to an agency's group");
    }
    String due = task.getCamundaDueDate();
    if (blank(due)) {
      checking.add(task, "has no due date: write ${standards.due(execution, 'RULE-ID', fromDate)}");
    } else if (!due.startsWith("${standards.due(") && !due.startsWith("${standards.endOf(")) {
      checking.add(task, "has the due date " + due + ", not one from the profiles: write ${standards.due(execution, 'RULE-ID', fromDate)}");
    }
    String documentation = task.getDocumentations().stream().map(Documentation::getTextContent).collect(Collectors.joining(" "));
    if (!RULE_ID.matcher(documentation).find()) {
      checking.add(task, "names no rule ID in its documentation");
    }
    ModelElementInstance process = task.getScope();
    while (process != null && !(process instanceof Process)) {
      process = process.getParentElement();
    }
    if (process instanceof Process owner && contracts.of(owner.getId()).isPresent()
        && contracts.step(owner.getId(), task.getId()).isEmpty()) {
      checking.add(task, "is no step of the " + owner.getId() + " contract: add its .task(...) line to the contract"
          + " class, or what it writes would be refused");
    }
  }

  private void timer(Checking checking, FlowNode node, TimerEventDefinition timer) {
    if (timer.getTimeDuration() != null || timer.getTimeCycle() != null) {
      checking.add(node, "has a timer with a duration or cycle; a timescale comes from the profiles:"
          + " ${standards.due(execution, 'RULE-ID', fromDate)} or " + BreachPoints.AT_THE_STEPS_DUE_DATE);
    } else if (timer.getTimeDate() == null) {
      checking.add(node, "has a timer with no date");
    } else {
      String at = timer.getTimeDate().getTextContent().trim();
      if (!at.startsWith("${standards.due(execution, '") && !at.equals(BreachPoints.AT_THE_STEPS_DUE_DATE)) {
        checking.add(node, "has the timer date " + at + ": a rule's deadline, ${standards.due(execution, 'RULE-ID', fromDate)},"
            + " or the step's own due date, " + BreachPoints.AT_THE_STEPS_DUE_DATE);
      }
    }
  }

  /**
   * What a diagram runs is the application's code, named as a bean: a system step, gate or listener is
   * {@code delegateExpression="${bean}"} of a bean that exists. A script, a Java class or an expression
   * in its place would be code that no developer wrote or reviewed, run with the engine's rights.
   */
  private void code(Checking checking, DomElement element) {
    String local = element.getLocalName();
    if ("scriptTask".equals(local) || ("script".equals(local) && CAMUNDA.equals(element.getNamespaceURI()))) {
      checking.add(element, "holds a script; a step the system does is a bean of the code: a developer's change");
    }
    for (String attribute : List.of("class", "expression")) {
      String code = camundaAttribute(element, attribute);
      if (code != null) {
        checking.add(element, "names code by camunda:" + attribute + " '" + code
            + "'; use camunda:delegateExpression=\"${bean}\" with a bean of the code (the element templates offer them)");
      }
    }
    String delegate = camundaAttribute(element, "delegateExpression");
    if (delegate != null) {
      java.util.regex.Matcher bean = BEAN.matcher(delegate);
      if (!bean.matches() || !isStepOfTheCode(bean.group(1))) {
        checking.add(element, "names the code " + delegate + ", which is no delegate, gate or listener of the application");
      }
    }
    element.getChildElements().forEach(child -> code(checking, child));
  }

  /** On a BPMN element {@code camunda:name}; on Camunda's own elements (a listener) the plain attribute. */
  private static String camundaAttribute(DomElement element, String name) {
    if (CAMUNDA.equals(element.getNamespaceURI())) {
      return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
    return element.hasAttribute(CAMUNDA, name) ? element.getAttribute(CAMUNDA, name) : null;
  }

  /** A bean written to be called from a diagram; the engine's own services, say, are not. */
  private boolean isStepOfTheCode(String bean) {
    return beans.containsBean(bean) && (beans.isTypeMatch(bean, JavaDelegate.class)
        || beans.isTypeMatch(bean, ExecutionListener.class) || beans.isTypeMatch(bean, TaskListener.class));
  }

  private void sequenceFlow(Checking checking, SequenceFlow flow, Set<String> edges) {
    if (!edges.contains(flow.getId())) {
      checking.add(flow, "has no diagram edge (BPMNEdge), so Modeler and Cockpit cannot draw it");
    }
    if ((flow.getSource() instanceof ExclusiveGateway || flow.getSource() instanceof InclusiveGateway) && blank(flow.getName())) {
      checking.add(flow, "leaves the decision '" + flow.getSource().getId() + "' but has no name");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private static final class Checking {
    final String resource;
    final List<Shortfall> shortfalls = new ArrayList<>();

    Checking(String resource) {
      this.resource = resource;
    }

    void add(BaseElement element, String problem) {
      shortfalls.add(new Shortfall(resource, element.getId(), element.getAttributeValue("name"), problem));
    }

    /** For an element read as XML (a listener, a script): named by the nearest BPMN element with an id. */
    void add(DomElement element, String problem) {
      DomElement named = element;
      while (named != null && !(BPMN_NS.equals(named.getNamespaceURI()) && named.hasAttribute("id"))) {
        named = named.getParentElement();
      }
      shortfalls.add(new Shortfall(resource, named == null ? "(diagram)" : named.getAttribute("id"),
          named == null ? null : named.getAttribute("name"), problem));
    }

    void add(ModelElementInstance element, String elementId, String problem) {
      shortfalls.add(new Shortfall(resource, elementId, element == null ? null : element.getAttributeValue("name"), problem));
    }
  }
}
