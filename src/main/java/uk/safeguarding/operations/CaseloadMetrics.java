package uk.safeguarding.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;

/**
 * What a monitoring system scrapes from /actuator/prometheus: the job backlog, failed jobs, overdue
 * tasks per agency (and per role group of its managers) and standards breaches per rule. The counts are refreshed once a minute by a
 * background query, never on the scrape itself, so a busy scraper cannot load the database.
 * Only counts leave the system: no case reference, no name.
 */
@Component
public class CaseloadMetrics {

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final AtomicLong jobBacklog = new AtomicLong();
  private final AtomicLong failedJobs = new AtomicLong();
  private final Map<String, AtomicLong> overdueByAgency = new ConcurrentHashMap<>();
  private final MultiGauge breachesByRule;
  /** Until the first refresh the gauges say "not known" (NaN), not a count of zero. */
  private volatile boolean refreshed;

  public CaseloadMetrics(ProcessEngine engine, JdbcTemplate jdbc, MeterRegistry registry) {
    this.engine = engine;
    this.jdbc = jdbc;
    Gauge.builder("safeguarding.jobs.backlog", jobBacklog, this::value)
        .description("Jobs due now and not yet executed (timers, breaches, async steps)").register(registry);
    Gauge.builder("safeguarding.jobs.failed", failedJobs, this::value)
        .description("Jobs that failed with no retries left: each is an incident in Cockpit").register(registry);
    for (String group : Agency.everyGroupId()) {
      AtomicLong overdue = overdueByAgency.computeIfAbsent(group, g -> new AtomicLong());
      Gauge.builder("safeguarding.tasks.overdue", overdue, this::value).tag("agency", group)
          .description("Open tasks of the agency (or of its line managers or escalation leads) past their due date,"
              + " claimed or not").register(registry);
    }
    breachesByRule = MultiGauge.builder("safeguarding.standards.breaches")
        .description("Standards breaches recorded, by rule ID").register(registry);
  }

  /**
   * The first refresh runs on the scheduler's thread as soon as the application is up, not in the
   * constructor: its counts (a query per agency) would otherwise hold up Tomcat at every start, longer
   * the more open tasks there are (docs/performance.md, start-up).
   */
  @Scheduled(fixedDelayString = "${safeguarding.metrics.refresh:PT1M}", initialDelay = 0)
  public void refresh() {
    var management = engine.getManagementService();
    jobBacklog.set(management.createJobQuery().executable().count());
    failedJobs.set(management.createJobQuery().noRetriesLeft().count());
    Date now = ClockUtil.getCurrentTime();
    // a claimed task that is overdue is still the agency's overdue work
    overdueByAgency.forEach((group, count) -> count.set(engine.getTaskService().createTaskQuery()
        .taskCandidateGroupIn(List.of(group)).includeAssignedTasks().dueBefore(now).count()));
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    jdbc.query("select rule_id, count(*) as breaches from sg_standards_breach group by rule_id", rs -> {
      rows.add(MultiGauge.Row.of(Tags.of("rule", rs.getString("rule_id")), rs.getLong("breaches")));
    });
    breachesByRule.register(rows, true);
    refreshed = true;
  }

  private double value(AtomicLong count) {
    return refreshed ? count.get() : Double.NaN;
  }

  public long overdue(String agencyGroupId) {
    return overdueByAgency.getOrDefault(agencyGroupId, new AtomicLong()).get();
  }
}
