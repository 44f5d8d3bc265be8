package uk.safeguarding.returns;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The SSDA903 return checked all year round, beside the census: each child of the year that breaks a rule, with the
 * rule's number and message and a link to where it is put right (the child's open task that records it, or else the
 * child's case page), as {@link CinCensusValidation} links the census's.
 */
@Component
public class Ssda903Validation {

  /** One rule one child breaks. */
  public record Failure(String caseReference, String childId, String rule, String message, String column, String fixedAt,
      String link) {}

  private final CinCensusValidation census;

  public Ssda903Validation(CinCensusValidation census) {
    this.census = census;
  }

  /** The rules a child of the return breaks, in number order. */
  public static List<Ssda903Rule> failedRules(Ssda903Child child, Ssda903Rule.Ssda903Return ssda903) {
    return Ssda903Rules.ALL.stream().filter(rule -> rule.fails(child, ssda903)).toList();
  }

  public List<Failure> failures(CensusYear year, List<Ssda903Child> children) {
    Ssda903Rule.Ssda903Return ssda903 = new Ssda903Rule.Ssda903Return(year, children);
    List<Failure> failures = new ArrayList<>();
    for (Ssda903Child child : children) {
      for (Ssda903Rule rule : failedRules(child, ssda903)) {
        failures.add(new Failure(child.caseReference(), child.childId(), rule.number(), rule.message(), rule.column(),
            rule.fixedAt().words(), census.link(child.caseReference(), rule.fixedAt())));
      }
    }
    return failures;
  }
}
