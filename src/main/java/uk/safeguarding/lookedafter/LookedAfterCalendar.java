package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;

/**
 * The dates of a looked after child that come from the child's age, worked out once, in Java, from
 * {@code childDateOfBirth}: the 5th birthday on which the health assessments change cadence (LAC-05),
 * the SDQ years (LAC-05), 15 years 6 months (LAC-11), the 14th and 16th birthdays of eligibility
 * (LAC-18) and the 18th birthday on which care ends. The ages that are months from birth come from
 * the profile (LAC-11 start, LAC-18); the diagrams only name the timescale these methods choose.
 */
@Component("lookedAfterCalendar")
public class LookedAfterCalendar {

  /** LAC-05: review health assessments every 6 months before this birthday, every 12 months from it. */
  static final int HEALTH_CADENCE_CHANGES_AT = 5;
  /** LAC-05 (seed 002 Standard 9): the carer's SDQ is part of the assessment from 4 until 16. */
  static final int SDQ_FROM = 4;
  static final int SDQ_UNTIL = 16;

  private final Standards standards;

  public LookedAfterCalendar(Standards standards) {
    this.standards = standards;
  }

  public static LocalDate dateOfBirth(VariableScope scope) {
    return CaseVariables.of(scope).date(CHILD_DATE_OF_BIRTH);
  }


  public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }

  /** LAC-05: the timescale to the next review health assessment, chosen by the child's age at this one. */
  public String healthReviewTimescale(VariableScope scope, LocalDate assessedOn) {
    return ageOn(dateOfBirth(scope), assessedOn) < HEALTH_CADENCE_CHANGES_AT ? "underFive" : "fiveAndOver";
  }

  /** LAC-05: whether an assessment on {@code day} includes the carer's SDQ. */
  public boolean sdqExpected(VariableScope scope, LocalDate day) {
    int age = ageOn(dateOfBirth(scope), day);
    return age >= SDQ_FROM && age < SDQ_UNTIL;
  }

  /** The day care ends at the latest: the 18th birthday (LAC-18 eighteenthBirthday from the date of birth). */
  public LocalDate eighteenthBirthday(VariableScope scope) {
    return byAge(scope, "LAC-18", "eighteenthBirthday");
  }

  /** Whether a clock's next deadline still falls while the child can be looked after: no review is set after 18. */
  public boolean dueBeforeEighteen(VariableScope scope, Date due) {
    return due != null && Standards.toDateTime(due, "due").toLocalDate().isBefore(eighteenthBirthday(scope));
  }

  /** LAC-11: the day the pathway plan is due to start, 15 years 6 months from the date of birth. */
  public LocalDate pathwayPlanDueOn(VariableScope scope) {
    return byAge(scope, "LAC-11", "start");
  }

  /**
   * LAC-18: the eligibility period (13 weeks) counts time looked after since the 14th birthday; this
   * pathway runs only while the child is looked after, so it counts from the later of the 14th birthday
   * and the day the child became looked after.
   */
  public LocalDate eligibilityCountedFrom(VariableScope scope) {
    LocalDate fourteenth = byAge(scope, "LAC-18", "eligibilityAge");
    LocalDate since = CaseVariables.of(scope).date(LOOKED_AFTER_SINCE);
    return since.isAfter(fourteenth) ? since : fourteenth;
  }

  /** LAC-18: the needs assessment counts from the 16th birthday, or from eligibility where that comes later. */
  public LocalDate needsAssessmentCountedFrom(VariableScope scope) {
    LocalDate sixteenth = byAge(scope, "LAC-18", "sixteenthBirthday");
    LocalDate eligible = standards.deadline(standards.profileOf(scope), "LAC-18", "eligibilityPeriod",
        Standards.toDateTime(eligibilityCountedFrom(scope), "eligibility")).toLocalDate();
    return eligible.isAfter(sixteenth) ? eligible : sixteenth;
  }

  private LocalDate byAge(VariableScope scope, String ruleId, String timescale) {
    return standards.deadline(standards.profileOf(scope), ruleId, timescale,
        Standards.toDateTime(dateOfBirth(scope), "the date of birth")).toLocalDate();
  }
}
