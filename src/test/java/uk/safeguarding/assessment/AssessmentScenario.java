package uk.safeguarding.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers that pass every gate of the child and family assessment; a test spoils what it is about. */
public final class AssessmentScenario {

  private AssessmentScenario() {}

  public static Map<String, Object> referral(String caseReference, String referralDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Amy Test");
    v.put("childDateOfBirth", "2014-03-02");
    v.put("householdMembers", "Mother Jo Test; brother Sam Test (4)");
    v.put("assessmentReason", "Third contact from school this term: Amy hungry, mother sleeping all day.");
    v.put("referralDate", referralDate);
    return v;
  }

  public static Map<String, Object> firstVisit(String visitDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("firstVisitDate", visitDate);
    v.put("childSeen", "true");
    v.put("childSeenAlone", "true");
    v.put("neglectConcerns", "false");
    return v;
  }

  static Map<String, Object> review(String finalCompletionDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("assessmentProgressNotes", "Visits done; waiting for the GP and the school nurse.");
    v.put("assessmentFinalCompletionDate", finalCompletionDate);
    v.put("assessmentFinalDateRationale", "Health information is due on the 15th; two weeks to analyse it with the family.");
    return v;
  }

  static Map<String, Object> familyNetworkMeeting(String meetingDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("familyNetworkMeetingDate", meetingDate);
    v.put("familyNetworkAttendees", "Maternal grandmother, aunt Lisa");
    v.put("familyNetworkMeetingOutcome", "Grandmother does the school run and breakfasts on weekdays.");
    return v;
  }

  static Map<String, Object> gradedCareProfile(String meetingDate) {
    Map<String, Object> v = new HashMap<>();
    v.put("gradedCareProfilePlanningMeetingDate", meetingDate);
    v.put("gradedCareProfileCompletedBy", "Helen Price, health visitor (health)");
    v.put("gradedCareProfileDueDate", "2027-01-08");
    return v;
  }

  public static Map<String, Object> writeUp(String outcome) {
    Map<String, Object> v = new HashMap<>();
    v.put("assessmentSummary", "Mother's low mood explains the mornings; she accepts help.");
    v.put("childViews", "Amy wants breakfast at school and her mum to be less tired.");
    v.put("assessmentOutcome", outcome);
    v.put("assessmentPlan", "Breakfast club; GP review of mother's mood; family support worker weekly.");
    v.put("involvedAgencies", new ArrayList<>(List.of("education", "health")));
    return v;
  }

  public static Map<String, Object> endorsement(String outcome) {
    Map<String, Object> v = new HashMap<>();
    v.put("assessmentEndorsed", "true");
    v.put("managerEndorsementNotes", "Analysis sound, the child's voice is clear.");
    v.put("assessmentOutcome", outcome);
    return v;
  }
}
