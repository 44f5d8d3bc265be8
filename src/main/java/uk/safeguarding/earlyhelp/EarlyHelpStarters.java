package uk.safeguarding.earlyhelp;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class EarlyHelpStarters {

  /**
   * EH-01: the agency that recognises unmet needs starts early help (seed 002 Standard 2): early help,
   * schools, health, and children's social care stepping down.
   */
  @Bean
  public WhoMayStart whoMayOfferEarlyHelp() {
    return new WhoMayStart(EarlyHelpProcess.KEY, List.of(Agency.EARLY_HELP, Agency.EDUCATION, Agency.HEALTH,
        Agency.CSC_FRONT_DOOR, Agency.CSC_SOCIAL_WORKER, Agency.CSC_TEAM_MANAGER));
  }
}
