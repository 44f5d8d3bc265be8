package uk.safeguarding.breaches;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.casefile.CaseHistory;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.timescales.StandardsProfile;
import uk.safeguarding.timescales.StandardsProfiles;

/**
 * Puts every recorded breach in front of a team manager: starts one "Review standards breach"
 * process for each breach whose review has not started, after the pathways' follow-ups (an
 * escalation, ESC-01) have done their part. Every node sweeps; {@code SKIP LOCKED} hands each breach
 * to exactly one of them, and the follow-ups, the start and the mark commit together, so a node that
 * dies mid-batch leaves its breaches for the next sweep.
 */
@Component
public class StandardsBreachReviews {

  public static final String REVIEW_PROCESS = "StandardsBreachReview";
  static final int BATCH = 50;
  private static final Logger LOG = LoggerFactory.getLogger(StandardsBreachReviews.class);
  /** How the review's form shows a moment: "Wed 09/12/2026, 23:59", London time. */
  private static final DateTimeFormatter LONDON_TIME = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy, HH:mm", Locale.UK);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final RuntimeService runtime;
  private final CaseHistory caseHistory;
  private final StandardsProfiles profiles;
  private final ObjectProvider<StandardsBreachFollowUp> followUps;

  public StandardsBreachReviews(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RuntimeService runtime,
      CaseHistory caseHistory, StandardsProfiles profiles,
      ObjectProvider<StandardsBreachFollowUp> followUps) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.runtime = runtime;
    this.caseHistory = caseHistory;
    this.profiles = profiles;
    this.followUps = followUps;
  }

  /**
   * Deadlines first: while timers are due on any node, the sweep waits, so that when thousands of
   * deadlines pass at 23:59:59 the timers (which only record) have the job executors and the
   * database to themselves; the reviews follow as soon as the storm is over.
   */
  public void sweep() {
    int started = startBatchesWhile(() -> !timersDue());
    if (started > 0) {
      LOG.info("Started {} standards breach reviews", started);
    }
  }

  /** Starts the reviews of every breach recorded so far. @return how many this node started */
  public int startPendingReviews() {
    return startBatchesWhile(() -> true);
  }

  private int startBatchesWhile(BooleanSupplier mayGoOn) {
    int started = 0;
    int batch = BATCH;
    while (batch == BATCH && mayGoOn.getAsBoolean()) {
      batch = transaction.execute(status -> startBatch());
      started += batch;
    }
    return started;
  }

  /**
   * Whether a timer anywhere is due and not yet run. Asked every 2 seconds by every node, so by the
   * index of timers by due date (V13__work_at_scale.sql): the engine's job query read every job, one
   * breach timer per open task (68 to 150 ms at 30,000 timers). Jobs are suspended with their case.
   */
  private boolean timersDue() {
    return !jdbc.queryForList("select id_ from act_ru_job where type_ = 'timer' and duedate_ <= ? and retries_ > 0"
        + " and suspension_state_ = 1 limit 1", String.class, new Timestamp(ClockUtil.getCurrentTime().getTime())).isEmpty();
  }

  private int startBatch() {
    List<StandardsBreach> pending = jdbc.query("""
        select * from sg_standards_breach where review_started_at is null
        order by noticed_at limit ? for update skip locked
        """, StandardsBreachRegister::map, BATCH);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    for (StandardsBreach breach : pending) {
      String followedUp = followUps.orderedStream().map(followUp -> followUp.followUp(breach))
          .filter(Objects::nonNull).collect(Collectors.joining("\n"));
      runtime.startProcessInstanceByKey(REVIEW_PROCESS, breach.caseReference(),
          variables(breach).putValue("breachFollowUp", followedUp.isEmpty() ? null : followedUp));
      jdbc.update("update sg_standards_breach set review_started_at = ? where id = ?", now, breach.id());
    }
    return pending.size();
  }

  private VariableMap variables(StandardsBreach breach) {
    StandardsProfile profile = profiles.profile(breach.standardsProfile());
    String title = profile.rules().containsKey(breach.ruleId()) ? profile.rule(breach.ruleId()).title() : breach.ruleId();
    return Variables.createVariables()
        .putValue("caseReference", breach.caseReference())
        .putValue("childName", caseHistory.variable(breach.processInstanceId(), "childName"))
        .putValue(Standards.PROFILE_VARIABLE, breach.standardsProfile())
        .putValue("breachRuleId", breach.ruleId())
        .putValue("breachRuleTitle", title)
        .putValue("breachDueAt", date(breach.dueAt()))
        .putValue("breachNoticedAt", date(breach.noticedAt()))
        .putValue("breachWasDue", inLondon(breach.dueAt()))
        .putValue("breachWasNoticed", inLondon(breach.noticedAt()))
        .putValue("breachedStep", breach.breachedStep())
        .putValue("breachDetail", breach.detail())
        .putValue("breachInProcessInstanceId", breach.processInstanceId());
  }

  private static String inLondon(OffsetDateTime at) {
    return LONDON_TIME.format(at.atZoneSameInstant(WorkingDayCalendar.LONDON));
  }

  private static Date date(OffsetDateTime at) {
    return Date.from(at.toInstant());
  }
}
