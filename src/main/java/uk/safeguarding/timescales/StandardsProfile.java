package uk.safeguarding.timescales;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One local authority's timescales, as read from {@code standards/<id>.yaml} and merged over the
 * profile it inherits. Rule entries keep their catalogue ID so a deadline can always be traced back.
 * Office hours are the front door's, named with the rules that count from a contact's receipt.
 */
public record StandardsProfile(
    String id, String name, String inherits, String description, List<String> qualityStandards,
    OfficeHours officeHours, Map<String, Rule> rules, Map<String, BreachEscalation> breachEscalations,
    NotificationTimes notifications) {

  /** The escalation that names each breach the system raises a professional disagreement for itself. */
  public static final String ESCALATION_RULE = "ESC-01";

  /**
   * ESC-01: a breach of {@code ruleId} raises a professional disagreement by itself, raised by one
   * party with the other. The profile says which breaches do so; a breach it does not list stays with
   * the team manager's review.
   */
  public record BreachEscalation(String ruleId, Party raisedBy, Party with, String position, String source) {}

  /**
   * A party to a breach's disagreement, one of: a named agency ({@code agency}); the first partner
   * agency a case variable names ({@code caseVariable}, optionally only those {@code oneOf}); or the
   * partner agency whose task for the breached step was still open at the deadline
   * ({@code lateAgency}: a request unanswered within its timescale).
   */
  public record Party(String agency, String caseVariable, List<String> oneOf, boolean lateAgency) {}

  public Optional<BreachEscalation> breachEscalation(String ruleId) {
    return Optional.ofNullable(breachEscalations == null ? null : breachEscalations.get(ruleId));
  }

  public record Rule(
      String id, String title, Timescale timescale, Map<String, Timescale> timescales,
      String from, String counting, String source, Map<String, String> countsFrom) {

    /** The key under which {@link #countsFrom} holds the event of a rule's single timescale. */
    public static final String SINGLE_TIMESCALE = "";

    /**
     * The event a timescale counts from where the profile names it for a pathway to read
     * ({@code countsFrom}, e.g. "the start of the placement"), or null where it leaves the event to the
     * diagram. {@link #from} says the same for a person, with the reasons.
     */
    public String countsFrom(String key) {
      timescale(key);
      return countsFrom.get(key == null ? SINGLE_TIMESCALE : key);
    }

    public Timescale timescale(String key) {
      if (key == null) {
        if (timescale != null) {
          return timescale;
        }
        throw new UnknownTimescaleException(id + " has several timescales " + timescales.keySet()
            + "; name the one you mean");
      }
      Timescale named = timescales.get(key);
      if (named == null) {
        throw new UnknownTimescaleException(id + " has no timescale '" + key + "'; it has "
            + (timescales.isEmpty() ? "a single timescale" : timescales.keySet()));
      }
      return named;
    }
  }

  public Rule rule(String ruleId) {
    Rule rule = rules.get(ruleId);
    if (rule == null) {
      throw new UnknownTimescaleException("Standards profile '" + id + "' has no timescale for rule " + ruleId);
    }
    return rule;
  }

  public List<String> qualityStandards() {
    return qualityStandards == null ? List.of() : Collections.unmodifiableList(qualityStandards);
  }
}
