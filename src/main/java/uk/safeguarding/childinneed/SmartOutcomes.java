package uk.safeguarding.childinneed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import uk.safeguarding.gates.Gate;

/**
 * CIN-04: the plan's outcomes are SMART and child-focused. Each says what will change for the child,
 * how that change is measured, who is responsible and by when (seed 002 Standard 5; seed 001 section 7:
 * outcomes, not services). Tasklist submits them from the form's dynamic list as a JSON list of
 * objects; a REST client may send a JSON list, a JSON text or a Java list of maps. They are kept as one
 * JSON variable, so the next meeting's form shows them again to be reviewed.
 */
public record SmartOutcomes(List<Outcome> outcomes) {

  /** One outcome; {@code progress} is what the last review said about it. */
  public record Outcome(String outcome, String measure, String owner, LocalDate byWhen, String progress) {

    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(OUTCOME, outcome);
      map.put(MEASURE, measure);
      map.put(OWNER, owner);
      map.put(BY_WHEN, byWhen == null ? null : byWhen.toString());
      if (progress != null) {
        map.put(PROGRESS, progress);
      }
      return map;
    }
  }

  static final String FIELD = ChildInNeedPlanProcess.Variables.SMART_OUTCOMES;
  static final String OUTCOME = "outcome";
  static final String MEASURE = "measure";
  static final String OWNER = "owner";
  static final String BY_WHEN = "byWhen";
  static final String PROGRESS = "progress";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the outcomes, adding a refusal to {@code gate}, naming the outcome's number, for each that is not SMART. */
  public static SmartOutcomes read(Object value, Gate gate) {
    List<Map<String, Object>> items;
    try {
      items = items(value);
    } catch (IllegalArgumentException e) {
      gate.refuse("CIN-04", FIELD, e.getMessage());
      return new SmartOutcomes(List.of());
    }
    if (items.isEmpty()) {
      gate.refuse("CIN-04", FIELD, "record at least one outcome: what will change for the child, how it is measured,"
          + " who is responsible and by when");
    }
    List<Outcome> outcomes = new ArrayList<>();
    int number = 0;
    for (Map<String, Object> item : items) {
      number++;
      String where = "outcome " + number;
      String outcome = text(item.get(OUTCOME));
      String measure = text(item.get(MEASURE));
      String owner = text(item.get(OWNER));
      String byWhenText = text(item.get(BY_WHEN));
      if (outcome == null) {
        gate.refuse("CIN-04", FIELD, where + " does not say what will change for the child");
      }
      if (measure == null) {
        gate.refuse("CIN-04", FIELD, where + " has no measure (how we will know it has changed)");
      }
      if (owner == null) {
        gate.refuse("CIN-04", FIELD, where + " has no owner (who is responsible)");
      }
      LocalDate byWhen = null;
      if (byWhenText == null) {
        gate.refuse("CIN-04", FIELD, where + " has no date (by when)");
      } else {
        try {
          byWhen = LocalDate.parse(byWhenText.length() > 10 ? byWhenText.substring(0, 10) : byWhenText);
        } catch (DateTimeParseException e) {
          gate.refuse("CIN-04", FIELD, where + " has no date as YYYY-MM-DD ('" + byWhenText + "')");
        }
      }
      outcomes.add(new Outcome(outcome, measure, owner, byWhen, text(item.get(PROGRESS))));
    }
    return new SmartOutcomes(outcomes);
  }

  /** Keeps the outcomes as one JSON variable, the shape the form's dynamic list reads back. */
  public void keep(VariableScope scope) {
    try {
      scope.setVariable(FIELD, SpinValues.jsonValue(JSON.writeValueAsString(outcomes.stream().map(Outcome::asMap).toList())).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Outcomes could not be written as JSON", e);
    }
  }

  /** One line per outcome, for records and notices. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    int number = 0;
    for (Outcome o : outcomes) {
      text.append(++number).append(". ").append(o.outcome()).append(" (measure: ").append(o.measure())
          .append("; owner: ").append(o.owner()).append("; by ").append(o.byWhen()).append(')');
      if (o.progress() != null) {
        text.append(" Progress: ").append(o.progress());
      }
      text.append('\n');
    }
    return text.toString().trim();
  }

  private static List<Map<String, Object>> items(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Object item : collection) {
        if (!(item instanceof Map<?, ?> map)) {
          throw new IllegalArgumentException("each outcome needs outcome, measure, owner and byWhen");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        items.add(copy);
      }
      return items;
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return List.of();
    }
    try {
      return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the outcomes must be a list of {outcome, measure, owner, byWhen}");
    }
  }

  private static String text(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().trim();
  }
}
