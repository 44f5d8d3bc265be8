package uk.safeguarding.strategy;

import static uk.safeguarding.strategy.StrategyDiscussionProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.casefile.StartGate;
import uk.safeguarding.contract.CensusCodes;

/**
 * The start of a strategy discussion (SD-01 counts from the concern): refuses a start that does not
 * say which child, which concern and since when, so no timer is ever set from a guess. The case
 * reference becomes the business key every process of the child carries.
 */
@Component("strategyDiscussionReferralGate")
public class StrategyDiscussionReferralGate extends StartGate {

  public StrategyDiscussionReferralGate(CaseStarts caseStarts) {
    super(caseStarts, "SD-01");
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    gate.requireText("SD-01", CHILD_NAME, "The child's name")
        .requireDate("SD-01", CHILD_DATE_OF_BIRTH, "The child's date of birth")
        .requireText("SD-01", CONCERN, "The concern that gives reasonable cause to suspect significant harm")
        .requireDate("SD-01", CONCERN_RAISED_DATE, "The date the concern arose")
        .requireText("SD-05", HOUSEHOLD_MEMBERS, "The members of the child's household and the alleged perpetrator's household")
        .notInFuture("SD-01", CHILD_DATE_OF_BIRTH)
        .notInFuture("SD-01", CONCERN_RAISED_DATE);
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    execution.setVariable("strategyDiscussionRequestedBy", CurrentUser.of(execution));
    // The census: the day the concern arose and the source its referrer's agency most likely is. A discussion the
    // front door or an assessment opened has an earlier referral of its own, which the census takes.
    execution.setVariable(CENSUS_REFERRAL_DATE, NextPathway.day(v.date(CONCERN_RAISED_DATE)));
    execution.setVariable(CENSUS_REFERRAL_SOURCE, CensusCodes.LIKELY_SOURCE_BY_AGENCY.get(v.text(REFERRER_AGENCY)));
  }
}
