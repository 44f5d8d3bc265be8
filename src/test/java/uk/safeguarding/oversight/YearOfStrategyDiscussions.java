package uk.safeguarding.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/**
 * A year of children's strategy discussions run on the engine clock, one in each chosen month, under
 * one standards profile: the concern raised on the month's second Tuesday (or the next working day),
 * the discussion convened that day or, in the months convened late, two working days later after the
 * SD-01 timer has fired; recorded that day or, in the months recorded late, two days later after the
 * REC-01 timer has fired; every discussion ends with no section 47 enquiry and no further action. The
 * scenario of the managers' dashboard tests, whose figures per rule it implies.
 */
public final class YearOfStrategyDiscussions {

  private final ProcessEngine engine;
  private final ToIntFunction<String> fireDueTimers;
  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
  public final Map<Integer, String> caseOfMonth = new LinkedHashMap<>();

  /** @param fireDueTimers runs the due timers of a process instance and sweeps its breaches; returns how many fired */
  public YearOfStrategyDiscussions(ProcessEngine engine, ToIntFunction<String> fireDueTimers) {
    this.engine = engine;
    this.fireDueTimers = fireDueTimers;
  }

  public YearOfStrategyDiscussions run(int year, List<Integer> months, String profile, Set<Integer> convenedLate,
      Set<Integer> recordedLate) {
    for (int month : months) {
      caseOfMonth.put(month, discussionOf(year, month, profile, convenedLate.contains(month), recordedLate.contains(month)));
    }
    return this;
  }

  public List<String> casesOf(Set<Integer> months) {
    return months.stream().map(caseOfMonth::get).toList();
  }

  private String discussionOf(int year, int month, String profile, boolean convenedLate, boolean recordedLate) {
    LocalDate concern = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    while (!calendar.isWorkingDay(concern)) {
      concern = concern.plusDays(1);
    }
    clockAt(concern, 9);
    String caseReference = "CR-Y" + Long.toString(System.nanoTime(), 36).toUpperCase();
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, caseReference);
    Map<String, Object> referral = StrategyDiscussionScenario.referral(caseReference, concern.toString());
    referral.put("standardsProfile", profile);
    child.start(referral);
    LocalDate discussion = concern;
    if (convenedLate) {
      discussion = calendar.workingDaysAfter(concern, 2);
      clockAt(discussion, 9);
      assertThat(fireDueTimers.applyAsInt(child.discussion.getId())).as("the SD-01 timer").isEqualTo(1);
    }
    child.convene(StrategyDiscussionScenario.convening(discussion.toString()));
    child.contributeFromEveryAgency();
    if (recordedLate) {
      clockAt(discussion.plusDays(2), 9);
      assertThat(fireDueTimers.applyAsInt(child.discussion.getId())).as("the REC-01 timer").isEqualTo(1);
    }
    Map<String, Object> record = StrategyDiscussionScenario.record("noSection47", discussion.plusDays(7).toString());
    record.put("noSection47Rationale", "Explanation accepted; injury accidental");
    record.put("nextStep", "noFurtherAction");
    child.record(record);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(child.discussion.getId()).count())
        .as("the discussion has ended").isZero();
    return caseReference;
  }

  private static void clockAt(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(WorkingDayCalendar.LONDON).toInstant()));
  }
}
