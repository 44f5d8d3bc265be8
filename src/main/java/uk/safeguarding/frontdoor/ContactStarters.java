package uk.safeguarding.frontdoor;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

@Configuration
public class ContactStarters {

  /** FD-01: any agency's practitioner records a contact about a child. */
  @Bean
  public WhoMayStart whoMayRecordAContact() {
    return new WhoMayStart(ContactProcess.KEY, List.of(Agency.values()));
  }
}
