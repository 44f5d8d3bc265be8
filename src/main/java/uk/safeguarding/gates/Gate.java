package uk.safeguarding.gates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.contract.ChoicesForTheGate;

/**
 * Collects every refusal of one submission before refusing, so a practitioner puts all of them right
 * in one go instead of meeting them one at a time.
 */
public final class Gate {

  private static final Logger LOG = LoggerFactory.getLogger(Gate.class);
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");
  private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!T)");

  private final CaseVariables variables;
  private final List<GateRefusedException.Refusal> refusals = new ArrayList<>();
  private final String elementId;

  private Gate(VariableScope scope) {
    this.variables = CaseVariables.of(scope);
    this.elementId = scope instanceof DelegateExecution execution ? execution.getCurrentActivityId() : null;
  }

  public static Gate on(VariableScope scope) {
    return new Gate(scope);
  }

  public CaseVariables variables() {
    return variables;
  }

  public Gate requireText(String ruleId, String field, String what) {
    if (!variables.hasText(field)) {
      refuse(ruleId, field, what + " is required");
    }
    return this;
  }

  public Gate requireAnswer(String ruleId, String field, String question) {
    if (!variables.isAnswered(field)) {
      refuse(ruleId, field, "answer '" + question + "' (yes or no)");
    }
    return this;
  }

  public Gate requireOneOf(String ruleId, String field, List<String> allowed) {
    String value = variables.text(field);
    if (value == null || !allowed.contains(value)) {
      refuse(ruleId, field, "must be one of " + allowed + (value == null ? "" : ", not '" + value + "'"));
    }
    return this;
  }

  /** A checklist with at least one item ticked, every one of them known. */
  public Gate requireSomeOf(String ruleId, String field, List<String> allowed, String what) {
    List<String> chosen = variables.list(field);
    if (chosen.isEmpty()) {
      refuse(ruleId, field, what + " (one or more of " + allowed + ")");
    }
    chosen.stream().filter(item -> !allowed.contains(item))
        .forEach(item -> refuse(ruleId, field, "'" + item + "' is not one of " + allowed));
    return this;
  }

  public Gate requireDate(String ruleId, String field, String what) {
    try {
      if (variables.date(field) == null) {
        refuse(ruleId, field, what + " is required (YYYY-MM-DD)");
      }
    } catch (IllegalArgumentException e) {
      refuse(ruleId, field, e.getMessage());
    }
    return this;
  }

  /** Refuses a date after today (London): a concern cannot arise, nor a child be born, tomorrow. */
  public Gate notInFuture(String ruleId, String field) {
    try {
      LocalDate day = variables.date(field);
      LocalDate today = WorkingDayCalendar.today();
      if (day != null && day.isAfter(today)) {
        refuse(ruleId, field, "cannot be in the future (" + day + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names a date that does not parse
    }
    return this;
  }

  /**
   * Refuses a date in {@code field} before {@code earliest}, the day of what it follows ({@code what}:
   * "the referral"). A missing earliest day, or a field that does not parse (requireDate names it), passes.
   */
  public Gate notBefore(String ruleId, String field, LocalDate earliest, String what) {
    try {
      LocalDate day = variables.date(field);
      if (day != null && earliest != null && day.isBefore(earliest)) {
        refuse(ruleId, field, "is before " + what + " (" + earliest + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names a date that does not parse
    }
    return this;
  }

  public Gate refuse(String ruleId, String field, String message) {
    refusals.add(new GateRefusedException.Refusal(ruleId, field, dayFirst(message)));
    return this;
  }

  /**
   * A practitioner reads the refusal in Tasklist: the days it names read as England writes them
   * (2026-12-03 becomes 03/12/2026), as every date field of the forms does. A timestamp is left whole,
   * and so is what the practitioner typed, quoted ('2026-02-30'): it reads as they wrote it.
   */
  static String dayFirst(String message) {
    StringBuilder read = new StringBuilder();
    Matcher quoted = QUOTED.matcher(message);
    int from = 0;
    while (quoted.find()) {
      read.append(ISO_DAY.matcher(message.substring(from, quoted.start())).replaceAll("$3/$2/$1")).append(quoted.group());
      from = quoted.end();
    }
    return read.append(ISO_DAY.matcher(message.substring(from)).replaceAll("$3/$2/$1")).toString();
  }

  public boolean passes() {
    return refusals.isEmpty();
  }

  /** Refuses the submission if any check failed; nothing of it is saved. */
  public void enforce() {
    if (elementId != null) {
      // Values the step's contract does not allow (CaseWriteGuard), refused together with this gate's findings.
      // A field the gate refused already is not named twice.
      ChoicesForTheGate.takeFor(elementId).forEach((field, problem) -> {
        if (refusals.stream().noneMatch(refusal -> field.equals(refusal.field()))) {
          refuse(null, field, problem);
        }
      });
    }
    if (!refusals.isEmpty()) {
      GateRefusedException refused = new GateRefusedException(refusals);
      LOG.info("Submission refused: {}", refused.getMessage());
      throw refused;
    }
  }
}
