package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.PLACEMENT_START_DATE;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import uk.safeguarding.contract.LookedAfterCodes;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.casefile.FailedVisit;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;
import uk.safeguarding.breaches.RecordingTimeliness;

/**
 * The gates of the looked after steps that are done on a day and written up (see
 * {@link RecordedStepGate}), one bean per user task, named as the diagrams call them.
 */
@Configuration
public class LookedAfterGates {

  // ------------------------------------------------------------------ reviews (LAC-01, LAC-07, LAC-08, LAC-17)

  /** LAC-01, LAC-17: the IRO service allocates a named IRO, who is then the child's IRO on every form. */
  @Bean
  public RecordedStepGate allocateIroGate(LookedAfterCase lookedAfterCase) {
    return RecordedStepGate.step("LAC-01", LookedAfterReviewsProcess.Variables.IRO_ALLOCATED_ON, "The day the IRO was allocated")
        .notBefore(LOOKED_AFTER_SINCE)
        .text(LookedAfterReviewsProcess.Variables.IRO_NAME, "The allocated IRO's name")
        .then((execution, variables) -> lookedAfterCase.tellTheCase(execution,
            LookedAfterReviewsProcess.Variables.IRO_NAME, variables.text(LookedAfterReviewsProcess.Variables.IRO_NAME)));
  }

  /** LAC-17: the IRO and the social worker speak before each review. */
  @Bean
  public RecordedStepGate reviewConversationGate() {
    return RecordedStepGate.step("LAC-17", LookedAfterReviewsProcess.Variables.CONVERSATION_ON,
            "The day you spoke with the social worker")
        .text(LookedAfterReviewsProcess.Variables.CONVERSATION_NOTES, "What you discussed");
  }

  /** LAC-08: the social worker's report, with the views of the child, parents, carers and agencies. */
  @Bean
  public RecordedStepGate socialWorkerReportGate() {
    return RecordedStepGate.step("LAC-08", LookedAfterReviewsProcess.Variables.REPORT_SENT_ON,
            "The day the report went to the IRO")
        .text(LookedAfterReviewsProcess.Variables.REPORT, "The report (the child's views and progress against the care plan)");
  }

  /**
   * LAC-07: the review is held, the child's views heard, its decisions recorded; the next one counts from
   * the day it was held. A review held on another day than the one set says why, and one held after its
   * due day is LAC-07's breach, the same one the review's timers and the scheduling record, so it is there once.
   */
  @Bean
  public RecordedStepGate holdReviewGate(Standards standards, StandardsBreachRecorder breaches) {
    return RecordedStepGate.step("LAC-07", LookedAfterReviewsProcess.Variables.REVIEW_HELD_ON, "The day the review was held")
        .notBefore(LOOKED_AFTER_SINCE)
        .text(LookedAfterReviewsProcess.Variables.REVIEW_DECISIONS, "The review's decisions")
        .also((gate, execution) -> {
          gate.requireAnswer("LAC-07", LookedAfterReviewsProcess.Variables.CHILD_VIEWS_HEARD,
              "Were the child's wishes and feelings heard at the review?");
          ScheduleReviewGate.HELD.checkAgainstTheDaySet(gate, execution);
          checkParticipation(gate);
        })
        .lastDone(LookedAfterReviewsProcess.Variables.LAST_REVIEW_ON)
        .then((execution, variables) -> {
          ScheduleReviewGate.HELD.recordIfLate(execution, breaches, standards.due(execution, "LAC-07",
              variables.text(LookedAfterReviewsProcess.Variables.REVIEW_TIMESCALE),
              variables.text(LookedAfterReviewsProcess.Variables.REVIEW_COUNTED_FROM)), ScheduleReviewGate.HOLD_REVIEW);
          execution.setVariable(LookedAfterReviewsProcess.Variables.REVIEW_NUMBER, reviewNumber(variables) + 1);
        });
  }

