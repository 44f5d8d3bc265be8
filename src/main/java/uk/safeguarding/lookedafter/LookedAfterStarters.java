package uk.safeguarding.lookedafter;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class LookedAfterStarters {

  /** LAC-01: the child's social worker, or the team manager, records that the child has become looked after. */
  @Bean
  public WhoMayStart whoMayRecordAChildBecomingLookedAfter() {
    return new WhoMayStart(LookedAfterChildProcess.KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
  }

  /** LAC-09, LAC-10: the social worker or team manager reports a change, an event or the child leaving care. */
  @Bean
  public WhoMayStart whoMayReportALookedAfterChange() {
    return new WhoMayStart(LookedAfterChangeProcess.KEY, List.of(Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
  }
}
