package uk.safeguarding.lookedafter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.breaches.StandardsBreachRegister;

/**
 * Mia, born on 21 January 2023, becomes looked after at 3 years 11 months, on Monday 21 December
 * 2026, in a foster placement meant to last until she is 18, and stays in care until her 18th
 * birthday on 21 January 2041. The engine clock is moved from one deadline to the next and every task
 * is done on the day it is due, so each clock's dates can be checked against a calendar: the reviews,
 * the health assessments (6-monthly before her 5th birthday, yearly from it), the PEP reviews, the
 * visits, the pathway plan from 15 years 6 months and the needs assessment after her 16th birthday.
 */
class LookedAfterChildLifetimeTest extends ProcessTestBase {

  static final LocalDate BORN = LocalDate.of(2023, 1, 21);
  static final LocalDate SINCE = LocalDate.of(2026, 12, 21);
  static final LocalDate EIGHTEEN = LocalDate.of(2041, 1, 21);

  @Autowired
  StandardsBreachRegister breaches;

  /** From {@code first}, every {@code months} months, while before the 18th birthday. */
  static List<LocalDate> every(LocalDate first, int months) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate day = first; day.isBefore(EIGHTEEN); day = day.plusMonths(months)) {
      dates.add(day);
    }
    return dates;
  }

  static List<LocalDate> join(List<LocalDate> first, List<LocalDate> then) {
    List<LocalDate> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  @Test
  void lac04_lac05_lac06_lac07_lac11_lac13_lac16_lac18_aChildLookedAfterFrom3Years11MonthsUntil18MeetsEveryClockOnItsDay() {
    clockAt("2026-12-21T15:00");
    LookedAfterScenario mia = new LookedAfterScenario(engine, breachReviews, uniqueCaseReference());
    mia.dateOfBirth = BORN;
    ProcessInstance main = mia.start(mia.becameLookedAfter(BORN.toString(), SINCE.toString()));

    mia.liveUntilCareEnds();

    // LAC-07: the first review 20 working days after 21 December (Christmas and New Year are not working
    // days), the second 3 months after the first, then every 6 months, the last before the 18th birthday.
    LocalDate first = LocalDate.of(2027, 1, 21);
    assertThat(mia.dueDatesOf("HoldReview")).isEqualTo(join(List.of(first), every(first.plusMonths(3), 6)));
    assertThat(mia.dueDatesOf("HoldReview")).last().isEqualTo(LocalDate.of(2040, 10, 21));
    // LAC-04 then LAC-05: the initial assessment 20 working days in, at 4 (with her first SDQ); 6 months on
    // at 4 and a half; at 5 the cadence changes and every later assessment is a year after the last.
    assertThat(mia.dueDatesOf("CompleteInitialHealthAssessment")).containsExactly(first);
    assertThat(mia.dueDatesOf("CompleteReviewHealthAssessment"))
        .isEqualTo(join(List.of(LocalDate.of(2027, 7, 21)), every(LocalDate.of(2028, 1, 21), 12)));
    assertThat(mia.dueDatesOf("CompleteReviewHealthAssessment")).last().isEqualTo(LocalDate.of(2040, 1, 21));
    // LAC-06: the PEP in 20 school days (counted as working days), then reviewed every 3 months.
    assertThat(mia.dueDatesOf("WritePersonalEducationPlan")).containsExactly(first);
    assertThat(mia.dueDatesOf("ReviewPersonalEducationPlan")).isEqualTo(every(first.plusMonths(3), 3));
    // LAC-11: the pathway plan on the day she is 15 years 6 months, then every 6 months.
    assertThat(mia.dueDatesOf("StartPathwayPlan")).containsExactly(LocalDate.of(2038, 7, 21));
    assertThat(mia.dueDatesOf("ReviewPathwayPlan")).isEqualTo(every(LocalDate.of(2039, 1, 21), 6));
    assertThat(mia.done.stream().filter(d -> d.taskKey().equals("StartPathwayPlan")).findFirst().orElseThrow().due())
        .isEqualTo(BORN.plusYears(15).plusMonths(6));
    // LAC-18: eligible (13 weeks looked after since 14); the needs assessment 3 months after the 16th birthday.
    assertThat(mia.dueDatesOf("AssessNeedsForPathwayPlan")).containsExactly(LocalDate.of(2039, 4, 21));
    // LAC-14 then LAC-13: the care plan in 10 working days, its assessment updated every year.
    assertThat(mia.dueDatesOf("WriteCarePlan")).containsExactly(LocalDate.of(2027, 1, 7));
    assertThat(mia.dueDatesOf("UpdateCarePlanAssessment")).isEqualTo(every(LocalDate.of(2028, 1, 7), 12));
    // LAC-16: a week after the placement, every 6 weeks in its first year, then every 3 months.
    List<LocalDate> visits = new ArrayList<>(List.of(LocalDate.of(2026, 12, 28)));
    while (visits.get(visits.size() - 1).isBefore(SINCE.plusYears(1))) {
      visits.add(visits.get(visits.size() - 1).plusWeeks(6));
    }
    visits.addAll(every(visits.get(visits.size() - 1).plusMonths(3), 3));
    assertThat(mia.dueDatesOf("MakeStatutoryVisit")).isEqualTo(visits);

    // Everything was done on the day it was due: no breach. At 18 every clock ended, with the reason.
    assertThat(mia.done).allSatisfy(done -> assertThat(done.on()).isEqualTo(done.due()));
    assertThat(breaches.forCase(mia.caseReference)).isEmpty();
    assertThat(mia.runningProcessKeys()).isEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(main.getId())
        .variableName("leftCareReason").singleResult().getValue()).isEqualTo("E8");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(main.getId())
        .variableName("leftCareOn").singleResult().getValue()).isEqualTo(EIGHTEEN.toString());
  }
}