  /**
   * The SSDA903 participation code of the review (REVIEW_CODE): PN0 is for a child under 4 on the day, and only for
   * her (DfE rules 440, 441), so the IRO's choice and the child's age agree before the return reads them.
   */
  static void checkParticipation(Gate gate) {
    String participation = LookedAfterReviewsProcess.Variables.CHILD_PARTICIPATION;
    gate.requireOneOf("LAC-07", participation, LookedAfterCodes.codes(LookedAfterCodes.REVIEW_PARTICIPATION));
    LocalDate born = RecordedStepGate.dateOrNull(gate.variables(), LookedAfterChildProcess.Variables.CHILD_DATE_OF_BIRTH);
    LocalDate held = RecordedStepGate.dateOrNull(gate.variables(), LookedAfterReviewsProcess.Variables.REVIEW_HELD_ON);
    String code = gate.variables().text(participation);
    if (born == null || held == null || code == null) {
      return;
    }
    boolean underFour = held.isBefore(born.plusYears(4));
    if (underFour != LookedAfterCodes.UNDER_FOUR.equals(code)) {
      gate.refuse("LAC-07", participation, underFour
          ? "the child was under 4 on the day of the review: the code is PN0 (SSDA903 rule 441)"
          : "PN0 is for a child under 4; the child was 4 or over on the day of the review (SSDA903 rule 440)");
    }
  }

  static int reviewNumber(CaseVariables variables) {
    String number = variables.text(LookedAfterReviewsProcess.Variables.REVIEW_NUMBER);
    return number == null ? 1 : Integer.parseInt(number);
  }

  // ------------------------------------------------------------------ health (LAC-04, LAC-05)

  @Bean
  public RecordedStepGate initialHealthAssessmentGate(LookedAfterCalendar calendar, Standards standards) {
    return healthAssessment("LAC-04", calendar, standards);
  }

  @Bean
  public RecordedStepGate reviewHealthAssessmentGate(LookedAfterCalendar calendar, Standards standards) {
    return healthAssessment("LAC-05", calendar, standards);
  }

  /**
   * LAC-05: the carer's SDQ is part of every assessment from 4 to 16, and the child's age at this
   * assessment chooses the timescale to the next one (6 months before the 5th birthday, 12 from it).
   */
  private static RecordedStepGate healthAssessment(String ruleId, LookedAfterCalendar calendar, Standards standards) {
    return RecordedStepGate.step(ruleId, LookedAfterHealthProcess.Variables.ASSESSED_ON, "The day of the health assessment")
        .notBefore(LOOKED_AFTER_SINCE)
        .text(LookedAfterHealthProcess.Variables.HEALTH_PLAN, "The health plan")
        .also((gate, execution) -> requireSdq(gate, execution, calendar))
        .lastDone(LookedAfterHealthProcess.Variables.LAST_ASSESSED_ON)
        .then((execution, variables) -> {
          LocalDate assessed = variables.date(LookedAfterHealthProcess.Variables.ASSESSED_ON);
          String cadence = calendar.healthReviewTimescale(execution, assessed);
          execution.setVariable(LookedAfterHealthProcess.Variables.CADENCE, cadence);
          LocalDate next = Standards.toDateTime(standards.due(execution, "LAC-05", cadence, assessed), "next").toLocalDate();
          execution.setVariable(LookedAfterHealthProcess.Variables.SDQ_EXPECTED, calendar.sdqExpected(execution, next));
        });
  }

  private static void requireSdq(Gate gate, DelegateExecution execution, LookedAfterCalendar calendar) {
    LocalDate assessed = RecordedStepGate.dateOrNull(gate.variables(), LookedAfterHealthProcess.Variables.ASSESSED_ON);
    if (assessed == null || !calendar.sdqExpected(execution, assessed)) {
      return;
    }
    String score = gate.variables().text(LookedAfterHealthProcess.Variables.SDQ_SCORE);
    if (score == null || !score.matches("\\d{1,2}(\\.0+)?") || Double.parseDouble(score) > 40) {
      gate.refuse("LAC-05", LookedAfterHealthProcess.Variables.SDQ_SCORE,
          "the carer's SDQ total difficulties score (0 to 40) is required from age 4 to 16");
    }
  }

