package uk.safeguarding.lookedafter;

import java.util.Arrays;
import java.util.List;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.gates.Gate;

/**
 * What the SSDA903 return asks of a placement wherever one begins (the child becoming looked after, a move):
 * its type, its provider and its postcode, checked on the server as the DfE's rules check them, so the return
 * does not find them wrong months later. One helper for both ways in.
 */
final class PlacementDetails {

  /** Short breaks (V3, V4) are returned without postcodes (DfE rules 398, 399). */
  static final List<String> SHORT_BREAKS = Arrays.asList("V3", "V4");

  private PlacementDetails() {}

  /**
   * The provider is required except for a temporary placement, which has none (rules 178, 526); the placement's
   * postcode is required except for short breaks, and must read as a UK postcode (rules 392b, 392c).
   */
  static void check(Gate gate, String ruleId, String typeField, String providerField, String postcodeField, String legalStatus) {
    String type = gate.variables().text(typeField);
    boolean temporary = LookedAfterCodes.TEMPORARY_PLACEMENTS.contains(type);
    if (temporary && gate.variables().hasText(providerField)) {
      gate.refuse(ruleId, providerField, "a temporary placement (" + type + ") has no provider (SSDA903 rule 178); leave it empty");
    } else if (type != null && !temporary) {
      gate.requireOneOf(ruleId, providerField, LookedAfterChildProcess.PLACEMENT_PROVIDERS);
    }
    if (!SHORT_BREAKS.contains(legalStatus)) {
      gate.requireText(ruleId, postcodeField, "The placement's postcode");
    }
    postcode(gate, ruleId, postcodeField);
  }

  /** A postcode, when given, must read as one (DfE rule 392c). */
  static void postcode(Gate gate, String ruleId, String field) {
    String postcode = gate.variables().text(field);
    if (postcode != null && !postcode.isBlank() && !postcode.trim().matches(LookedAfterChildProcess.POSTCODE_PATTERN)) {
      gate.refuse(ruleId, field, "is not a UK postcode such as SW1A 1AA (SSDA903 rule 392c)");
    }
  }
}
