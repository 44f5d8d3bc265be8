package uk.safeguarding.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One variable of a case as the contract declares it: its name, the kind of answer it holds and, for
 * a choice or a checklist, the values it may take. The contract checks a submitted value against it on
 * the server, because a Camunda Form validates in the browser only.
 *
 * <p>One encoding per kind of answer: a yes/no question is a {@link Kind#YES_NO} answered with a
 * Boolean ({@code true}/{@code false}); the words "yes" and "no" are still read from REST clients
 * written against earlier versions. A date is an ISO day ({@code 2026-12-04}) or a {@link Date}.
 */
public record CaseVariable(String name, Kind kind, List<String> allowed) {

  public enum Kind {
    /** Free text typed by a person. */
    TEXT,
    /** A day: ISO text, as a form's date field sends it, or a Date. */
    DATE,
    /** A yes/no answer: a Boolean. */
    YES_NO,
    NUMBER,
    /** One value of {@link #allowed}. */
    CHOICE,
    /** Several values, each of {@link #allowed} (any text where none are listed). */
    CHECKLIST,
    /** A form's dynamic list: a JSON array of objects. */
    ROWS
  }

  private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

  public CaseVariable {
    allowed = List.copyOf(allowed);
  }

  public static CaseVariable text(String name) {
    return new CaseVariable(name, Kind.TEXT, List.of());
  }

  public static CaseVariable date(String name) {
    return new CaseVariable(name, Kind.DATE, List.of());
  }

  public static CaseVariable yesNo(String name) {
    return new CaseVariable(name, Kind.YES_NO, List.of("true", "false"));
  }

  public static CaseVariable number(String name) {
    return new CaseVariable(name, Kind.NUMBER, List.of());
  }

  public static CaseVariable choice(String name, List<String> allowed) {
    return new CaseVariable(name, Kind.CHOICE, allowed);
  }

  public static CaseVariable choice(String name, String... allowed) {
    return choice(name, List.of(allowed));
  }

  public static CaseVariable checklist(String name, List<String> allowed) {
    return new CaseVariable(name, Kind.CHECKLIST, allowed);
  }

  public static CaseVariable checklist(String name, String... allowed) {
    return checklist(name, List.of(allowed));
  }

  public static CaseVariable rows(String name) {
    return new CaseVariable(name, Kind.ROWS, List.of());
  }

  /**
   * What is wrong with {@code value} for this variable, in words for the person who sent it, or null
   * when it fits. Nothing (null or blank) always fits: whether an answer is required is the gate's
   * question, which it asks with the rule ID.
   */
  public String problemWith(Object value) {
    String kindProblem = kindProblem(value);
    return kindProblem != null ? kindProblem : choiceProblem(value);
  }

  /**
   * Whether the value is of the wrong kind (a date that is no date, a list that is no list): code that
   * reads it could fail, so it is refused before anything runs. A value of the right kind that is not
   * one of the allowed values is a {@link #choiceProblem}.
   */
  public String kindProblem(Object value) {
    Object plain = SubmittedValue.plain(value);
    if (isNothing(plain)) {
      return null;
    }
    return switch (kind) {
      case TEXT -> plain instanceof JsonNode node && !node.isValueNode() ? "should be text" : null;
      case DATE -> isDay(plain) ? null : "should be a date (YYYY-MM-DD), not '" + plain + "'";
      case YES_NO -> isYesNo(plain) ? null : "should be yes or no (true or false), not '" + plain + "'";
      case NUMBER -> plain instanceof Number || NUMBER.matcher(text(plain)).matches() ? null
          : "should be a number, not '" + plain + "'";
      case CHOICE -> null;
      case CHECKLIST -> items(plain) == null
          ? "should be a list of " + (allowed.isEmpty() ? "values" : allowed.toString()) : null;
      case ROWS -> rowsProblem(plain);
    };
  }

  /** A value of the right kind that is not one the declaration allows. */
  public String choiceProblem(Object value) {
    Object plain = SubmittedValue.plain(value);
    if (isNothing(plain)) {
      return null;
    }
    return switch (kind) {
      case CHOICE -> allowed.contains(text(plain)) ? null : "should be one of " + allowed + ", not '" + plain + "'";
      case CHECKLIST -> checklistProblem(plain);
      default -> null;
    };
  }

  private String checklistProblem(Object plain) {
    List<String> items = items(plain);
    if (items == null) {
      return "should be a list of " + (allowed.isEmpty() ? "values" : allowed.toString());
    }
    List<String> unknown = allowed.isEmpty() ? List.of() : items.stream().filter(item -> !allowed.contains(item)).toList();
    return unknown.isEmpty() ? null : unknown + " not one of " + allowed;
  }

  private static String rowsProblem(Object plain) {
    JsonNode node = plain instanceof JsonNode json ? json : SubmittedValue.parseJson(text(plain));
    if (node == null) {
      return plain instanceof Collection<?> ? null : "should be a list of rows (a JSON array)";
    }
    if (!node.isArray()) {
      return "should be a list of rows (a JSON array)";
    }
    for (JsonNode row : node) {
      if (!row.isObject()) {
        return "each row should be an object, not " + row;
      }
    }
    return null;
  }

  static boolean isNothing(Object plain) {
    return plain == null || (plain instanceof String text && text.isBlank())
        || (plain instanceof JsonNode node && (node.isNull() || node.isMissingNode()));
  }

  static String text(Object plain) {
    if (plain instanceof JsonNode node && node.isValueNode()) {
      return node.asText().trim();
    }
    return plain.toString().trim();
  }

  private static boolean isDay(Object plain) {
    if (plain instanceof Date || plain instanceof LocalDate) {
      return true;
    }
    String text = text(plain);
    try {
      if (ISO_DAY.matcher(text).matches()) {
        LocalDate.parse(text);
      } else {
        OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
      }
      return true;
    } catch (DateTimeParseException e) {
      try {
        java.time.LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException notAtAll) {
        return false;
      }
    }
  }

  private static boolean isYesNo(Object plain) {
    if (plain instanceof Boolean) {
      return true;
    }
    String text = text(plain).toLowerCase();
    return text.equals("true") || text.equals("false") || text.equals("yes") || text.equals("no");
  }

  /** The items of a checklist as it is kept (a list, a JSON array, comma-separated text); empty for nothing or no list. */
  public static List<String> itemsOf(Object value) {
    Object plain = SubmittedValue.plain(value);
    List<String> items = isNothing(plain) ? null : items(plain);
    return items == null ? List.of() : items;
  }

  /** The items of a checklist as a form or a REST client sends it, or null if it is no list at all. */
  static List<String> items(Object plain) {
    List<String> items = new ArrayList<>();
    if (plain instanceof Collection<?> collection) {
      collection.forEach(item -> addItem(items, item));
      return items;
    }
    if (plain instanceof Object[] array) {
      for (Object item : array) {
        addItem(items, item);
      }
      return items;
    }
    JsonNode node = plain instanceof JsonNode json ? json : null;
    String text = text(plain);
    if (node == null && text.startsWith("[")) {
      node = SubmittedValue.parseJson(text);
    }
    if (node != null) {
      if (!node.isArray()) {
        return node.isValueNode() ? List.of(node.asText().trim()) : null;
      }
      for (JsonNode item : node) {
        if (!item.isValueNode()) {
          return null;
        }
        addItem(items, item.asText());
      }
      return items;
    }
    for (String item : text.split(",")) {
      addItem(items, item);
    }
    return items;
  }

  private static void addItem(List<String> items, Object item) {
    if (item != null && !item.toString().isBlank()) {
      items.add(item.toString().trim());
    }
  }
}
