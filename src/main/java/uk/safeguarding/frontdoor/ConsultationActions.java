package uk.safeguarding.frontdoor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;

/**
 * FD-07: the actions agreed at a consultation, one a line, "due date; what the referring agency does"
 * (a REST client may send a list of such lines). Each becomes a task for the referring agency, due on
 * its day: the diagram asks {@code ${standards.endOf(consultationActionList.dayOf(consultationAction))}}.
 */
@Component("consultationActionList")
public class ConsultationActions {

  public List<String> listed(Object actions) {
    return lines(actions);
  }

  /** The day an action is due, as its line gives it (checked by {@link #check} when the actions were agreed). */
  public String dayOf(String action) {
    return action.split(";", 2)[0].trim();
  }

  static List<String> lines(Object actions) {
    if (actions == null) {
      return List.of();
    }
    if (actions instanceof java.util.Collection<?> items) {
      return items.stream().map(Object::toString).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
    return actions.toString().lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  /** Refuses, under FD-07, every line without a due date from today on or without an action. */
  static void check(Gate gate, String field, LocalDate today) {
    int number = 0;
    for (String line : lines(gate.variables().raw(field))) {
      number++;
      String[] parts = line.split(";", 2);
      if (parts.length != 2 || parts[1].isBlank()) {
        gate.refuse("FD-07", field, "action " + number + " must read 'due date (YYYY-MM-DD); what your agency does'");
        continue;
      }
      try {
        LocalDate due = LocalDate.parse(parts[0].trim());
        if (due.isBefore(today)) {
          gate.refuse("FD-07", field, "action " + number + " is due " + due + ", before today");
        }
      } catch (DateTimeParseException e) {
        gate.refuse("FD-07", field, "action " + number + " has no due date as YYYY-MM-DD ('" + parts[0].trim() + "')");
      }
    }
  }

  static boolean any(CaseVariables variables, String field) {
    return !lines(variables.raw(field)).isEmpty();
  }
}
