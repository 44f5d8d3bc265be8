package uk.safeguarding.frontdoor;

import static uk.safeguarding.frontdoor.ContactProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess;
import uk.safeguarding.earlyhelp.EarlyHelpProcess;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.strategy.StrategyDiscussionReferrals;

/**
 * FD-04: the front door hands the child on to the pathway it decided, under the same case reference
 * and with what the contact already knows, so nobody types it again.
 */
@Configuration
public class ContactHandOn {

  /** FD-04 early help offer: EarlyHelp starts from its message, as a step down does (EH-05). */
  @Bean
  public JavaDelegate offerEarlyHelpFromContact() {
    return execution -> {
      Map<String, Object> offer = NextPathway.caseVariables(execution);
      offer.put(EarlyHelpProcess.Variables.EARLY_HELP_REASON, whatTheContactSaid(execution));
      offer.put(EarlyHelpProcess.Variables.EARLY_HELP_SOURCE, EarlyHelpProcess.FROM_FRONT_DOOR);
      NextPathway.startByMessage(execution, EarlyHelpProcess.REQUESTED_MESSAGE, offer);
    };
  }

  /** FD-04 referral: CFA-01 counts from the day the contact was received. */
  @Bean
  public JavaDelegate referForChildAndFamilyAssessment() {
    return execution -> {
      CaseVariables v = CaseVariables.of(execution);
      Map<String, Object> referral = NextPathway.caseVariables(execution);
      referral.put(ChildAndFamilyAssessmentProcess.Variables.REFERRAL_DATE, v.date(CONTACT_RECEIVED_AT).toString());
      referral.put(ChildAndFamilyAssessmentProcess.Variables.ASSESSMENT_REASON, whatTheContactSaid(execution));
      referral.put(CENSUS_REFERRAL_DATE, v.raw(CENSUS_REFERRAL_DATE));
      referral.put(CENSUS_REFERRAL_SOURCE, v.raw(CENSUS_REFERRAL_SOURCE));
      // What the referrer knew of the child: the first visit's form shows it to be confirmed, not typed again.
      for (String characteristic : CensusCodes.CHILD_CHARACTERISTICS) {
        if (v.raw(characteristic) != null) {
          referral.put(characteristic, v.raw(characteristic));
        }
      }
      NextPathway.start(execution, ChildAndFamilyAssessmentProcess.KEY, referral);
    };
  }

  /** FD-04 immediate strategy discussion: it starts today, whoever the referrer was. */
  @Bean
  public JavaDelegate strategyDiscussionFromContact() {
    return execution -> StrategyDiscussionReferrals.startNow(execution, whatTheContactSaid(execution),
        CaseVariables.of(execution).text(REFERRER_AGENCY));
  }

  static String whatTheContactSaid(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    return "Contact from " + v.text(REFERRER_AGENCY_NAME) + " (" + v.text(REFERRER_NAME) + ") on " + v.date(CONTACT_RECEIVED_AT)
        + ": " + v.text(CONTACT_FACTS)
        + "\nReferrer's view of the risk: " + v.text(REFERRER_RISK_VIEW)
        + "\nFront door decision (" + v.text(CONTACT_OUTCOME) + "): " + v.text(DECISION_RATIONALE);
  }
}
