package uk.safeguarding.childcase;

import static uk.safeguarding.childcase.ChildCaseProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.CompletionGate;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/**
 * SUP-01, SUP-02: the team manager records a supervision of the case's practitioner: the day it was
 * held, formal or ad hoc, what was discussed and decided, and the next step for the case (go on,
 * transfer to another worker, propose closure). A record later than SUP-02 allows after the session
 * (formal 1 week, ad hoc 48 hours) is taken and recorded as a breach; a formal session held after the
 * SUP-01 date is a breach too. Only a formal session restarts the SUP-01 clock. SUM-01: a transfer or
 * a closure needs the case summary brought up to date. NE-01: a family that is not engaging starts
 * the stepped approach.
 */
@Component("supervisionGate")
public class SupervisionGate extends CompletionGate {

  static final String SUPERVISION_STEP = "Supervise the case's practitioner";

  private final Standards standards;
  private final StandardsBreachRecorder breaches;
  private final IdentityService identity;

  public SupervisionGate(Standards standards, StandardsBreachRecorder breaches, IdentityService identity) {
    this.standards = standards;
    this.breaches = breaches;
    this.identity = identity;
  }

  @Override
  protected void check(Gate gate, DelegateExecution execution) {
    gate.requireDate("SUP-02", SUPERVISION_DATE, "The day of the supervision")
        .notInFuture("SUP-02", SUPERVISION_DATE)
        .requireOneOf("SUP-02", SUPERVISION_KIND, ChildCaseProcess.SUPERVISION_KINDS)
        .requireText("SUP-01", SUPERVISION_RECORD, "What was discussed and decided in supervision")
        .requireOneOf("SUP-01", NEXT_STEP, ChildCaseProcess.NEXT_STEPS);
    CaseVariables variables = gate.variables();
    String next = variables.text(NEXT_STEP);
    if (ChildCaseProcess.NEXT_TRANSFER.equals(next)) {
      String receiver = variables.text(RECEIVING_WORKER);
      if (receiver == null) {
        gate.refuse("TR-01", RECEIVING_WORKER, "name the social worker who takes the case on (their user id)");
      } else if (identity.createUserQuery().userId(receiver).memberOfGroup(Agency.CSC_SOCIAL_WORKER.groupId()).count() == 0) {
        gate.refuse("TR-01", RECEIVING_WORKER, "'" + receiver + "' is not a social worker of children's social care");
      }
    }
    if (ChildCaseProcess.NEXT_TRANSFER.equals(next) || ChildCaseProcess.NEXT_CLOSURE.equals(next)) {
      gate.requireText("SUM-01", CASE_SUMMARY, "The case summary, brought up to date for the transfer or closure");
    }
  }

  @Override
  protected void passed(DelegateExecution execution, CaseVariables variables) {
    Date now = ClockUtil.getCurrentTime();
    Date held = Date.from(variables.date(SUPERVISION_DATE).atStartOfDay(uk.safeguarding.calendar.WorkingDayCalendar.LONDON).toInstant());
    String kind = variables.text(SUPERVISION_KIND);
    Date recordDue = standards.due(execution, "SUP-02", kind, held);
    if (now.after(recordDue)) {
      breaches.record(execution, "SUP-02", recordDue, "Record the " + ("formal".equals(kind) ? "formal" : "ad-hoc")
          + " supervision", "The supervision of " + variables.date(SUPERVISION_DATE) + " was recorded late");
    }
    if ("formal".equals(kind)) {
      Date supervisionDue = standards.due(execution, "SUP-01", variables.raw(LAST_SUPERVISION_AT));
      if (held.after(supervisionDue)) {
        breaches.record(execution, "SUP-01", supervisionDue, SUPERVISION_STEP, "Formal supervision held on "
            + variables.date(SUPERVISION_DATE) + ", after the SUP-01 date");
      }
      execution.setVariable(LAST_SUPERVISION_AT, held);
    }
    if (variables.hasText(CASE_SUMMARY) && !ChildCaseProcess.NEXT_CONTINUE.equals(variables.text(NEXT_STEP))) {
      execution.setVariable(LAST_SUMMARY_AT, now);
    }
    if (ChildCaseProcess.NEXT_CLOSURE.equals(variables.text(NEXT_STEP))) {
      execution.setVariable(CLOSURE_PROPOSED_AT, now);
    }
  }
}
