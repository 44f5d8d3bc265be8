package uk.safeguarding.designers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.xml.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CaseWriteGuard;
import uk.safeguarding.designers.DiagramChecks.Shortfall;

/**
 * Every deployment a person makes (a process designer from Modeler over
 * {@code /engine-rest/deployment/create}, an administrator in Cockpit or over REST) passes
 * {@link DiagramChecks} before the engine deploys anything: a diagram that falls short is refused
 * whole, in the deploying transaction, as a {@link ParseException}, which the REST API answers with a
 * 400 listing each shortfall under its resource with the element's id ({@code details}).
 *
 * <p>The check runs twice over the same rules: before the engine's command, on what the person sent, so
 * that a refusal is an answer and not an error in the engine's log; and again as the deployment is made,
 * in its transaction, on what it then holds (resources taken from earlier deployments included). A
 * person's deployment is always whole: the engine's "deploy changed only" would leave behind the forms
 * that did not change, and a task's form is bound to its own deployment, so it is turned into plain
 * duplicate filtering (an identical deployment is still not made twice).
 *
 * <p>The application's own deployment at start-up and the tests' fixtures are made by the system, not a
 * person: the diagrams of processes/ are held to the same checks at build time (DeploymentTest), so a
 * release that would refuse its own diagrams is never built. A deployment read again from the database
 * (a restart, another node) is not checked again: it was accepted when it was made.
 */
@Component
public class CheckedDeployments extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CheckedDeployments.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DiagramChecks checks;

  public CheckedDeployments(DiagramChecks checks) {
    this.checks = checks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        Authentication person = configuration.getIdentityService().getCurrentAuthentication();
        if (command instanceof DeployCmd && Context.getCommandContext() == null && person != null && person.getUserId() != null
            && mayDeploy(configuration, person)) {
          DeploymentBuilderImpl builder = CaseWriteGuard.field(command, "deploymentBuilder");
          if (builder.isDeployChangedOnly()) {
            builder.enableDuplicateFiltering(false);
          }
          check(builder.getDeployment(), person.getUserId());
        }
        return next.execute(command);
      }
    });
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new Deployer() {
      @Override
      public void deploy(DeploymentEntity deployment) {
        Authentication person = Context.getCommandContext().getAuthentication();
        if (deployment.isNew() && person != null && person.getUserId() != null) {
          check(deployment, person.getUserId());
        }
      }
    });
  }

  /**
   * Whether the person may deploy at all: someone who may not is answered with the engine's 403, not
   * with the house rules' verdict on a diagram they had no right to send.
   */
  private static boolean mayDeploy(ProcessEngineConfigurationImpl configuration, Authentication person) {
    return !configuration.isAuthorizationEnabled() || configuration.getAuthorizationService().isUserAuthorized(
        person.getUserId(), person.getGroupIds(), org.camunda.bpm.engine.authorization.Permissions.CREATE,
        org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT);
  }

  private void check(DeploymentEntity deployment, String userId) {
    Map<String, ResourceEntity> resources = deployment.getResources() == null ? Map.of() : deployment.getResources();
    Set<String> forms = new HashSet<>();
    resources.forEach((name, resource) -> {
      if (name.endsWith(".form")) {
        formId(resource).ifPresent(forms::add);
      }
    });
    Map<String, List<Shortfall>> refused = new LinkedHashMap<>();
    resources.forEach((name, resource) -> {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        try {
          List<Shortfall> shortfalls = checks.check(name, Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())), forms);
          if (!shortfalls.isEmpty()) {
            refused.put(name, shortfalls);
          }
        } catch (ModelException unreadable) {
          // The engine's own parser reports what does not parse, with line and column.
        }
      }
    });
    if (!refused.isEmpty()) {
      LOG.info("Deployment '{}' by {} refused: {} shortfalls", deployment.getName(), userId,
          refused.values().stream().mapToInt(List::size).sum());
      throw new DiagramRefusedException(refused);
    }
  }

  private static java.util.Optional<String> formId(ResourceEntity resource) {
    try {
      JsonNode form = JSON.readTree(resource.getBytes());
      return java.util.Optional.ofNullable(form.path("id").textValue());
    } catch (IOException unreadable) {
      return java.util.Optional.empty();
    }
  }

  /** A refused deployment: every shortfall, each under its resource and naming its element. */
  public static class DiagramRefusedException extends ParseException {

    private final transient Map<String, List<Shortfall>> shortfalls;

    DiagramRefusedException(Map<String, List<Shortfall>> shortfalls) {
      super("Nothing was deployed. The diagrams fall short of the house rules (docs/designers.md): "
          + shortfalls.values().stream().flatMap(List::stream).map(Shortfall::toString).collect(Collectors.joining("; ")),
          shortfalls.keySet().iterator().next(), List.of(), List.of());
      this.shortfalls = shortfalls;
      resorceReports = new ArrayList<>();
      shortfalls.forEach((resource, each) -> resorceReports.add(new Report(resource,
          each.stream().<Problem>map(ShortfallProblem::new).toList())));
    }

    public Map<String, List<Shortfall>> shortfalls() {
      return shortfalls;
    }
  }

  private record Report(String resourceName, List<Problem> errors) implements ResourceReport {
    @Override
    public String getResourceName() {
      return resourceName;
    }

    @Override
    public List<Problem> getErrors() {
      return errors;
    }

    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }

  /** A shortfall as the engine's parse problems read: no line, the element's id. */
  private record ShortfallProblem(Shortfall shortfall) implements Problem {
    @Override
    public String getMessage() {
      return shortfall.toString();
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return shortfall.elementId();
    }

    @Override
    public List<String> getElementIds() {
      return List.of(shortfall.elementId());
    }
  }
}
