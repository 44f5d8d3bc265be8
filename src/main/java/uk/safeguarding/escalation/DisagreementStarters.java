package uk.safeguarding.escalation;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class DisagreementStarters {

  /** ESC-01: any practitioner on a case, of any agency, may raise a disagreement at any time. */
  @Bean
  public WhoMayStart whoMayRaiseADisagreement() {
    return new WhoMayStart(ProfessionalDisagreementProcess.KEY, List.of(Agency.values()));
  }
}
