package uk.safeguarding.escalation;

import static uk.safeguarding.escalation.ProfessionalDisagreementProcess.Variables.*;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;

/**
 * ESC-04: the record of a disagreement, kept as it goes. Each stage ends with an entry (the issue,
 * both positions, the child's safety, the outcome and its rationale) that is kept in full in
 * {@code sg_escalation_record}, added to {@code disagreementRecord}, which every later stage's form
 * shows, and becomes the {@code stageOutcomeNotice} that both parties are given to note. Then the
 * disagreement either concludes or moves up a stage, whose clock starts when it is entered (ESC-02).
 */
@Component
public class DisagreementRecords {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

  static final int SHOWN = 4000;
  static final String EARLIER_ENTRIES = "[Earlier entries: see the full record of the disagreement]\n...";

  private final Standards standards;
  private final JdbcTemplate jdbc;

  public DisagreementRecords(Standards standards, JdbcTemplate jdbc) {
    this.standards = standards;
    this.jdbc = jdbc;
  }

  /** The first entry: who raised what, with whom, and where it goes first. */
  void raised(DelegateExecution execution, int firstStage) {
    CaseVariables v = CaseVariables.of(execution);
    Date now = ClockUtil.getCurrentTime();
    execution.setVariable(RAISING_AGENCY_NAME, DisagreementParties.nameOf(v.text(RAISING_AGENCY)));
    execution.setVariable(OTHER_AGENCY_NAME, DisagreementParties.nameOf(v.text(OTHER_AGENCY)));
    execution.setVariable(DISAGREEMENT_RAISED_AT, now);
    execution.setVariable(DISAGREEMENT_RAISED_BY, CurrentUser.of(execution));
    execution.setVariable(IMMEDIATE_RISK_TO_ACT, ChildSafety.atImmediateRisk(v));
    String raisedBy = v.hasText(BREACH_RULE_ID) ? "the system, for a breach of " + v.text(BREACH_RULE_ID) : CurrentUser.of(execution);
    String next = enter(execution, firstStage, now);
    append(execution, "Raised", "Raised " + day(now) + " by " + raisedBy + " for " + v.text(RAISING_AGENCY_NAME)
        + ", with " + v.text(OTHER_AGENCY_NAME) + issueAndPositions(v) + "\n" + next);
    forgetStageAnswers(execution, v);
  }

  /** A stage's decision (or the chair's manager's): recorded, then concluded or moved up. */
  void decided(DelegateExecution execution, boolean concludes, String outcome) {
    CaseVariables v = CaseVariables.of(execution);
    Date now = ClockUtil.getCurrentTime();
    int stage = stage(v);
    String entry = ProfessionalDisagreementProcess.stageName(stage) + ", decided " + day(now) + " by " + CurrentUser.of(execution)
        + issueAndPositions(v)
        + "\nOutcome: " + outcome
        + "\nRationale: " + v.text(STAGE_RATIONALE)
        + (concludes ? "\nLearning: " + v.text(LEARNING) : "");
    execution.setVariable(IMMEDIATE_RISK_TO_ACT, ChildSafety.atImmediateRisk(v));
    if (concludes) {
      execution.setVariable(OUTCOME, outcome);
      execution.setVariable(OUTCOME_RATIONALE, v.text(STAGE_RATIONALE));
      execution.setVariable(RESOLVED_AT_STAGE, stage);
      execution.setVariable(CONCLUDED_AT, now);
      execution.setVariable(NEXT_STEP, ProfessionalDisagreementProcess.CONCLUDED);
      ended(execution, stage, entry + "\nThe disagreement is concluded.", now);
    } else {
      ended(execution, stage, entry + "\n" + enter(execution, stage + 1, now), now);
    }
    forgetStageAnswers(execution, v);
  }

  /** ESC-02: the stage's deadline passed unresolved, so it moves up, its clock starting at that deadline. */
  void deadlinePassed(DelegateExecution execution) {
    CaseVariables v = CaseVariables.of(execution);
    int stage = stage(v);
    Date deadline = stageDeadline(execution, stage, v.raw(STAGE_STARTED_AT));
    String entry = ProfessionalDisagreementProcess.stageName(stage) + ": not resolved by its deadline, " + moment(deadline)
        + " (ESC-02)\n" + enter(execution, stage + 1, deadline);
    execution.setVariable(IMMEDIATE_RISK_TO_ACT, false);
    ended(execution, stage, entry, deadline);
  }

