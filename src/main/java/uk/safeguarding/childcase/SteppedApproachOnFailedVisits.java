package uk.safeguarding.childcase;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CaseWriteGuard;
import uk.safeguarding.casefile.FailedVisit;

/**
 * NE-01: a visit of any pathway at which the child was not seen starts the case's stepped approach (a
 * further attempt, the formal letter, the manager's escalation), as a supervision or a report over
 * REST does. One stepped approach at a time: a second failed visit while one is under way adds
 * nothing, its further attempt being the work already asked for. A child without an open case (the
 * pathways' own tests) has no stepped approach to start.
 */
@Component
class SteppedApproachOnFailedVisits {

  private static final Logger LOG = LoggerFactory.getLogger(SteppedApproachOnFailedVisits.class);
  private static final List<String> STEPS = List.of(ChildCaseProcess.Element.MakeFurtherAttempt.name(),
      ChildCaseProcess.Element.SendFormalLetter.name(), ChildCaseProcess.Element.EscalateNonEngagement.name());

  private final ProcessEngine engine;

  SteppedApproachOnFailedVisits(ProcessEngine engine) {
    this.engine = engine;
  }

  @EventListener
  public void visitFailed(FailedVisit visit) {
    // The practitioner who recorded the visit may not read the child's case: the system looks.
    ProcessInstance childCase = Context.getCommandContext().runWithoutAuthorization(() -> engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
        .processInstanceBusinessKey(visit.caseReference()).active().singleResult());
    if (childCase == null) {
      return;
    }
    boolean underWay = Context.getCommandContext().runWithoutAuthorization(() -> engine.getTaskService().createTaskQuery()
        .processInstanceId(childCase.getId()).taskDefinitionKeyIn(STEPS.toArray(String[]::new)).count() > 0);
    if (underWay) {
      LOG.info("NE-01: {} visit of {} on {} failed; the stepped approach is already under way", visit.ruleId(),
          visit.caseReference(), visit.visitDay());
      return;
    }
    CaseWriteGuard.writeAsTheApplication(engine, () -> engine.getRuntimeService()
        .setVariable(childCase.getId(), ChildCaseProcess.Variables.FAMILY_NOT_ENGAGING, true));
  }
}
