package uk.safeguarding.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * One child of the SSDA903 looked after children return as the pathways recorded her, in the return's own
 * terms (the DfE's column names in the comments), before it is written as CSV or checked. {@code caseReference}
 * is ours: the child's case, which the data quality page links to.
 */
public record Ssda903Child(String caseReference, String childId, String sex, LocalDate birthDate, String ethnicity,
    String upn, boolean uasc, List<Episode> episodes, List<Review> reviews, List<Missing> missing,
    boolean leftCareAtEighteen, Health health) {

  public Ssda903Child {
    episodes = List.copyOf(episodes);
    reviews = List.copyOf(reviews);
    missing = List.copyOf(missing);
  }

  /**
   * An episode of care (Episodes): DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE,
   * HOME_POST, PL_POST (URN is not recorded yet: docs/returns.md).
   */
  public record Episode(LocalDate start, String reasonForNewEpisode, String legalStatus, String categoryOfNeed,
      String placementType, String placementProvider, LocalDate end, String reasonEnded, String reasonPlaceChange,
      String homePostcode, String placementPostcode) {

    public Episode ended(LocalDate day, String reason, String placeChange) {
      return new Episode(start, reasonForNewEpisode, legalStatus, categoryOfNeed, placementType, placementProvider, day, reason,
          placeChange, homePostcode, placementPostcode);
    }
  }

  /** A looked after review held (Reviews): REVIEW and REVIEW_CODE. */
  public record Review(LocalDate date, String participation) {}

  /**
   * What the health pathway recorded in the year, for OC2: whether the child had a health assessment
   * (HEALTH_ASSESSMENT) and the latest strengths and difficulties score (SDQ_SCORE, null when none was given).
   */
  public record Health(boolean assessedInYear, Integer latestSdqScore) {
    public static final Health NONE = new Health(false, null);
  }

  /** A missing or away episode (Missing): MISSING, MIS_START, MIS_END. */
  public record Missing(String type, LocalDate start, LocalDate end) {}
}
