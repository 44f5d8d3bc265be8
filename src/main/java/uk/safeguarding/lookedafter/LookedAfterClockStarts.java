package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.LOOKED_AFTER_SINCE;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.PLACEMENT_START_DATE;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.timescales.StandardsProfile;

/**
 * The day a looked after clock starts where authorities differ on it, as the case's profile says
 * ({@code countsFrom}). Nationally the initial health assessment (LAC-04) and the PEP (LAC-06 pep)
 * count from the child becoming looked after; Manchester counts both "within 5 days of placement" (seed
 * 004), from the start of the placement, which can be later. The diagrams write
 * {@code standards.due(execution, 'LAC-04', lookedAfterClockStarts.day(execution, 'LAC-04'))}, so the
 * profile chooses the day as it chooses the timescale.
 */
@Component("lookedAfterClockStarts")
public class LookedAfterClockStarts {

  /** The events a looked after profile may count from, and the case variable that holds each day. */
  static final Map<String, String> EVENTS = Map.of(
      "the child becoming looked after", LOOKED_AFTER_SINCE,
      "the start of the placement", PLACEMENT_START_DATE);

  /** A timescale whose start the profile chooses; {@code timescaleKey} is null for a rule's only timescale. */
  record ChosenStart(String ruleId, String timescaleKey) {}

  static final List<ChosenStart> CHOSEN_BY_THE_PROFILE = List.of(new ChosenStart("LAC-04", null), new ChosenStart("LAC-06", "pep"));

  private final Standards standards;

  public LookedAfterClockStarts(Standards standards) {
    this.standards = standards;
    // Like a bad timescale, an event this pathway cannot read stops the application before it reaches a case.
    standards.profiles().all().values().forEach(profile -> CHOSEN_BY_THE_PROFILE.forEach(start -> variableFor(profile, start.ruleId(), start.timescaleKey())));
  }

  /** The day the rule's only timescale counts from for this case. */
  public Object day(VariableScope execution, String ruleId) {
    return day(execution, ruleId, null);
  }

  /** The day the rule's named timescale counts from for this case. */
  public Object day(VariableScope execution, String ruleId, String timescaleKey) {
    StandardsProfile profile = standards.profiles().profile(standards.profileOf(execution));
    return execution.getVariable(variableFor(profile, ruleId, timescaleKey));
  }

  private static String variableFor(StandardsProfile profile, String ruleId, String timescaleKey) {
    String event = profile.rule(ruleId).countsFrom(timescaleKey);
    String variable = event == null ? null : EVENTS.get(event);
    if (variable == null) {
      throw new IllegalStateException("Standards profile '" + profile.id() + "': " + ruleId
          + (timescaleKey == null ? "" : " " + timescaleKey) + " must say what it countsFrom, one of " + EVENTS.keySet()
          + (event == null ? "" : ", not '" + event + "'"));
    }
    return variable;
  }
}