  /** The deadline of a stage of this case's profile: {@code ESC-02 stage<n>} from the stage's start. */
  Date stageDeadline(DelegateExecution execution, int stage, Object startedAt) {
    return standards.due(execution, "ESC-02", ProfessionalDisagreementProcess.stepOfStage(stage), startedAt);
  }

  private String enter(DelegateExecution execution, int stage, Date at) {
    execution.setVariable(STAGE, stage);
    execution.setVariable(STAGE_NAME, ProfessionalDisagreementProcess.stageName(stage));
    execution.setVariable(STAGE_STARTED_AT, at);
    if (stage == 0) {
      execution.setVariable(NEXT_STEP, ProfessionalDisagreementProcess.ROUTE_CONFERENCE_DISSENT);
      return "Next: the manager of the conference chairs (ESC-05), by " + day(standards.due(execution, "ESC-05", at));
    }
    execution.setVariable(NEXT_STEP, ProfessionalDisagreementProcess.stepOfStage(stage));
    return "Next: " + ProfessionalDisagreementProcess.stageName(stage) + ", by " + day(stageDeadline(execution, stage, at));
  }

  private void ended(DelegateExecution execution, int stage, String entry, Date at) {
    append(execution, ProfessionalDisagreementProcess.stageName(stage), entry);
    execution.setVariable(STAGE_OUTCOME_NOTICE, shown(entry));
    execution.setVariable(STAGE_ENDED_AT, at);
  }

  /**
   * Adds an entry to the record: in full to {@code sg_escalation_record} (ESC-04, queryable for the
   * partnership's audits), and to the {@code disagreementRecord} that every later stage's form shows.
   */
  void append(DelegateExecution execution, String step, String entry) {
    jdbc.update("insert into sg_escalation_record (id, process_instance_id, case_reference, step, recorded_at, entry)"
        + " values (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(), step, new Timestamp(ClockUtil.getCurrentTime().getTime()), entry);
    Object earlier = execution.getVariable(RECORD);
    execution.setVariable(RECORD, shown(earlier == null ? entry : earlier + "\n\n" + entry));
  }

  /**
   * A string variable holds 4,000 characters at most (the engine's column), and Tasklist shows
   * variables as text: the record on the form keeps its latest part, the table keeps all of it.
   */
  static String shown(String text) {
    return text.length() <= SHOWN ? text
        : EARLIER_ENTRIES + text.substring(text.length() - SHOWN + EARLIER_ENTRIES.length());
  }

  /** A stage's own answers are not carried into the next stage's form: each stage gives its own. */
  private static void forgetStageAnswers(DelegateExecution execution, CaseVariables v) {
    boolean atRisk = ChildSafety.atImmediateRisk(v);
    for (String answer : new String[] {CHILD_SAFETY, STAGE_OUTCOME, STAGE_RATIONALE, CONFERENCE_DISSENT_DECISION}) {
      execution.removeVariable(answer);
    }
    if (!atRisk) {
      execution.removeVariable(IMMEDIATE_RISK_DETAILS);
    }
  }

  /** ESC-04: the issue, both positions (as far as they are known yet) and the child's safety (ESC-03). */
  private static String issueAndPositions(CaseVariables v) {
    return "\nIssue: " + v.text(DISAGREEMENT_ISSUE)
        + "\nPosition of " + v.text(RAISING_AGENCY_NAME) + ": " + v.text(RAISING_AGENCY_POSITION)
        + (v.hasText(OTHER_AGENCY_POSITION) ? "\nPosition of " + v.text(OTHER_AGENCY_NAME) + ": " + v.text(OTHER_AGENCY_POSITION) : "")
        + "\nChild's safety: " + ChildSafety.describe(v);
  }

  private static int stage(CaseVariables v) {
    return Integer.parseInt(v.text(STAGE));
  }

  static String day(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).format(DAY);
  }

  static String moment(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).format(MOMENT);
  }
}
