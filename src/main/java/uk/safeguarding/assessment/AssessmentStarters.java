package uk.safeguarding.assessment;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class AssessmentStarters {

  /** CFA-01: children's social care opens an assessment (the front door's referral starts it by itself). */
  @Bean
  public WhoMayStart whoMayStartAnAssessment() {
    return new WhoMayStart(ChildAndFamilyAssessmentProcess.KEY,
        List.of(Agency.CSC_FRONT_DOOR, Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
  }
}
