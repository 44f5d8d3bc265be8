package uk.safeguarding.conference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import uk.safeguarding.gates.Gate;

/**
 * The lists a conference form takes several items of (each agency's view, the danger statements, the
 * attendance): a Camunda Form's dynamic list submits them as Json, a REST client as Json text or a
 * list of maps. They are written back as Json, so the next form shows them prefilled.
 */
final class ConferenceRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConferenceRows() {}

  static List<Map<String, Object>> read(VariableScope scope, String name) {
    return parse(scope.getVariable(name), name);
  }

  /** The rows a gate checks; null, with the refusal added, when the variable is not a list of items. */
  static List<Map<String, Object>> read(Gate gate, String ruleId, String name) {
    try {
      return read(gate.variables().scope(), name);
    } catch (IllegalArgumentException e) {
      gate.refuse(ruleId, name, e.getMessage());
      return null;
    }
  }

  static List<Map<String, Object>> parse(Object value, String name) {
    if (value == null) {
      return new ArrayList<>();
    }
    if (value instanceof Collection<?> items) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object item : items) {
        if (item instanceof Map<?, ?> map) {
          Map<String, Object> row = new LinkedHashMap<>();
          map.forEach((k, v) -> row.put(String.valueOf(k), v));
          rows.add(row);
        } else {
          throw new IllegalArgumentException(name + ": each item must be a set of fields, not '" + item + "'");
        }
      }
      return rows;
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return new ArrayList<>();
    }
    try {
      return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " must be a list of items (Json), not '" + abbreviate(text) + "'", e);
    }
  }

  static TypedValue json(List<? extends Map<String, ?>> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static TypedValue jsonList(List<String> items) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(items)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Map<String, Object> row, String field) {
    Object value = row.get(field);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  static boolean yes(Map<String, Object> row, String field) {
    String text = text(row, field);
    return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes"));
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
