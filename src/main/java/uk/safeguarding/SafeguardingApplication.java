package uk.safeguarding;

import java.time.LocalDate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.operations.StartupSteps;

@SpringBootApplication
public class SafeguardingApplication {

  public static void main(String[] args) {
    // Jollyday reads its UK calendar (about 0.15 s) while Spring reads its configuration: the first
    // due date then finds it loaded, and the main thread, which Tasklist waits for, does not do it.
    Thread calendar = new Thread(() -> WorkingDayCalendar.englandAndWales().bankHolidays(
        LocalDate.now(WorkingDayCalendar.LONDON).getYear()), "calendar-loading");
    calendar.setDaemon(true);
    calendar.start();
    SpringApplication application = new SpringApplication(SafeguardingApplication.class);
    // -Dsafeguarding.startup-steps=true logs where the start spent its time (docs/performance.md).
    StartupSteps.recordIfAsked(application);
    application.run(args);
  }
}
