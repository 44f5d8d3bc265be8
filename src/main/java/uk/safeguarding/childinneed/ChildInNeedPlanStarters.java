package uk.safeguarding.childinneed;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class ChildInNeedPlanStarters {

  /**
   * Children's social care opens a child in need plan: the social worker, their manager, or the
   * conference chair whose conference decided on one (a pathway's message start runs as its user).
   */
  @Bean
  public WhoMayStart whoMayStartAChildInNeedPlan() {
    return new WhoMayStart(ChildInNeedPlanProcess.KEY,
        List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER, Agency.CP_CHAIR));
  }
}
