package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.casefile.CaseHistory;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachFollowUp;
import uk.safeguarding.timescales.StandardsProfile;
import uk.safeguarding.timescales.StandardsProfile.BreachEscalation;
import uk.safeguarding.timescales.StandardsProfile.Party;
import uk.safeguarding.timescales.StandardsProfiles;

/**
 * ESC-01: a breach the case's standards profile lists under {@code breachEscalations} raises a
 * professional disagreement by itself, for one party with the other (a partner agency held up by
 * children's social care, or children's social care with a partner agency whose report is late: a request
 * unanswered within its timescale); the team manager's breach review starts as well. Which breaches
 * escalate is the authority's choice, so the list is in the profile, never here. A breach the profile
 * does not list, or whose parties the case does not name, stays with the team manager's review.
 *
 * <p>This runs in the breach sweep, never in the breach timer (timers only record), and raises at most one
 * disagreement for the same rule on the same case: the key of {@code sg_breach_escalation} is the case and
 * the rule, and the claim and the start commit together, so a breach processed twice, or by two nodes,
 * raises one.
 */
@Component
public class BreachEscalations implements StandardsBreachFollowUp {

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final CaseHistory caseHistory;
  private final StandardsProfiles profiles;

  public BreachEscalations(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history, CaseHistory caseHistory,
      StandardsProfiles profiles) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.history = history;
    this.caseHistory = caseHistory;
    this.profiles = profiles;
    profiles.all().values().forEach(BreachEscalations::checkAgencies);
  }

  @Override
  public String followUp(StandardsBreach breach) {
    Optional<BreachEscalation> listed = profiles.profile(breach.standardsProfile()).breachEscalation(breach.ruleId());
    if (listed.isEmpty()) {
      return null;
    }
    BreachEscalation rule = listed.get();
    Function<String, Object> facts = name -> caseHistory.variable(breach.processInstanceId(), name);
    Optional<Agency> raising = party(rule.raisedBy(), breach, facts);
    Optional<Agency> other = party(rule.with(), breach, facts);
    if (raising.isEmpty() || other.isEmpty() || raising.get().sameOrganisationAs(other.get())) {
      return null;
    }
    int claimed = jdbc.update("""
        insert into sg_breach_escalation (case_reference, rule_id, breach_id, raised_at)
        select ?, ?, ?, ? where not exists
            (select 1 from sg_breach_escalation where case_reference = ? and rule_id = ?)
        """, breach.caseReference(), breach.ruleId(), breach.id(), new Timestamp(ClockUtil.getCurrentTime().getTime()),
        breach.caseReference(), breach.ruleId());
    if (claimed == 0) {
      return "A professional disagreement about " + breach.ruleId() + " on this case was raised before; no second one"
          + " is raised (ESC-01).";
    }
    String started = runtime.startProcessInstanceByKey(ProfessionalDisagreementProcess.KEY, breach.caseReference(),
        Variables.createVariables()
            .putValue(CASE_REFERENCE, breach.caseReference())
            .putValue(CHILD_NAME, Optional.ofNullable(facts.apply(CHILD_NAME)).orElse(breach.caseReference()))
            .putValue(CHILD_DATE_OF_BIRTH, facts.apply(CHILD_DATE_OF_BIRTH))
            .putValue(HOUSEHOLD_MEMBERS, facts.apply(HOUSEHOLD_MEMBERS))
            .putValue(Standards.PROFILE_VARIABLE, breach.standardsProfile())
            .putValue(RAISING_AGENCY, raising.get().groupId())
            .putValue(OTHER_AGENCY, other.get().groupId())
            .putValue(DISAGREEMENT_ABOUT, ProfessionalDisagreementProcess.ABOUT_STANDARDS_BREACH)
            .putValue(DISAGREEMENT_ISSUE, issue(breach))
            .putValue(RAISING_AGENCY_POSITION, rule.position())
            .putValue(BREACH_RULE_ID, breach.ruleId())
            .putValue(BREACH_ID, breach.id()))
        .getId();
    jdbc.update("update sg_breach_escalation set escalation_process_instance_id = ? where case_reference = ? and rule_id = ?",
        started, breach.caseReference(), breach.ruleId());
    return "A professional disagreement has been raised (ESC-01) for " + raising.get().displayName() + " with "
        + other.get().displayName() + "; stage 1 is with " + other.get().displayName() + ".";
  }

  private String issue(StandardsBreach breach) {
    var profile = profiles.profile(breach.standardsProfile());
    String title = profile.rules().containsKey(breach.ruleId()) ? profile.rule(breach.ruleId()).title() : breach.ruleId();
    return "Standards breach " + breach.ruleId() + " (" + title + "): '" + breach.breachedStep() + "' was due "
        + breach.dueAt().toInstant().atZone(WorkingDayCalendar.LONDON).format(MOMENT) + "."
        + (breach.detail() == null ? "" : " " + breach.detail());
  }

  /** Who a party is on this case: a named agency, the first partner agency a case variable names, or the late agency. */
  private Optional<Agency> party(Party party, StandardsBreach breach, Function<String, Object> facts) {
    if (party.agency() != null) {
      return Agency.byGroupId(party.agency());
    }
    if (party.caseVariable() != null) {
      return CaseVariables.toList(facts.apply(party.caseVariable())).stream()
          .filter(groupId -> party.oneOf().isEmpty() || party.oneOf().contains(groupId))
          .map(BreachEscalations::partnerAgency).flatMap(Optional::stream).findFirst();
    }
    return lateAgency(breach);
  }

  /**
   * The partner agency whose task for the breached step was still open at the deadline: the tasks of the
   * breach's process due when the breach was, not done by then, offered to a partner agency. The step is the
   * task's own name, or names the agency (CIN-03 records one breach for each agency still to answer). Read
   * from the history, so an agency that answers between the deadline and the sweep is still the late one.
   */
  private Optional<Agency> lateAgency(StandardsBreach breach) {
    Date due = Date.from(breach.dueAt().toInstant());
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(breach.processInstanceId())
        .taskDueDate(due).orderByHistoricActivityInstanceStartTime().asc().list()) {
      if (task.getEndTime() != null && !task.getEndTime().after(due)) {
        continue;
      }
      Optional<Agency> agency = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .type(IdentityLinkType.CANDIDATE).list().stream()
          .map(link -> partnerAgency(link.getGroupId())).flatMap(Optional::stream).findFirst();
      if (agency.isPresent() && (breach.breachedStep().equals(task.getName())
          || breach.breachedStep().contains(agency.get().displayName()))) {
        return agency;
      }
    }
    return Optional.empty();
  }

  /** A profile that names an agency that does not exist stops the application at start-up, as a bad timescale does. */
  private static void checkAgencies(StandardsProfile profile) {
    profile.breachEscalations().values().forEach(rule -> List.of(rule.raisedBy(), rule.with()).forEach(party -> {
      List<String> named = new ArrayList<>(party.oneOf());
      if (party.agency() != null) {
        named.add(party.agency());
      }
      named.stream().filter(groupId -> Agency.byGroupId(groupId).isEmpty()).findFirst().ifPresent(groupId -> {
        throw new IllegalStateException("Standards profile '" + profile.id() + "': breachEscalations." + rule.ruleId()
            + " names '" + groupId + "', which is not an agency");
      });
    }));
  }

  private static Optional<Agency> partnerAgency(Object groupId) {
    return Agency.byGroupId(groupId == null ? null : groupId.toString().trim())
        .filter(agency -> agency.kind() == Agency.Kind.PARTNER && agency != Agency.PARTNERSHIP);
  }
}
