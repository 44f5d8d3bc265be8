package uk.safeguarding.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.safeguarding.contract.CensusCodes;

/**
 * A child who does not exist: a name put together from common first names and surnames, a date of birth,
 * the census's characteristics and, from school age, a UPN whose check letter is right (census rules 1510,
 * 1540, 1550), before it UN1 (under 6, not at school yet) under a local authority number no authority has (999). Made from the case reference, so the
 * same case always has the same child.
 */
record DemoChild(String caseReference, String firstName, String surname, String sex, LocalDate dateOfBirth,
    String ethnicity, List<String> disabilities, String upn, String household) {

  private static final List<String> GIRLS = List.of("Amelia", "Ava", "Chloe", "Ella", "Evie", "Freya", "Grace", "Isla",
      "Lily", "Maya", "Mia", "Nia", "Poppy", "Rosie", "Ruby", "Sofia", "Zara", "Aisha", "Hana", "Layla");
  private static final List<String> BOYS = List.of("Alfie", "Arlo", "Ben", "Charlie", "Dylan", "Finley", "George", "Harry",
      "Jack", "Jacob", "Leo", "Logan", "Mason", "Noah", "Oscar", "Reuben", "Theo", "Yusuf", "Kai", "Omar");
  private static final List<String> SURNAMES = List.of("Ashby", "Barker", "Carver", "Dale", "Ellison", "Fenwick", "Gale",
      "Hollis", "Irwin", "Jarvis", "Kemp", "Lowe", "Marsh", "Nolan", "Osborne", "Pryce", "Quayle", "Rowntree", "Slater",
      "Thorne", "Underwood", "Vance", "Walsh", "Yardley", "Ahmed", "Begum", "Okafor", "Mensah", "Kowalski", "Novak");
  private static final List<String> ADULTS = List.of("Jo", "Sam", "Alex", "Chris", "Kim", "Lee", "Dani", "Robin", "Jamie", "Toni");
  /** Roughly the mix of children in need in England: most White British, every group present. */
  private static final List<String> ETHNICITIES = List.of("WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI",
      "WBRI", "WBRI", "WOTH", "WIRI", "MWBC", "MWAS", "MOTH", "APKN", "AIND", "ABAN", "BAFR", "BCRB", "OOTH", "NOBT");
  private static final List<String> DISABILITIES = List.of("LD", "AUT", "COMM", "BEH", "MOB", "HEAR", "VIS");
  /** No authority has 999: the UPN is plainly not a real child's. */
  private static final String NO_AUTHORITY = "999";

  /** The child of this case, born between four months and 17 years before {@code yearStarts} (so before any referral in the year). */
  static DemoChild of(String caseReference, LocalDate yearStarts) {
    LocalDate referredOn = yearStarts;
    Random random = new Random(caseReference.hashCode());
    boolean girl = random.nextBoolean();
    String firstName = (girl ? GIRLS : BOYS).get(random.nextInt(GIRLS.size()));
    String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
    LocalDate born = referredOn.minusDays(120 + random.nextInt(17 * 365));
    List<String> disabilities = random.nextInt(10) == 0 ? List.of(DISABILITIES.get(random.nextInt(DISABILITIES.size())))
        : List.of("NONE");
    // a child not yet at school has none, and says why (UN1), as both returns ask
    String upn = born.isBefore(referredOn.minusYears(5)) ? upn(random, born) : "UN1";
    List<String> household = new ArrayList<>();
    household.add("Mother " + ADULTS.get(random.nextInt(ADULTS.size())) + " " + surname);
    if (random.nextBoolean()) {
      household.add("Father " + ADULTS.get(random.nextInt(ADULTS.size())) + " " + surname);
    }
    if (random.nextInt(3) > 0) {
      household.add((random.nextBoolean() ? "Sister " + GIRLS.get(random.nextInt(GIRLS.size()))
          : "Brother " + BOYS.get(random.nextInt(BOYS.size()))) + " " + surname + " (" + (2 + random.nextInt(12)) + ")");
    }
    return new DemoChild(caseReference, firstName, surname, girl ? "F" : "M", born,
        ETHNICITIES.get(random.nextInt(ETHNICITIES.size())), disabilities, upn, String.join("; ", household));
  }

  String name() {
    return firstName + " " + surname;
  }

  /** A UPN as a school gives one: check letter, authority, school, year of allocation, serial. */
  private static String upn(Random random, LocalDate born) {
    String digits = NO_AUTHORITY + String.format("%04d", 2000 + random.nextInt(4000))
        + String.format("%02d", (born.getYear() + 5) % 100) + String.format("%03d", random.nextInt(1000));
    return CensusCodes.upnCheckLetter("?" + digits) + digits;
  }
}
