package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;

/**
 * ESC-06: the outcome and the learning of every disagreement, kept for the partnership's audits in
 * {@code sg_escalation_outcome} (one row for each disagreement, queryable by case, agency, stage or
 * rule) besides the process history. It shares the engine's transaction: the row and the end of the
 * disagreement commit together.
 */
@Component("recordDisagreementOutcome")
public class DisagreementOutcomes implements JavaDelegate {

  private final JdbcTemplate jdbc;

  public DisagreementOutcomes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    jdbc.update("""
        insert into sg_escalation_outcome (process_instance_id, case_reference, route, raised_by, breach_rule_id,
            raising_agency, other_agency, disagreement_about, issue, resolved_at_stage, outcome, rationale, learning,
            raised_at, concluded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        execution.getProcessInstanceId(), v.text(CASE_REFERENCE), v.text(ROUTE), v.text(DISAGREEMENT_RAISED_BY),
        v.text(BREACH_RULE_ID), v.text(RAISING_AGENCY), v.text(OTHER_AGENCY), v.text(DISAGREEMENT_ABOUT),
        v.text(DISAGREEMENT_ISSUE), Integer.valueOf(v.text(RESOLVED_AT_STAGE)), v.text(OUTCOME), v.text(OUTCOME_RATIONALE),
        v.text(LEARNING), timestamp(v.raw(DISAGREEMENT_RAISED_AT)), timestamp(v.raw(CONCLUDED_AT)));
  }

  /** The concluded disagreements of a case, oldest first, as the partnership's audit reads them. */
  public List<Map<String, Object>> forCase(String caseReference) {
    return jdbc.queryForList("select * from sg_escalation_outcome where case_reference = ? order by concluded_at",
        caseReference);
  }

  private static Timestamp timestamp(Object date) {
    return new Timestamp(((Date) date).getTime());
  }
}