  // ------------------------------------------------------------------ education (LAC-06)

  @Bean
  public RecordedStepGate personalEducationPlanGate() {
    return RecordedStepGate.step("LAC-06", PersonalEducationPlansProcess.Variables.PEP_MEETING_ON, "The day of the PEP meeting")
        .notBefore(LOOKED_AFTER_SINCE)
        .text(PersonalEducationPlansProcess.Variables.PEP_TARGETS, "The PEP's targets and the support for them")
        .lastDone(PersonalEducationPlansProcess.Variables.LAST_PEP_ON);
  }

  // ------------------------------------------------------------------ placement (LAC-03, LAC-15, LAC-16)

  @Bean
  public RecordedStepGate placementPlanGate() {
    return RecordedStepGate.step("LAC-03", PlacementAndVisitsProcess.Variables.PLACEMENT_PLAN_MEETING_ON,
            "The day of the placement planning meeting")
        .text(PlacementAndVisitsProcess.Variables.PLACEMENT_PLAN,
            "The placement plan (how the placement meets the child's needs; GP, dentist and optician)");
  }

  /** LAC-15 (reg 13): health, the school and the IRO are always told; the parents unless there is a reason. */
  @Bean
  public RecordedStepGate notifyPlacementGate() {
    return RecordedStepGate.step("LAC-15", PlacementAndVisitsProcess.Variables.PLACEMENT_NOTIFIED_ON,
            "The day the placement was notified")
        .also((gate, execution) -> {
          List<String> told = gate.variables().list(PlacementAndVisitsProcess.Variables.PLACEMENT_NOTIFIED);
          for (String who : PlacementAndVisitsProcess.TOLD_OF_PLACEMENT) {
            boolean parentsExcused = PlacementAndVisitsProcess.PARENTS.equals(who)
                && gate.variables().hasText(PlacementAndVisitsProcess.Variables.PARENTS_NOT_TOLD_REASON);
            if (!told.contains(who) && !parentsExcused) {
              gate.refuse("LAC-15", PlacementAndVisitsProcess.Variables.PLACEMENT_NOTIFIED, "'" + who + "' must be told of the"
                  + " placement" + (PlacementAndVisitsProcess.PARENTS.equals(who) ? ", or say why the parents were not" : ""));
            }
          }
        });
  }

  /**
   * LAC-16: a statutory visit sees the child. One at which the child was not seen is recorded, is
   * still owed by the same day (the clock counts from the last visit that saw the child) and starts the
   * case's stepped approach for a family that does not engage (NE-01, {@link FailedVisit}).
   */
  @Bean
  public RecordedStepGate lookedAfterVisitGate(ApplicationEventPublisher events, RecordingTimeliness recording) {
    return RecordedStepGate.step("LAC-16", PlacementAndVisitsProcess.Variables.VISIT_ON, "The day of the visit")
        .notBefore(PLACEMENT_START_DATE)
        .text(PlacementAndVisitsProcess.Variables.VISIT_NOTES, "What you saw and what the child said")
        .also((gate, execution) -> {
          gate.requireAnswer("LAC-16", PlacementAndVisitsProcess.Variables.CHILD_SEEN, "Did you see the child?");
          if (gate.variables().isTrue(PlacementAndVisitsProcess.Variables.CHILD_SEEN)) {
            gate.requireAnswer("LAC-16", PlacementAndVisitsProcess.Variables.CHILD_SEEN_ALONE, "Did you see the child alone?");
          }
        })
        .lastDone(PlacementAndVisitsProcess.Variables.LAST_VISIT_ON,
            variables -> variables.isTrue(PlacementAndVisitsProcess.Variables.CHILD_SEEN))
        .then((execution, variables) -> {
          recording.recordedInTime(execution, variables.date(PlacementAndVisitsProcess.Variables.VISIT_ON), "The statutory visit");
          if (!variables.isTrue(PlacementAndVisitsProcess.Variables.CHILD_SEEN)) {
            events.publishEvent(new FailedVisit(execution.getProcessBusinessKey(), "LAC-16",
                variables.date(PlacementAndVisitsProcess.Variables.VISIT_ON).toString()));
          }
        });
  }

