package uk.safeguarding.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import uk.safeguarding.calendar.WorkingDayCalendar;

/** How a card reads its due date: England's working days, London's calendar, 23:59:59 deadlines. */
class DueInWorkingDaysTest {

  /** Tuesday 22 December 2026, mid-morning in London. */
  private final DueInWorkingDays cards = new DueInWorkingDays(
      LocalDateTime.of(2026, 12, 22, 10, 0).atZone(WorkingDayCalendar.LONDON).toInstant());

  @Test
  void workingDaysLeftSkipChristmasBoxingDayTheSubstituteDayAndTheWeekend() {
    // Wed 23, Thu 24, (Fri 25 Christmas, Sat, Sun, Mon 28 substitute for Boxing Day), Tue 29
    assertThat(cards.of(due(2026, 12, 29))).containsEntry("dueText", "Due Tue 29/12/2026")
        .containsEntry("whenText", "in 3 working days").containsEntry("workingDays", 3).containsEntry("state", "due-soon");
  }

  @Test
  void dueTodayAllDayLongAndOverdueFromTheNextDay() {
    assertThat(cards.of(due(2026, 12, 22))).containsEntry("whenText", "due today").containsEntry("state", "due-today");
    assertThat(cards.of(due(2026, 12, 21))).containsEntry("whenText", "1 working day overdue")
        .containsEntry("workingDays", -1).containsEntry("state", "overdue");
    assertThat(cards.of(due(2026, 12, 18))).as("Friday: Monday and today since")
        .containsEntry("whenText", "2 working days overdue").containsEntry("dueText", "Due Fri 18/12/2026");
  }

  @Test
  void farOffWorkIsLaterAndATaskWithoutADueDateSaysNothing() {
    assertThat(cards.of(due(2027, 1, 29))).containsEntry("state", "later");
    assertThat(cards.of(null)).containsOnlyKeys("state").containsEntry("state", "none");
  }

  private static Date due(int year, int month, int day) {
    return Date.from(WorkingDayCalendar.englandAndWales().endOfDay(LocalDate.of(year, month, day)).toInstant());
  }
}
