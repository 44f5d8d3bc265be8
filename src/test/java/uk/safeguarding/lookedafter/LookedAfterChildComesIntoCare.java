package uk.safeguarding.lookedafter;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.breaches.StandardsBreachRegister;

/** Mia, born 3 May 2018, comes into care on Monday 21 December 2026: the looked after child's tests start here. */
abstract class LookedAfterChildComesIntoCare extends ProcessTestBase {

  static final String BORN = "2018-05-03";
  static final String SINCE = "2026-12-21";

  @Autowired
  StandardsBreachRegister breaches;

  LookedAfterScenario child;

  @BeforeEach
  void aChildComesIntoCare() {
    clockAt("2026-12-21T15:00");
    child = new LookedAfterScenario(engine, breachReviews, uniqueCaseReference());
    child.dateOfBirth = java.time.LocalDate.parse(BORN);
  }
}
