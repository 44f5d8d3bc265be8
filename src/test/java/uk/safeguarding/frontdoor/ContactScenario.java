package uk.safeguarding.frontdoor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A contact from a school that passes every FD-01 and FD-02 check; a test spoils what it is about. */
public final class ContactScenario {

  private ContactScenario() {}

  public static Map<String, Object> fromSchool(String caseReference, String level) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Amy Test");
    v.put("childDateOfBirth", "2014-03-02");
    v.put("householdMembers", "Mother Jo Test; brother Sam Test (4)");
    v.put("referrerAgency", "education");
    v.put("referrerName", "Emma Hughes, DSL, Riverside Primary, 01234 567890");
    v.put("screeningTool", "continuumOfNeed");
    v.put("contactFacts", "Amy has come to school hungry on most days this month and says her mother sleeps all day.");
    v.put("referrerRiskView", "No injury seen; worried about neglect building up.");
    v.put("levelOfNeed", level);
    v.put("immediateRiskIndicators", new ArrayList<>(List.of("none")));
    v.put("parentalConsent", "true");
    v.put("domesticAbuseRiskFactors", new ArrayList<>(List.of("none")));
    return v;
  }
}
