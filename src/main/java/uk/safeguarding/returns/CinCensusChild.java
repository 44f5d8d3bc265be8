package uk.safeguarding.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * One child of the children in need census as the pathways recorded it, in the census's own terms
 * (the DfE's item names), before it is written as XML or checked. {@code caseReference} is ours: the
 * child's case, which the validation page links to.
 */
public record CinCensusChild(String caseReference, String laChildId, String upn, LocalDate birthDate, String sex,
    String ethnicity, List<String> disabilities, List<Episode> episodes) {

  public CinCensusChild {
    disabilities = List.copyOf(disabilities);
    episodes = List.copyOf(episodes);
  }

  /** A CIN episode (CINdetails): the child's case from the referral to its closure. */
  public record Episode(LocalDate referralDate, String referralSource, String primaryNeed, LocalDate closureDate,
      String reasonForClosure, boolean referralNfa, List<Assessment> assessments, List<CinPlan> cinPlans,
      List<Section47> section47s, List<ProtectionPlan> protectionPlans) {

    public Episode {
      assessments = List.copyOf(assessments);
      cinPlans = List.copyOf(cinPlans);
      section47s = List.copyOf(section47s);
      protectionPlans = List.copyOf(protectionPlans);
    }
  }

  /** A child and family assessment: started, authorised by the manager (its census end), and the factors it found. */
  public record Assessment(LocalDate startDate, LocalDate authorisationDate, List<String> factors) {

    public Assessment {
      factors = List.copyOf(factors);
    }
  }

  public record CinPlan(LocalDate startDate, LocalDate endDate) {}

  /** A section 47 enquiry, the initial conference's target day and the day it was held, or that none was needed. */
  public record Section47(LocalDate startDate, LocalDate initialConferenceTarget, LocalDate initialConferenceDate,
      boolean initialConferenceNotRequired) {}

  public record ProtectionPlan(LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory,
      int previousPlans, List<LocalDate> reviewDates) {

    public ProtectionPlan {
      reviewDates = List.copyOf(reviewDates);
    }
  }
}
