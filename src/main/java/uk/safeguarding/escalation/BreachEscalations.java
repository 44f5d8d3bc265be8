package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.standards.CaseHistory;
import uk.safeguarding.standards.CaseVariables;
import uk.safeguarding.standards.Standards;
import uk.safeguarding.standards.StandardsBreach;
import uk.safeguarding.standards.StandardsBreachFollowUp;
import uk.safeguarding.standards.StandardsProfiles;
import uk.safeguarding.lookedafter.LookedAfterChildProcess;
import uk.safeguarding.strategy.StrategyDiscussionProcess;

/**
 * ESC-01: a breach that holds up another agency raises a professional disagreement by itself, on that
 * agency's behalf, with the agency that breached; the team manager's breach review starts as well.
 * Which breaches escalate, and for whom:
 * <ul>
 *   <li>SD-02, a mandatory agency not invited to the strategy discussion: the first uninvited partner
 *       agency raises it with the team manager who convened it (seed 002: an uninvited key agency
 *       follows the resolving professional disagreements process);</li>
 *   <li>SD-01, the strategy discussion not convened in time: the referring partner agency raises it
 *       with the team manager;</li>
 *   <li>LAC-15, a looked after child's placement not notified in time: health, or else the school, raises it
 *       with the team manager (the social worker's notice is what they wait on).</li>
 * </ul>
 * REC-01 (recording) and S47-05 (the conference request) are children's social care's own steps with
 * no other agency waiting on them by name: they stay with the team manager's review. A breach never
 * raises a second disagreement for the same rule on the same case: the key of
 * {@code sg_breach_escalation} is the case and the rule, and the claim and the start commit together.
 */
@Component
public class BreachEscalations implements StandardsBreachFollowUp {

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

  /** A breach that escalates: who raises it (from what the case knows) and with whom. */
  record Escalating(Function<Function<String, Object>, Optional<Agency>> raisingAgency, Agency otherAgency, String position) {}

  /** LAC-15 (reg 13): the partner agencies a placement must be notified to: health (ICB/GP) and the school. */
  private static final List<String> LAC15_TOLD_OF_PLACEMENT = List.of(Agency.HEALTH.groupId(), Agency.EDUCATION.groupId());

  static final Map<String, Escalating> ESCALATING = Map.of(
      "SD-01", new Escalating(
          facts -> partnerAgency(facts.apply(StrategyDiscussionProcess.Variables.REFERRER_AGENCY)),
          Agency.CSC_TEAM_MANAGER,
          "We referred this child because we suspect significant harm. The strategy discussion was not convened within"
              + " the SD-01 timescale; it must be held without further delay."),
      "SD-02", new Escalating(
          facts -> CaseVariables.toList(facts.apply(StrategyDiscussionProcess.Variables.MISSING_MANDATORY_AGENCIES)).stream()
              .map(BreachEscalations::partnerAgency).flatMap(Optional::stream).findFirst(),
          Agency.CSC_TEAM_MANAGER,
          "We are a key agency for this child and were not invited to the strategy discussion (SD-02). Our information"
              + " and our analysis of the risk must be part of its decisions."),
      "LAC-15", new Escalating(
          facts -> CaseVariables.toList(facts.apply(LookedAfterChildProcess.Variables.INVOLVED_AGENCIES)).stream()
              .filter(LAC15_TOLD_OF_PLACEMENT::contains)
              .map(BreachEscalations::partnerAgency).flatMap(Optional::stream).findFirst(),
          Agency.CSC_TEAM_MANAGER,
          "We work with this looked after child and were not told of the placement within the LAC-15 timescale"
              + " (reg 13). We need to know where the child lives to meet their needs."));

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final CaseHistory caseHistory;
  private final StandardsProfiles profiles;

  public BreachEscalations(JdbcTemplate jdbc, RuntimeService runtime, CaseHistory caseHistory, StandardsProfiles profiles) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.caseHistory = caseHistory;
    this.profiles = profiles;
  }

  @Override
  public String followUp(StandardsBreach breach) {
    Escalating rule = ESCALATING.get(breach.ruleId());
    if (rule == null) {
      return null;
    }
    Function<String, Object> facts = name -> caseHistory.variable(breach.processInstanceId(), name);
    Optional<Agency> raising = rule.raisingAgency().apply(facts);
    if (raising.isEmpty()) {
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
            .putValue(OTHER_AGENCY, rule.otherAgency().groupId())
            .putValue(DISAGREEMENT_ABOUT, ProfessionalDisagreementProcess.ABOUT_STANDARDS_BREACH)
            .putValue(DISAGREEMENT_ISSUE, issue(breach))
            .putValue(RAISING_AGENCY_POSITION, rule.position())
            .putValue(BREACH_RULE_ID, breach.ruleId())
            .putValue(BREACH_ID, breach.id()))
        .getId();
    jdbc.update("update sg_breach_escalation set escalation_process_instance_id = ? where case_reference = ? and rule_id = ?",
        started, breach.caseReference(), breach.ruleId());
    return "A professional disagreement has been raised (ESC-01) for " + raising.get().displayName() + " with "
        + rule.otherAgency().displayName() + "; stage 1 is with " + rule.otherAgency().displayName() + ".";
  }

  private String issue(StandardsBreach breach) {
    var profile = profiles.profile(breach.standardsProfile());
    String title = profile.rules().containsKey(breach.ruleId()) ? profile.rule(breach.ruleId()).title() : breach.ruleId();
    return "Standards breach " + breach.ruleId() + " (" + title + "): '" + breach.breachedStep() + "' was due "
        + breach.dueAt().toInstant().atZone(WorkingDayCalendar.LONDON).format(MOMENT) + "."
        + (breach.detail() == null ? "" : " " + breach.detail());
  }

  private static Optional<Agency> partnerAgency(Object groupId) {
    return Agency.byGroupId(groupId == null ? null : groupId.toString().trim())
        .filter(agency -> agency.kind() == Agency.Kind.PARTNER && agency != Agency.PARTNERSHIP);
  }
}
