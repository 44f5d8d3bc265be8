package uk.safeguarding.returns;

import java.util.List;
import uk.safeguarding.returns.CinCensusRule.WhereFixed;

/**
 * One of the DfE's SSDA903 validation rules: its number and message as the DfE publishes them, the table and
 * column it checks, where in the pathways that column is recorded (so the data quality page can send a
 * practitioner there), and the check itself, for one child of the return.
 */
public record Ssda903Rule(String number, String message, String column, WhereFixed fixedAt, Check check) {

  /** Whether the child breaks the rule, given the whole return. */
  @FunctionalInterface
  public interface Check {
    boolean fails(Ssda903Child child, Ssda903Return ssda903);
  }

  /** The return being checked. */
  public record Ssda903Return(CensusYear year, List<Ssda903Child> children) {}

  public boolean fails(Ssda903Child child, Ssda903Return ssda903) {
    return check.fails(child, ssda903);
  }
}
