package uk.safeguarding.conference;

import static uk.safeguarding.conference.ConferenceVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.timescales.Standards;

/**
 * What the conference gates and delegates work out alike from the case: due dates from the profile,
 * the child's age for ICPC-04, and the agencies of a conference.
 */
@Component
public class ConferenceCase {

  private final Standards standards;

  public ConferenceCase(Standards standards) {
    this.standards = standards;
  }

  /** The deadline of a rule counted from a day the case holds, as a Date for due dates and timers. */
  public Date due(VariableScope scope, String ruleId, String timescale, Object from) {
    return standards.due(scope, ruleId, timescale, from);
  }


  public static String day(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString();
  }

  /**
   * ICPC-04: whether the child has reached the age of the named timescale ('childInvitedAge',
   * 'advocacyAge') on the given day; unknown when the date of birth is not known.
   */
  public boolean childHasReached(VariableScope scope, String ageTimescale, LocalDate on) {
    LocalDate born = CaseVariables.of(scope).date(CHILD_DATE_OF_BIRTH);
    if (born == null || on == null) {
      return false;
    }
    LocalDate birthday = standards.deadline(standards.profileOf(scope), "ICPC-04", ageTimescale,
        born.atStartOfDay(WorkingDayCalendar.LONDON)).toLocalDate();
    return !on.isBefore(birthday);
  }

  /** The partner agencies of a checklist: children's social care roles report through the social worker. */
  public static List<String> partnerAgencies(List<String> agencies) {
    List<String> partners = new ArrayList<>();
    for (String id : agencies) {
      Agency.byGroupId(id).filter(a -> a.kind() == Agency.Kind.PARTNER && !partners.contains(id)).ifPresent(a -> partners.add(id));
    }
    return partners;
  }

  /** Refuses an empty list or an id that is no agency. */
  public static void requireAgencies(Gate gate, String ruleId, String field, String what) {
    List<String> agencies = gate.variables().list(field);
    if (agencies.isEmpty()) {
      gate.refuse(ruleId, field, what + " (one or more agencies)");
    }
    agencies.stream().filter(id -> Agency.byGroupId(id).isEmpty())
        .forEach(id -> gate.refuse(ruleId, field, "'" + id + "' is not an agency"));
  }

  /** A date that must be given and may not be before today (a meeting being arranged). */
  public static void requireDayFromToday(Gate gate, String ruleId, String field, String what) {
    gate.requireDate(ruleId, field, what);
    try {
      LocalDate day = gate.variables().date(field);
      if (day != null && day.isBefore(WorkingDayCalendar.today())) {
        gate.refuse(ruleId, field, "cannot be in the past (" + day + ")");
      }
    } catch (IllegalArgumentException alreadyRefused) {
      // requireDate names the date that does not parse
    }
  }

  /** A date that must be given and may not be after today (a meeting that has taken place). */
  public static void requireDayHeld(Gate gate, String ruleId, String field, String what) {
    gate.requireDate(ruleId, field, what).notInFuture(ruleId, field);
  }

  public static String agencyName(String groupId) {
    return Agency.byGroupId(groupId).map(Agency::displayName).orElse(groupId);
  }
}
