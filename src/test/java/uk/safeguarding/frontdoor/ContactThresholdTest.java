package uk.safeguarding.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.ProcessTestBase;

/**
 * FD-04: the decision table processes/frontdoor/contact-threshold.dmn, as deployed, row by row: one
 * case for every rule, so a designer who edits the table sees which row changed.
 */
class ContactThresholdTest extends ProcessTestBase {

  @ParameterizedTest(name = "FD-04 risk={0} level={1} domestic abuse={2} suggests {3}")
  @CsvSource({
      "true,  1, false, immediateStrategyDiscussion, An immediate-risk indicator",
      "true,  4, true,  immediateStrategyDiscussion, An immediate-risk indicator",
      "false, 4, false, childAndFamilyAssessment,    Level 4",
      "false, 4, true,  childAndFamilyAssessment,    Level 4",
      "false, 3, true,  childAndFamilyAssessment,    domestic abuse screening found a risk factor",
      "false, 3, false, earlyHelp,                   Team Around the Child",
      "false, 2, false, earlyHelp,                   Level 2",
      "false, 2, true,  earlyHelp,                   Level 2",
      "false, 1, true,  earlyHelp,                   rather than advice alone",
      "false, 1, false, advice,                      Level 1 (universal needs) with no immediate risk"})
  void fd04_theThresholdTableSuggestsAnOutcomeAndSaysWhy(boolean risk, int level, boolean domesticAbuse, String outcome, String why) {
    DmnDecisionTableResult result = engine.getDecisionService().evaluateDecisionTableByKey(ContactProcess.DECISION_KEY,
        Map.of("immediateRisk", risk, "levelOfNeed", level, "domesticAbuseRisk", domesticAbuse));

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<String>getEntry("suggestedOutcome")).isEqualTo(outcome);
    assertThat(result.getSingleResult().<String>getEntry("suggestionReason")).contains(why);
  }
}
