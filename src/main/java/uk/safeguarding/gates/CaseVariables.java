package uk.safeguarding.gates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.safeguarding.timescales.Standards;

/**
 * Reads case variables the way both Tasklist and the REST API send them: a Camunda Form submits
 * dates as ISO text and checklists as lists, a REST client may send Date, Boolean or a
 * comma-separated string. Absent and blank mean the same thing to a gate.
 */
public record CaseVariables(VariableScope scope) {

  public static CaseVariables of(VariableScope scope) {
    return new CaseVariables(scope);
  }

  public Object raw(String name) {
    return scope.getVariable(name);
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public boolean hasText(String name) {
    return text(name) != null;
  }

  /** True only for an explicit yes: Boolean true, "true" or "yes". */
  public boolean isTrue(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return b;
    }
    String text = text(name);
    return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes"));
  }

  /** Whether the variable holds a yes/no answer at all, as opposed to nothing. */
  public boolean isAnswered(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean) {
      return true;
    }
    String text = text(name);
    return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
        || text.equalsIgnoreCase("yes") || text.equalsIgnoreCase("no"));
  }

  public LocalDate date(String name) {
    ZonedDateTime moment = moment(name);
    return moment == null ? null : moment.toLocalDate();
  }

  public ZonedDateTime moment(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return Standards.toDateTime(value, name);
  }

  /** A checklist: a list, an array, a JSON-style "[a, b]" or "a,b" string. */
  public List<String> list(String name) {
    return toList(scope.getVariable(name));
  }

  public static List<String> toList(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> add(items, item));
    } else if (value instanceof Object[] array) {
      for (Object item : array) {
        add(items, item);
      }
    } else if (value != null) {
      String text = value.toString().trim();
      if (text.startsWith("[") && text.endsWith("]")) {
        text = text.substring(1, text.length() - 1);
      }
      for (String item : text.split(",")) {
        add(items, item.replace("\"", ""));
      }
    }
    return items;
  }

  private static void add(List<String> items, Object item) {
    if (item != null && !item.toString().isBlank()) {
      items.add(item.toString().trim());
    }
  }
}
