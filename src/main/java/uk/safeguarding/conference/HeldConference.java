package uk.safeguarding.conference;

import java.time.LocalDate;
import uk.safeguarding.standards.Gate;
import uk.safeguarding.standards.NextPathway;

/** A conference is recorded once it has been held: its decisions start clocks counted from its day. */
final class HeldConference {

  private HeldConference() {}

  static void check(Gate gate, String ruleId, String dateField) {
    LocalDate day = ChildInvitation.day(gate, dateField);
    if (day != null && day.isAfter(NextPathway.today())) {
      gate.refuse(ruleId, dateField, "the conference is set for " + day + ": record it once it has been held");
    }
  }
}
