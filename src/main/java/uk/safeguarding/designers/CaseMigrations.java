package uk.safeguarding.designers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moving a pathway's running cases from one version of its diagram to another, with Camunda's migration:
 * every activity mapped to the one with the same id ({@code mapEqualActivities}), so each open task
 * stays the same task (its id, due date, candidate groups and draft) and each timer the same job with
 * its due date: a breach point keeps the deadline the case was given, a deadline is never recounted by
 * a move. A case waits in an activity the new version lacks, or in one Camunda cannot move, stays where
 * it is, with Camunda's reasons.
 *
 * <p>A dry run tries each move in a transaction that is rolled back, so what it lists is what the engine
 * itself would do; the real run moves in one transaction the cases the dry run found movable. Listeners
 * and input/output mappings do not run (a gate on a task's end must not run because the task moved).
 * The moves run as the application: the person's right to plan them is checked by the caller
 * ({@link CaseMigrationApi}), and the designer who asks reads no case, only instance ids and where each waits.
 */
@Component
public class CaseMigrations {

  private static final Logger LOG = LoggerFactory.getLogger(CaseMigrations.class);

  private final ProcessEngine engine;

  public CaseMigrations(ProcessEngine engine) {
    this.engine = engine;
  }

  /** A case that would move or moved, or that cannot, with where it waits and Camunda's reasons. */
  public record Case(String processInstanceId, List<String> waitingIn, List<String> reasons) {}

  /** An activity of the old version mapped to the new one. */
  public record Mapping(String from, String to) {}

  /** What a plan does: the two versions, the activities mapped, the cases that move and those that cannot. */
  public record Report(String processKey, int fromVersion, int toVersion, boolean dryRun, List<Mapping> mappings,
      List<String> planProblems, List<Case> moves, List<Case> cannotMove) {}

  /** Refused before anything is tried: an unknown pathway or version. */
  public static class MigrationRefusedException extends RuntimeException {
    public MigrationRefusedException(String message) {
      super(message);
    }
  }

  /**
   * Plans, and unless {@code dryRun} makes, the move of the running cases of {@code processKey} from
   * {@code fromVersion} to {@code toVersion} (the latest when null); {@code caseReference}, when given,
   * takes only that child's cases, to try one case first.
   */
  public Report plan(String processKey, int fromVersion, Integer toVersion, String caseReference, boolean dryRun, String by) {
    ProcessDefinition from = version(processKey, fromVersion);
    ProcessDefinition to = version(processKey, toVersion);
    if (from.getId().equals(to.getId())) {
      throw new MigrationRefusedException(processKey + " version " + fromVersion + " is the version to move to");
    }
    return asTheApplication(false, () -> {
      MigrationPlan plan;
      try {
        plan = engine.getRuntimeService().createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().build();
      } catch (MigrationPlanValidationException invalid) {
        List<String> problems = new ArrayList<>();
        invalid.getValidationReport().getInstructionReports().forEach(report -> report.getFailures().forEach(failure -> problems.add(
            report.getMigrationInstruction().getSourceActivityId() + " -> " + report.getMigrationInstruction().getTargetActivityId()
                + ": " + failure)));
        invalid.getValidationReport().getVariableReports().forEach((name, report) ->
            report.getFailures().forEach(failure -> problems.add("variable " + name + ": " + failure)));
        return new Report(processKey, from.getVersion(), to.getVersion(), dryRun, List.of(), problems, List.of(), List.of());
      }
      List<Mapping> mappings = plan.getInstructions().stream()
          .map(instruction -> new Mapping(instruction.getSourceActivityId(), instruction.getTargetActivityId()))
          .sorted(java.util.Comparator.comparing(Mapping::from)).toList();
      ProcessInstanceQuery running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(from.getId());
      if (caseReference != null && !caseReference.isBlank()) {
        running.processInstanceBusinessKey(caseReference);
      }
      Map<String, List<String>> waiting = new LinkedHashMap<>();
      running.orderByProcessInstanceId().asc().list().forEach(instance -> waiting.put(instance.getId(), waitingIn(instance.getId())));
      java.util.Set<String> mapped = new java.util.HashSet<>();
      plan.getInstructions().forEach(instruction -> mapped.add(instruction.getSourceActivityId()));
      Map<String, List<String>> cannot = new LinkedHashMap<>();
      for (String id : waiting.keySet()) {
        List<String> lost = triggersLost(id, mapped);
        if (!lost.isEmpty()) {
          cannot.put(id, lost);
        }
      }
      cannot.putAll(tryEachMove(plan, waiting.keySet().stream().filter(id -> !cannot.containsKey(id)).toList()));
      List<Case> moves = new ArrayList<>();
      List<Case> cannotMove = new ArrayList<>();
      waiting.forEach((id, activities) -> (cannot.containsKey(id) ? cannotMove : moves)
          .add(new Case(id, activities, cannot.getOrDefault(id, List.of()))));
      if (!dryRun && !moves.isEmpty()) {
        execute(plan, moves.stream().map(Case::processInstanceId).toList());
        LOG.info("{} moved {} cases of {} from version {} to {}", by, moves.size(), processKey, from.getVersion(), to.getVersion());
      }
      return new Report(processKey, from.getVersion(), to.getVersion(), dryRun, mappings, List.of(), moves, cannotMove);
    });
  }

  /**
   * Tries moving the cases in one transaction that is then rolled back; a case Camunda refuses is taken
   * out with its reasons and the rest are tried again, so the trials are one more than the refusals.
   */
  private Map<String, List<String>> tryEachMove(MigrationPlan plan, List<String> instanceIds) {
    Map<String, List<String>> cannot = new LinkedHashMap<>();
    List<String> left = new ArrayList<>(instanceIds);
    while (!left.isEmpty()) {
      try {
        asTheApplication(true, () -> {
          try {
            execute(plan, left);
          } catch (MigratingProcessInstanceValidationException refused) {
            throw new TrialOnly(refused.getValidationReport());
          }
          return null;
        });
        return cannot;
      } catch (TrialOnly trial) {
        if (trial.refused == null) {
          return cannot;
        }
        cannot.put(trial.refused.getProcessInstanceId(), reasons(trial.refused));
        left.remove(trial.refused.getProcessInstanceId());
      }
    }
    return cannot;
  }

  /**
   * Camunda drops a timer or message subscription whose event the new version lacks, without a word: a
   * breach point lost that way would let a deadline pass unrecorded, so such a case does not move.
   */
  private List<String> triggersLost(String processInstanceId, java.util.Set<String> mapped) {
    List<String> lost = new ArrayList<>();
    engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().list().forEach(job -> {
      String activity = ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getActivityId();
      if (activity != null && !mapped.contains(activity)) {
        lost.add(activity + ": its timer (due " + job.getDuedate().toInstant() + ") would be lost; the new version has no '" + activity + "'");
      }
    });
    engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(processInstanceId).list().forEach(subscription -> {
      if (subscription.getActivityId() != null && !mapped.contains(subscription.getActivityId())) {
        lost.add(subscription.getActivityId() + ": it waits for the " + subscription.getEventType() + " '" + subscription.getEventName()
            + "', which would be lost; the new version has no '" + subscription.getActivityId() + "'");
      }
    });
    return lost;
  }

  private void execute(MigrationPlan plan, List<String> instanceIds) {
    engine.getRuntimeService().newMigration(plan).processInstanceIds(instanceIds).skipCustomListeners().skipIoMappings().execute();
  }

  private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    report.getActivityInstanceReports().forEach(activity ->
        activity.getFailures().forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
    report.getTransitionInstanceReports().forEach(transition ->
        transition.getFailures().forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
    return reasons;
  }

  /** The activities a case waits in: the leaves of its activity instance tree. */
  private List<String> waitingIn(String processInstanceId) {
    List<String> leaves = new ArrayList<>();
    leaves(engine.getRuntimeService().getActivityInstance(processInstanceId), leaves);
    return leaves.stream().distinct().sorted().toList();
  }

  private static void leaves(ActivityInstance instance, List<String> found) {
    if (instance == null) {
      return;
    }
    if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
      found.add(instance.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      leaves(child, found);
    }
    for (var transition : instance.getChildTransitionInstances()) {
      found.add(transition.getActivityId());
    }
  }

  /** The version of the pathway, the latest when null; refused outside the engine's command, which would log it as an error. */
  private ProcessDefinition version(String processKey, Integer version) {
    ProcessDefinition definition = asTheApplication(false, () -> {
      var query = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey);
      return version == null ? query.latestVersion().singleResult() : query.processDefinitionVersion(version).singleResult();
    });
    if (definition == null) {
      throw new MigrationRefusedException(version == null ? "There is no pathway " + processKey
          : "There is no version " + version + " of " + processKey);
    }
    return definition;
  }

  /**
   * Rolls a trial back, after the moves were made in its transaction or Camunda refused a case
   * ({@code refused}). A BadUserRequestException, which the engine logs at debug level: a trial is no error.
   */
  private static final class TrialOnly extends org.camunda.bpm.engine.BadUserRequestException {
    final transient MigratingProcessInstanceValidationReport refused;

    TrialOnly(MigratingProcessInstanceValidationReport refused) {
      super("a dry run's trial, rolled back");
      this.refused = refused;
    }
  }

  /**
   * Runs {@code work} as the application, in a transaction of its own; with {@code rollBack} the
   * transaction is rolled back after the work succeeds, by {@link TrialOnly}.
   */
  private <T> T asTheApplication(boolean rollBack, Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequiresNew().execute(context -> context.runWithoutAuthorization(() -> {
      T result = work.get();
      if (rollBack) {
        throw new TrialOnly(null);
      }
      return result;
    }));
  }
}
