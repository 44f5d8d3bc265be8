package uk.safeguarding.childcase;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One significant event of a child's case (CHR-01): when it happened, which pathway or record it
 * comes from, and what happened. Every entry is read from where it was first recorded, never typed
 * again.
 */
public record ChronologyEntry(ZonedDateTime at, String source, String event) {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** One line of the chronology as the review task shows it. */
  public String line() {
    return SHOWN.format(at) + "  " + source + ": " + event;
  }
}
