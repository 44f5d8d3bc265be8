package uk.safeguarding.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * A value as it reaches the engine: a plain Java object from code, a typed value from REST and
 * Tasklist, JSON text from a form's checklist or dynamic list. Read without deserialising anything
 * into Java classes, so a value that is not what it claims to be is refused, not run.
 */
final class SubmittedValue {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmittedValue() {}

  /** Thrown for a value that says it is JSON and is not. */
  static final class NotJsonException extends RuntimeException {
    NotJsonException(String message) {
      super(message);
    }
  }

  /**
   * The value submitted under {@code name}, typed where the submission is typed: reading a Json
   * variable of a VariableMap untyped would parse it, and fail, before anyone could say so politely.
   */
  static Object of(java.util.Map<String, ?> submitted, String name) {
    return submitted instanceof org.camunda.bpm.engine.variable.VariableMap typed ? typed.getValueTyped(name)
        : submitted.get(name);
  }

  /** The value itself: JSON as a tree, a typed value's object, anything else as it came. */
  static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String serialized = serializable.getValueSerialized();
      if (serialized == null) {
        return null;
      }
      if (isJson(serializable)) {
        JsonNode node = parseJson(serialized);
        if (node == null) {
          throw new NotJsonException("is not valid JSON");
        }
        return node;
      }
      return serialized;
    }
    if (value instanceof TypedValue typed) {
      Object inner = typed.getValue();
      return inner != null && inner.getClass().getName().startsWith("org.camunda.spin") ? parseJson(inner.toString()) : inner;
    }
    return value;
  }

  private static boolean isJson(SerializableValue value) {
    String format = value.getSerializationDataFormat();
    return (format != null && format.contains("json"))
        || (value.getType() != null && "json".equalsIgnoreCase(value.getType().getName()));
  }

  /** The JSON tree of {@code text}, or null when it is not JSON. */
  static JsonNode parseJson(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * Whether a submitted value leaves the case's value as it was: the same day however it is
   * written, the same JSON however it is spaced, the same text without surrounding blanks.
   */
  static boolean unchanged(Object current, Object submitted) {
    Object was = plain(current);
    Object now = plain(submitted);
    if (CaseVariable.isNothing(was) || CaseVariable.isNothing(now)) {
      return CaseVariable.isNothing(was) && CaseVariable.isNothing(now);
    }
    LocalDate wasDay = day(was);
    LocalDate nowDay = day(now);
    if (wasDay != null || nowDay != null) {
      return Objects.equals(wasDay, nowDay);
    }
    JsonNode wasJson = json(was);
    JsonNode nowJson = json(now);
    if (wasJson != null && nowJson != null && (wasJson.isContainerNode() || nowJson.isContainerNode())) {
      return wasJson.equals(nowJson);
    }
    return CaseVariable.text(was).equals(CaseVariable.text(now));
  }

  private static LocalDate day(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    String text = CaseVariable.text(value);
    if (text.matches("^\\d{4}-\\d{2}-\\d{2}.*")) {
      try {
        return LocalDate.parse(text.substring(0, 10));
      } catch (RuntimeException notADay) {
        return null;
      }
    }
    return null;
  }

  private static JsonNode json(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>) {
      return JSON.valueToTree(value);
    }
    String text = CaseVariable.text(value);
    return text.startsWith("[") || text.startsWith("{") ? parseJson(text) : null;
  }
}
