package uk.safeguarding.lookedafter;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;

import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;

/**
 * The contract of processes/lookedafter/care-planning.bpmn: every involved agency told the legal
 * status (LAC-02), the care plan (LAC-14) and its assessment updated every year (LAC-13), and after an
 * emergency admission the child and family assessment (LAC-12).
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
    RecordCarePlanBreach,
    Lac14BreachRecorded,
    NextCarePlanAssessment,
    NextAssessmentBeforeEighteen,
    AssessmentsUpdatedUntilEighteen,
    UpdateCarePlanAssessment,
    CarePlanAssessmentLate,
    RecordCarePlanAssessmentBreach,
    Lac13BreachRecorded,
    EmergencyAdmission,
    AssessAfterEmergencyAdmission,
    EmergencyAssessmentDone,
    EmergencyAssessmentLate,
    RecordEmergencyAssessmentBreach,
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
          date("carePlanAgreedOn"),
          date("carePlanAssessmentUpdatedOn"),
          date("emergencyAssessmentCompletedOn"),
          text("carePlan"),
          text("carePlanAssessmentSummary"),
          text("emergencyAssessmentOutcome"),
          text("legalStatusNotes"),
          yesNo("legalStatusNoted"))
      .task(Element.NoteLegalStatus, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate"), writes("legalStatusNoted", "legalStatusNotes"))
      .task(Element.WriteCarePlan, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate"), writes("carePlanAgreedOn", "carePlan"))
      .task(Element.UpdateCarePlanAssessment, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate", "lastCarePlanAssessmentOn"), writes("carePlanAssessmentUpdatedOn", "carePlanAssessmentSummary"))
      .task(Element.AssessAfterEmergencyAdmission, shows("legalStatus", "lookedAfterSince", "iroName", "placementType", "placementStartDate"), writes("emergencyAssessmentCompletedOn", "emergencyAssessmentOutcome"));

  private CarePlanningProcess() {}
}
