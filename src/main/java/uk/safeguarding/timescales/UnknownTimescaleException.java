package uk.safeguarding.timescales;

/** A diagram or a case asked for a profile, rule or named timescale that no profile defines. */
public class UnknownTimescaleException extends IllegalArgumentException {

  public UnknownTimescaleException(String message) {
    super(message);
  }
}
