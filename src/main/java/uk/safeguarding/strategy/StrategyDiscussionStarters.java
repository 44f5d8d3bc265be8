package uk.safeguarding.strategy;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class StrategyDiscussionStarters {

  /** Children's social care opens a strategy discussion: the social worker, the manager or the front door. */
  @Bean
  public WhoMayStart whoMayStartAStrategyDiscussion() {
    return new WhoMayStart(StrategyDiscussionProcess.KEY,
        List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER, Agency.CSC_FRONT_DOOR));
  }
}
