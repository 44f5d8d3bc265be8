package uk.safeguarding.returns;

import java.util.List;

/**
 * One of the DfE's children in need census validation rules: its number and message as the DfE
 * publishes them, the census item it checks, where in the pathways that item is recorded (so the data
 * quality page can send a practitioner there), and the check itself, for one child of the return.
 */
public record CinCensusRule(String number, String message, String item, WhereFixed fixedAt, Check check) {

  /** Whether the child breaks the rule, given the whole return (a duplicate ID is one child among others). */
  @FunctionalInterface
  public interface Check {
    boolean fails(CinCensusChild child, Census census);
  }

  /** The return being checked. */
  public record Census(CensusYear year, List<CinCensusChild> children) {}

  /**
   * The step of a pathway that records the item: a process key and the element of its task (null for
   * one the system records, fixed through the child's case), in the words of the data quality page.
   */
  public record WhereFixed(String processKey, String taskId, String words) {}

  public boolean fails(CinCensusChild child, Census census) {
    return check.fails(child, census);
  }
}
