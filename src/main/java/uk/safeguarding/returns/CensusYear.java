package uk.safeguarding.returns;

import java.time.LocalDate;

/**
 * A collection year of the Department for Education's returns: 1 April of {@code year} to 31 March of
 * the next year, the census "reference date". The 2026 to 2027 census is {@code new CensusYear(2026)}.
 */
public record CensusYear(int year) {

  public CensusYear {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("a collection year such as 2026 (for 1 April 2026 to 31 March 2027), not " + year);
    }
  }

  public LocalDate start() {
    return LocalDate.of(year, 4, 1);
  }

  /** The reference date: the last day of the year. */
  public LocalDate end() {
    return LocalDate.of(year + 1, 3, 31);
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(start()) && !day.isAfter(end());
  }
}
