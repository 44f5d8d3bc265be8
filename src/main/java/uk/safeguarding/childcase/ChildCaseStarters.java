package uk.safeguarding.childcase;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class ChildCaseStarters {

  /** A child's case opens by itself with the first pathway; a social worker or manager may open one by hand. */
  @Bean
  public WhoMayStart whoMayOpenAChildsCase() {
    return new WhoMayStart(ChildCaseProcess.KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
  }

  /**
   * REC-01: a fact of the case record (the child's name, date of birth, household, the authority's
   * standards profile) is corrected by children's social care only, with a reason.
   */
  @Bean
  public WhoMayStart whoMayCorrectACaseRecord() {
    return new WhoMayStart(CorrectCaseRecordProcess.KEY,
        List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER, Agency.CSC_SERVICE_MANAGER));
  }
}
