package uk.safeguarding.assessment;

import static uk.safeguarding.assessment.ChildAndFamilyAssessmentProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.strategy.StrategyDiscussionReferrals;

/** CFA-05 and CFA-07: the assessment hands the child on, under the same case reference. */
@Configuration
public class AssessmentHandOn {

  /** CFA-05 (significant harm) and CFA-07 (the outcome): a strategy discussion starts today. */
  @Bean
  public JavaDelegate strategyDiscussionFromAssessment() {
    return execution -> {
      CaseVariables v = CaseVariables.of(execution);
      String concern = v.hasText(SIGNIFICANT_HARM_DETAILS)
          ? "Significant harm became apparent during the child and family assessment (CFA-05): " + v.text(SIGNIFICANT_HARM_DETAILS)
          : "The child and family assessment concluded that a strategy discussion is needed (CFA-07): " + v.text(ASSESSMENT_SUMMARY);
      StrategyDiscussionReferrals.startNow(execution, concern, Agency.CSC_SOCIAL_WORKER.groupId());
    };
  }

  /** CFA-07, EH-05: step down to early help, the assessment's plan as the social care plan. */
  @Bean
  public JavaDelegate stepDownToEarlyHelpFromAssessment() {
    return execution -> {
      CaseVariables v = CaseVariables.of(execution);
      Map<String, Object> stepDown = NextPathway.caseVariables(execution);
      stepDown.put("stepDownFrom", "childAndFamilyAssessment");
      stepDown.put("socialCarePlanSummary", v.text(ASSESSMENT_PLAN) + "\nAssessment: " + v.text(ASSESSMENT_SUMMARY));
      NextPathway.startByMessage(execution, ChildAndFamilyAssessmentProcess.EARLY_HELP_MESSAGE, stepDown);
    };
  }

  /** CFA-07: a child in need plan (issue 7's contract), CIN-01 counting from the referral, as CFA-03 does. */
  @Bean
  public JavaDelegate childInNeedPlanFromAssessment() {
    return execution -> {
      CaseVariables v = CaseVariables.of(execution);
      Map<String, Object> plan = NextPathway.caseVariables(execution);
      plan.put(INVOLVED_AGENCIES, v.list(INVOLVED_AGENCIES));
      plan.put("childInNeedPlanSource", "assessment");
      plan.put(REFERRAL_DATE, v.raw(REFERRAL_DATE));
      plan.put(ASSESSMENT_START_DATE, v.raw(ASSESSMENT_START_DATE));
      plan.put(ASSESSMENT_PLAN, v.text(ASSESSMENT_PLAN));
      plan.put(CENSUS_REFERRAL_DATE, v.raw(CENSUS_REFERRAL_DATE));
      plan.put(CENSUS_REFERRAL_SOURCE, v.raw(CENSUS_REFERRAL_SOURCE));
      plan.put(CENSUS_ASSESSMENT_START_DATE, v.raw(CENSUS_ASSESSMENT_START_DATE));
      plan.put(CENSUS_ASSESSMENT_AUTHORISATION_DATE, v.raw(CENSUS_ASSESSMENT_AUTHORISATION_DATE));
      NextPathway.startByMessage(execution, ChildAndFamilyAssessmentProcess.CHILD_IN_NEED_PLAN_MESSAGE, plan);
    };
  }
}
