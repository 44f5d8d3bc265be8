package uk.safeguarding.lado;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class LadoReferralStarters {

  /** LADO-01: any practitioner of any agency refers a concern about an adult who works with children. */
  @Bean
  public WhoMayStart whoMayReferToTheLado() {
    return new WhoMayStart(LadoReferralProcess.KEY, List.of(Agency.values()));
  }
}