  // ------------------------------------------------------------------ care plan (LAC-12, LAC-13, LAC-14, RA-01)

  @Bean
  public RecordedStepGate carePlanGate() {
    return RecordedStepGate.step("LAC-14", CarePlanningProcess.Variables.CARE_PLAN_AGREED_ON, "The day the care plan was agreed")
        .text(CarePlanningProcess.Variables.CARE_PLAN, "The care plan (the permanence plan and how the child's needs will be met)")
        .lastDone(CarePlanningProcess.Variables.LAST_ASSESSMENT_ON);
  }

  @Bean
  public RecordedStepGate carePlanAssessmentGate() {
    return RecordedStepGate.step("LAC-13", CarePlanningProcess.Variables.ASSESSMENT_UPDATED_ON, "The day the assessment was updated")
        .text(CarePlanningProcess.Variables.ASSESSMENT_SUMMARY, "What the updated assessment found and what changes in the care plan")
        .lastDone(CarePlanningProcess.Variables.LAST_ASSESSMENT_ON);
  }

  /** RA-01: the same update, set sooner by the placement's reassessment interval (residential care). */
  @Bean
  public RecordedStepGate placementReassessmentGate() {
    return RecordedStepGate.step("RA-01", CarePlanningProcess.Variables.ASSESSMENT_UPDATED_ON, "The day the child was reassessed")
        .text(CarePlanningProcess.Variables.ASSESSMENT_SUMMARY, "What the reassessment found and what changes in the care plan")
        .lastDone(CarePlanningProcess.Variables.LAST_ASSESSMENT_ON);
  }

  @Bean
  public RecordedStepGate emergencyAssessmentGate() {
    return RecordedStepGate.step("LAC-12", CarePlanningProcess.Variables.EMERGENCY_ASSESSMENT_ON, "The day the assessment was completed")
        .notBefore(LOOKED_AFTER_SINCE)
        .text(CarePlanningProcess.Variables.EMERGENCY_ASSESSMENT, "The assessment's analysis and what it means for the care arrangements");
  }

  // ------------------------------------------------------------------ pathway (LAC-11, LAC-18)

  @Bean
  public RecordedStepGate pathwayPlanGate() {
    return RecordedStepGate.step("LAC-11", PathwayPlanningProcess.Variables.PLAN_ON, "The day of the pathway plan")
        .text(PathwayPlanningProcess.Variables.PLAN, "The pathway plan, written with the young person")
        .lastDone(PathwayPlanningProcess.Variables.LAST_PLAN_ON);
  }

  @Bean
  public RecordedStepGate needsAssessmentGate() {
    return RecordedStepGate.step("LAC-18", PathwayPlanningProcess.Variables.NEEDS_ASSESSED_ON, "The day of the needs assessment")
        .text(PathwayPlanningProcess.Variables.NEEDS_ASSESSMENT, "The assessment of the young person's needs");
  }

  // ------------------------------------------------------------------ changes (LAC-10)

  @Bean
  public RecordedStepGate lookedAfterReassessmentGate() {
    return RecordedStepGate.step("LAC-10", LookedAfterChangeProcess.Variables.REASSESSED_ON, "The day of the reassessment")
        .text(LookedAfterChangeProcess.Variables.REASSESSMENT, "What the reassessment found");
  }
}
