package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.time.LocalDate;
import uk.safeguarding.gates.Gate;

/** ICPC-04: a child of the profile's invitation age is invited, unless the reason is recorded. */
final class ChildInvitation {

  private ChildInvitation() {}

  static void check(Gate gate, ConferenceCase conferenceCase, LocalDate conferenceDay) {
    if (!conferenceCase.childHasReached(gate.variables().scope(), "childInvitedAge", conferenceDay)) {
      return;
    }
    gate.requireAnswer("ICPC-04", CHILD_INVITED, "Is the child (12 or over) invited to the conference?");
    if (gate.variables().isAnswered(CHILD_INVITED) && !gate.variables().isTrue(CHILD_INVITED)) {
      gate.requireText("ICPC-04", CHILD_NOT_INVITED_REASON,
          "Why the child, 12 or over, is not invited (agreed by the social worker and the chair)");
    }
  }

  static LocalDate day(Gate gate, String field) {
    try {
      return gate.variables().date(field);
    } catch (IllegalArgumentException refusedElsewhere) {
      return null;
    }
  }
}
