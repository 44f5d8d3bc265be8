package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lookedafter.CarePlanningProcess.Variables.*;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of processes/lookedafter/care-planning.bpmn: every involved agency told the legal
 * status (LAC-02), the care plan (LAC-14) and its assessment updated every year (LAC-13), and after an
 * emergency admission the child and family assessment (LAC-12). Where the child's placement asks for it
 * sooner (RA-01: residential care every 6 months), the update is the RA-01 step, and a move to a new
 * placement (message {@value PlacementAndVisitsProcess#PLACEMENT_CHANGED}) sets it again for that placement
 * ({@link CarePlanAssessmentClock}).
 */
public final class CarePlanningProcess {

  public static final String KEY = "CarePlanning";

  public enum Element {
    CarePlanningStart,
    StartCarePlanning,
    NoteLegalStatus,
    LegalStatusNoted,
    WriteCarePlan,
    CarePlanLate,
    Lac14BreachRecorded,
    NextCarePlanAssessment,
    NextAssessmentBeforeEighteen,
    AssessmentsUpdatedUntilEighteen,
    UpdateCarePlanAssessment,
    CarePlanAssessmentLate,
    Lac13BreachRecorded,
    MovedBeforeUpdate,
    ReassessInPlacement,
    PlacementReassessmentLate,
    Ra01BreachRecorded,
    MovedBeforeReassessment,
    EmergencyAdmission,
    AssessAfterEmergencyAdmission,
    EmergencyAssessmentDone,
    EmergencyAssessmentLate,
    Lac12BreachRecorded,
    PlannedAdmission
  }

  public static final class Variables {
    public static final String AGENCY = "agency";
    public static final String LEGAL_STATUS_NOTED = "legalStatusNoted";
    public static final String LEGAL_STATUS_NOTES = "legalStatusNotes";
    public static final String CARE_PLAN_AGREED_ON = "carePlanAgreedOn";
    public static final String CARE_PLAN = "carePlan";
    public static final String ASSESSMENT_UPDATED_ON = "carePlanAssessmentUpdatedOn";
    public static final String ASSESSMENT_SUMMARY = "carePlanAssessmentSummary";
    public static final String LAST_ASSESSMENT_ON = "lastCarePlanAssessmentOn";
    public static final String EMERGENCY_ASSESSMENT_ON = "emergencyAssessmentCompletedOn";
    public static final String EMERGENCY_ASSESSMENT = "emergencyAssessmentOutcome";

    private Variables() {}
  }

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          date(CARE_PLAN_AGREED_ON),
          date(ASSESSMENT_UPDATED_ON),
          date(EMERGENCY_ASSESSMENT_ON),
          text(CARE_PLAN),
          text(ASSESSMENT_SUMMARY),
          text(EMERGENCY_ASSESSMENT),
          text(LEGAL_STATUS_NOTES),
          yesNo(LEGAL_STATUS_NOTED))
      // Each involved agency's task (LAC-02), and the last assessment, which the next update counts from (LAC-13).
      .computes(AGENCY, LAST_ASSESSMENT_ON)
      // Handed in by the child's main process, with the IRO once allocated; a new placement comes with the message
      // LookedAfterPlacementChanged, which only the system sends (LAC-09, LAC-10).
      .computes(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, ADMISSION,
          INVOLVED_AGENCIES, PLACEMENT_LONG_TERM, PLACEMENT_ADDRESS)
      .task(Element.NoteLegalStatus,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE),
          writes(LEGAL_STATUS_NOTED, LEGAL_STATUS_NOTES))
      .task(Element.WriteCarePlan,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE),
          writes(CARE_PLAN_AGREED_ON, CARE_PLAN))
      .task(Element.UpdateCarePlanAssessment,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, LAST_ASSESSMENT_ON),
          writes(ASSESSMENT_UPDATED_ON, ASSESSMENT_SUMMARY))
      .task(Element.ReassessInPlacement,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE, LAST_ASSESSMENT_ON),
          writes(ASSESSMENT_UPDATED_ON, ASSESSMENT_SUMMARY))
      .task(Element.AssessAfterEmergencyAdmission,
          shows(LEGAL_STATUS, LOOKED_AFTER_SINCE, IRO_NAME, PLACEMENT_TYPE, PLACEMENT_START_DATE),
          writes(EMERGENCY_ASSESSMENT_ON, EMERGENCY_ASSESSMENT));

  private CarePlanningProcess() {}
}
