package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.safeguarding.standards.CaseStarts;
import uk.safeguarding.standards.CaseVariables;
import uk.safeguarding.standards.Gate;
import uk.safeguarding.standards.NextPathway;
import uk.safeguarding.standards.Standards;

/**
 * CFA-01: an assessment needs the child, the household, why it is done and the referral date, from
 * which every timescale of the assessment counts. Records the census referral and start dates, and the
 * social worker's due date for the write-up (the profile's CFA-03 target).
 */
@Component("assessmentStartGate")
public class AssessmentStartGate implements ExecutionListener {

  private final CaseStarts caseStarts;
  private final Standards standards;

  public AssessmentStartGate(CaseStarts caseStarts, Standards standards) {
    this.caseStarts = caseStarts;
    this.standards = standards;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Gate gate = Gate.on(execution);
    CaseVariables v = gate.variables();
    caseStarts.check(gate, execution, "CFA-01");
    caseStarts.checkChild(gate, "CFA-01");
    gate.requireText("CFA-01", ASSESSMENT_REASON, "Why the child is being assessed")
        .requireDate("CFA-01", REFERRAL_DATE, "The date of the referral to children's social care")
        .notInFuture("CFA-01", REFERRAL_DATE)
        .enforce();
    caseStarts.adopt(execution);
    // ISO text, as a form sends it, so every form shows it (a typed Date stays blank in a date field).
    execution.setVariable(REFERRAL_DATE, v.date(REFERRAL_DATE).toString());
    execution.setVariable(ASSESSMENT_START_DATE, NextPathway.day(NextPathway.today()));
    // CFA-03: the social worker's due date is the profile's target until the manager sets a final date (CFA-02).
    execution.setVariable(COMPLETION_DUE_DATE, standards.due(execution, "CFA-03", "target", v.raw(REFERRAL_DATE)));
    execution.setVariable(CENSUS_ASSESSMENT_START_DATE, NextPathway.day(NextPathway.today()));
    if (v.raw(CENSUS_REFERRAL_DATE) == null) {
      execution.setVariable(CENSUS_REFERRAL_DATE, NextPathway.day(v.date(REFERRAL_DATE)));
    }
  }
}
