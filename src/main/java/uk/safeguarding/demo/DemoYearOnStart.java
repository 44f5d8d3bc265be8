package uk.safeguarding.demo;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The demo year's command: {@code --safeguarding.demo.year=2025-26} (or {@code 2025}) on the embedded
 * application runs that collection year once the application has started, with
 * {@code --safeguarding.demo.cases} children (300 unless said). Without it the application starts as
 * always.
 */
@Component
@ConditionalOnProperty(name = "safeguarding.demo.year")
class DemoYearOnStart implements ApplicationRunner {

  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?$");

  private final DemoYear demoYear;
  private final String year;
  private final int cases;

  DemoYearOnStart(DemoYear demoYear, @Value("${safeguarding.demo.year}") String year,
      @Value("${safeguarding.demo.cases:300}") int cases) {
    this.demoYear = demoYear;
    this.year = year;
    this.cases = cases;
  }

  /** 2025-26 or 2025: the collection year from 1 April 2025; anything else stops the start with what it should be. */
  static int collectionYear(String year) {
    Matcher matcher = YEAR.matcher(year.trim());
    if (!matcher.matches() || (matcher.group(2) != null
        && Integer.parseInt(matcher.group(2)) != (Integer.parseInt(matcher.group(1)) + 1) % 100)) {
      throw new IllegalArgumentException("safeguarding.demo.year should be a collection year such as 2025-26 or 2025, not '"
          + year + "'");
    }
    return Integer.parseInt(matcher.group(1));
  }

  @Override
  public void run(ApplicationArguments args) {
    int collectionYear = collectionYear(year);
    if (cases < 1 || cases > 5000) {
      throw new IllegalArgumentException("safeguarding.demo.cases should be from 1 to 5000, not " + cases);
    }
    if (!LocalDate.of(collectionYear, 4, 1).isBefore(WorkingDayCalendar.today())) {
      throw new IllegalArgumentException("safeguarding.demo.year " + year + " has not begun yet");
    }
    demoYear.run(collectionYear, cases, WorkingDayCalendar.today());
  }
}
