package uk.safeguarding.strategy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.gates.Gate;

/**
 * SD-05: the actions a strategy discussion agrees, each with an agency, an owner and a due date.
 * Tasklist sends them as lines "agency; owner; due date; action"; a REST client may also send a list
 * of objects with those four keys.
 */
public record AgreedActions(List<Action> actions) {

  public record Action(String agency, String owner, LocalDate due, String action) {}

  static final String FIELD = StrategyDiscussionProcess.Variables.AGREED_ACTIONS;

  /** Parses the actions, adding a refusal to {@code gate} for every line that is not SMART. */
  public static AgreedActions read(Object value, LocalDate notBefore, Gate gate) {
    List<Action> actions = new ArrayList<>();
    List<Object> lines = new ArrayList<>();
    if (value instanceof Collection<?> items) {
      lines.addAll(items);
    } else if (value != null) {
      for (String line : value.toString().split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    if (lines.isEmpty()) {
      gate.refuse("SD-05", FIELD, "record at least one agreed action as 'agency; owner; due date; action'");
    }
    int number = 0;
    for (Object line : lines) {
      number++;
      String[] parts = parts(line);
      String where = "action " + number;
      if (parts.length != 4) {
        gate.refuse("SD-05", FIELD, where + " must read 'agency; owner; due date (YYYY-MM-DD); action'");
        continue;
      }
      String agency = parts[0];
      if (agency.isEmpty() || Agency.byGroupId(agency).isEmpty()) {
        gate.refuse("SD-05", FIELD, where + " has no agency we know ('" + agency + "'); use a group id such as police or health");
      }
      if (parts[1].isEmpty()) {
        gate.refuse("SD-05", FIELD, where + " has no owner");
      }
      LocalDate due = null;
      try {
        due = LocalDate.parse(parts[2]);
        if (notBefore != null && due.isBefore(notBefore)) {
          gate.refuse("SD-05", FIELD, where + " is due " + due + ", before the discussion");
        }
      } catch (DateTimeParseException e) {
        gate.refuse("SD-05", FIELD, where + " has no due date as YYYY-MM-DD ('" + parts[2] + "')");
      }
      if (parts[3].isEmpty()) {
        gate.refuse("SD-05", FIELD, where + " does not say what is to be done");
      }
      actions.add(new Action(agency, parts[1], due, parts[3]));
    }
    return new AgreedActions(actions);
  }

  private static String[] parts(Object line) {
    if (line instanceof Map<?, ?> map) {
      return new String[] {text(map.get("agency")), text(map.get("owner")), text(map.get("dueDate")), text(map.get("action"))};
    }
    String[] raw = line.toString().split(";", 4);
    String[] trimmed = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      trimmed[i] = raw[i].trim();
    }
    return trimmed;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
