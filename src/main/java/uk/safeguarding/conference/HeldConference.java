package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import uk.safeguarding.breaches.HeldDay;

/**
 * A conference happens on the day it is held, which may not be the day it was set: ICPC-01 and RCPC-01
 * are met or missed on the held day, and the plan's clocks (CG-01, CG-06, RCPC-01, RCPC-08) and the next
 * review count from it.
 */
final class HeldConference {

  static final HeldDay INITIAL = new HeldDay("ICPC-01", CONFERENCE_DATE, CONFERENCE_HELD_DATE, CONFERENCE_POSTPONED_REASON,
      InitialChildProtectionConferenceProcess.Element.ConveneInitialConference.name());

  static final HeldDay REVIEW = new HeldDay("RCPC-01", REVIEW_CONFERENCE_DATE, REVIEW_CONFERENCE_HELD_DATE,
      REVIEW_CONFERENCE_POSTPONED_REASON, ReviewChildProtectionConferenceProcess.Element.ConveneReviewConference.name());

  private HeldConference() {}
}
