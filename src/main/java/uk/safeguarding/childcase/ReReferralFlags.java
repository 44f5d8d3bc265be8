package uk.safeguarding.childcase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childinneed.ChildInNeedPlanProcess;
import uk.safeguarding.conference.ChildProtectionPlanProcess;
import uk.safeguarding.casefile.CaseHistory;
import uk.safeguarding.timescales.Standards;

/**
 * RR-01: a child's case is flagged for the manager (a task for the team manager on the case, and a
 * record in sg_case_flag) when a pathway start shows a pattern the CIN census counts: a re-referral
 * within the profile's RR-01 months of the case's last closure, a second or later child protection
 * plan, or a child moving back and forth between child in need and child protection (a plan of one
 * kind, then the other, then the first again).
 */
@Component
public class ReReferralFlags {

  static final String RE_REFERRAL = "reReferral";
  static final String REPEAT_PLAN = "repeatChildProtectionPlan";
  static final String BACK_AND_FORTH = "movingBetweenCinAndCp";

  private final HistoryService history;
  private final CaseHistory caseHistory;
  private final CaseFlags flags;
  private final Standards standards;

  public ReReferralFlags(HistoryService history, CaseHistory caseHistory, CaseFlags flags, Standards standards) {
    this.history = history;
    this.caseHistory = caseHistory;
    this.flags = flags;
    this.standards = standards;
  }

  void pathwayStarted(DelegateExecution execution, boolean caseOpenedNow) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      check(execution, caseOpenedNow);
      return null;
    });
  }

  private void check(DelegateExecution execution, boolean caseOpenedNow) {
    String caseReference = execution.getProcessBusinessKey();
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    if (caseOpenedNow) {
      lastClosure(caseReference).ifPresent(closedAt -> {
        Date window = standards.due(execution, "RR-01", closedAt);
        if (!ClockUtil.getCurrentTime().after(window)) {
          flag(execution, RE_REFERRAL, "Re-referral: the case was closed on " + day(closedAt)
              + ", less than the RR-01 period before this " + processName(execution));
        }
      });
    }
    if (!ChildProtectionPlanProcess.KEY.equals(processKey) && !ChildInNeedPlanProcess.KEY.equals(processKey)) {
      return;
    }
    List<HistoricProcessInstance> earlierPlans = new ArrayList<>(history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(ChildProtectionPlanProcess.KEY, ChildInNeedPlanProcess.KEY)
        .processInstanceBusinessKey(caseReference).list());
    earlierPlans.removeIf(plan -> plan.getId().equals(execution.getProcessInstanceId()));
    earlierPlans.sort(Comparator.comparing(HistoricProcessInstance::getStartTime));
    long earlierCpPlans = earlierPlans.stream().filter(plan -> ChildProtectionPlanProcess.KEY.equals(plan.getProcessDefinitionKey())).count();
    if (ChildProtectionPlanProcess.KEY.equals(processKey) && earlierCpPlans > 0) {
      flag(execution, REPEAT_PLAN, "Child protection plan number " + (earlierCpPlans + 1) + " for this child");
    }
    List<String> kinds = new ArrayList<>();
    earlierPlans.forEach(plan -> addKind(kinds, plan.getProcessDefinitionKey()));
    addKind(kinds, processKey);
    if (kinds.size() >= 3) {
      flag(execution, BACK_AND_FORTH, "The child has moved back and forth between child in need and child protection: "
          + String.join(" -> ", kinds.stream().map(kind -> ChildProtectionPlanProcess.KEY.equals(kind) ? "CP plan" : "CiN plan").toList()));
    }
  }

  /** Consecutive plans of one kind are one stay in it: CP, CP, CiN is one move, not two. */
  private static void addKind(List<String> kinds, String kind) {
    if (kinds.isEmpty() || !kinds.get(kinds.size() - 1).equals(kind)) {
      kinds.add(kind);
    }
  }

  private Optional<Date> lastClosure(String caseReference) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
        .processInstanceBusinessKey(caseReference).finished().orderByProcessInstanceEndTime().desc().list().stream()
        .map(closed -> caseHistory.variable(closed.getId(), ChildCaseProcess.Variables.CASE_CLOSED_AT))
        .filter(Date.class::isInstance).map(Date.class::cast).findFirst();
  }

  private void flag(DelegateExecution execution, String kind, String reason) {
    String caseReference = execution.getProcessBusinessKey();
    if (!flags.raise(caseReference, kind, reason, execution.getProcessInstanceId())) {
      return;
    }
    // The case's event subprocess "Case flagged for the manager" starts on this variable (RR-01). Set
    // through the runtime service, whose command dispatches the variable event to conditional events.
    openCase(caseReference).ifPresent(childCase -> execution.getProcessEngineServices().getRuntimeService().setVariables(
        childCase.getId(), java.util.Map.of(ChildCaseProcess.Variables.CASE_FLAGGED_AT, ClockUtil.getCurrentTime(),
            ChildCaseProcess.Variables.CASE_FLAG_REASON, reason)));
  }

  /** The child's running case, also when it was opened earlier in this command and is not in the database yet. */
  static Optional<ExecutionEntity> openCase(String caseReference) {
    Optional<ExecutionEntity> cached = Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class)
        .stream().filter(execution -> isOpenCase(execution, caseReference)).findFirst();
    if (cached.isPresent()) {
      return cached;
    }
    return Context.getCommandContext().getProcessEngineConfiguration().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ChildCaseProcess.KEY).processInstanceBusinessKey(caseReference).list().stream().findFirst()
        .map(instance -> Context.getCommandContext().getExecutionManager().findExecutionById(instance.getId()));
  }

  private static boolean isOpenCase(ExecutionEntity execution, String caseReference) {
    return execution.isProcessInstanceExecution() && caseReference.equals(execution.getBusinessKey()) && !execution.isEnded()
        && execution.getProcessDefinition() != null && ChildCaseProcess.KEY.equals(execution.getProcessDefinition().getKey());
  }

  private static String processName(DelegateExecution execution) {
    String name = ((ExecutionEntity) execution).getProcessDefinition().getName();
    return name == null ? "referral" : name.toLowerCase();
  }

  private static String day(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString();
  }
}
