package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * CFA-01: an assessment needs the child, the household, why it is done and the referral date, from
 * which every timescale of the assessment counts. Records the census referral and start dates, and the
 * social worker's due date for the write-up (the profile's CFA-03 target).
 */
@Component("assessmentStartGate")
public class AssessmentStartGate extends StartGate {

  public AssessmentStartGate(CaseStarts caseStarts) {
    super(caseStarts, "CFA-01");
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    checkChild(gate);
    gate.requireText("CFA-01", ASSESSMENT_REASON, "Why the child is being assessed")
        .requireDate("CFA-01", REFERRAL_DATE, "The date of the referral to children's social care")
        .notInFuture("CFA-01", REFERRAL_DATE);
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    // ISO text, as a form sends it, so every form shows it (a typed Date stays blank in a date field).
    execution.setVariable(REFERRAL_DATE, v.date(REFERRAL_DATE).toString());
    execution.setVariable(ASSESSMENT_START_DATE, NextPathway.day(WorkingDayCalendar.today()));
    // CFA-03: the social worker's due date is the profile's target until the manager sets a final date (CFA-02).
    execution.setVariable(COMPLETION_DUE_DATE, standards().due(execution, "CFA-03", "target", v.raw(REFERRAL_DATE)));
    execution.setVariable(CENSUS_ASSESSMENT_START_DATE, NextPathway.day(WorkingDayCalendar.today()));
    if (v.raw(CENSUS_REFERRAL_DATE) == null) {
      execution.setVariable(CENSUS_REFERRAL_DATE, NextPathway.day(v.date(REFERRAL_DATE)));
    }
    if (v.raw(CENSUS_REFERRAL_SOURCE) == null && v.text(CensusCodes.REFERRAL_SOURCE) != null) {
      execution.setVariable(CENSUS_REFERRAL_SOURCE, v.text(CensusCodes.REFERRAL_SOURCE));
    }
  }
}
