package uk.safeguarding.timescales;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.calendar.WorkingDayCalendar;

@Configuration
public class StandardsConfiguration {

  @Bean
  public WorkingDayCalendar workingDayCalendar() {
    return WorkingDayCalendar.englandAndWales();
  }

  @Bean
  public StandardsProfiles standardsProfiles(
      @Value("${safeguarding.standards.default-profile:national}") String defaultProfile,
      @Value("${safeguarding.standards.further-profiles:}") List<String> furtherProfiles) {
    return StandardsProfiles.fromClasspath(defaultProfile, furtherProfiles);
  }

  /** Named "standards" because the diagrams call it so: {@code ${standards.due(...)}}. */
  @Bean("standards")
  public Standards standards(LocalTimescales localTimescales, WorkingDayCalendar calendar) {
    return new Standards(localTimescales::current, calendar);
  }
}
