package uk.safeguarding.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.identity.ManagersOnly;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.RecordAccessLog;
import uk.safeguarding.identity.AgencyAccessSetup;
import uk.safeguarding.oversight.StandardsDashboard.CaseRow;

/**
 * The managers' oversight over REST, for the Cockpit plugin ({@link StandardsCockpitPlugin}) and for
 * a REST client: the Standards dashboard, the cases behind each of its figures, the breaches of a
 * period as CSV, and the child's journey. Reads only, under the log-in of /api/cases (HTTP Basic, or
 * the session of a manager signed in to Cockpit: identity/EngineRestSecurity). Only the managers who
 * have Cockpit (team and service managers, {@link AgencyAccessSetup#MANAGERS}) may read it: a
 * practitioner or a partner agency gets a 403 that says so, since the figures cover every child.
 */
@RestController
@RequestMapping("/api/oversight")
public class OversightApi {

  private final ProcessEngine engine;
  private final StandardsDashboard dashboard;
  private final RuleDeadlines ruleDeadlines;
  private final ChildJourney journeys;
  private final RecordAccessLog accessLog;

  public OversightApi(ProcessEngine engine, StandardsDashboard dashboard, RuleDeadlines ruleDeadlines, ChildJourney journeys,
      RecordAccessLog accessLog) {
    this.accessLog = accessLog;
    this.engine = engine;
    this.dashboard = dashboard;
    this.ruleDeadlines = ruleDeadlines;
    this.journeys = journeys;
  }

  /** The whole dashboard for a period ({@code from}, {@code to}: YYYY-MM-DD, by default the twelve months to today) and a profile. */
  @GetMapping("/standards")
  public ResponseEntity<?> standards(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String profile) {
    return asManager(() -> ResponseEntity.ok(dashboard.of(period(from, to), profile)));
  }

  /**
   * The cases behind a figure: {@code figure=deadlines}, {@code missed} (deadlines) or {@code breaches}
   * (the register's) of a {@code rule} or a {@code pathway} (process key) in the period, {@code overdue} or {@code due-soon} open work of a
   * {@code group}.
   */
  @GetMapping("/standards/cases")
  public ResponseEntity<?> cases(@RequestParam String figure, @RequestParam(required = false) String rule,
      @RequestParam(required = false) String pathway, @RequestParam(required = false) String group,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String profile) {
    return asManager(() -> {
      Instant now = ClockUtil.getCurrentTime().toInstant();
      RuleDeadlines.Rules rules = ruleDeadlines.current();
      List<CaseRow> rows = switch (figure) {
        case "deadlines", "missed" -> dashboard.deadlines(period(from, to), profile, blank(rule), blank(pathway),
            "missed".equals(figure), rules, now);
        case "breaches" -> dashboard.breaches(period(from, to), profile, blank(rule), blank(pathway),
            StandardsDashboard.LIST_ROWS, rules, now);
        case "overdue", "due-soon" -> dashboard.openWorkCases(profile, required(group, "group"), "overdue".equals(figure),
            rules, now);
        default -> throw new IllegalArgumentException("figure is one of deadlines, missed, breaches, overdue, due-soon; not " + figure);
      };
      return ResponseEntity.ok(rows);
    });
  }

  /** Every breach of the period (no row limit) as CSV, for a spreadsheet. */
  @GetMapping(value = "/standards/breaches.csv")
  public ResponseEntity<?> breachesCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String profile, @RequestParam(required = false) String rule,
      @RequestParam(required = false) String pathway) {
    return asManager(() -> {
      ReportingPeriod period = period(from, to);
      List<CaseRow> rows = dashboard.breaches(period, profile, blank(rule), blank(pathway), 0, ruleDeadlines.current(),
          ClockUtil.getCurrentTime().toInstant());
      String csv = Csv.of(List.of("Case reference", "Child", "Pathway", "Rule", "Step", "Due", "Noticed"),
          rows.stream().map(row -> List.of(row.caseReference(), nonNull(row.childName()), row.pathway(), row.ruleId(),
              row.step(), row.due().toString(), row.detail())).toList());
      return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"breaches-" + period.from() + "-to-" + period.to() + ".csv\"")
          .body(csv);
    });
  }

  /**
   * The child's journey: every process of the child of this instance, and the chronology. A read of the
   * child's record, recorded as {@code cockpit-journey} (childcase/RecordAccessLog).
   */
  @GetMapping("/journey/{processInstanceId}")
  public ResponseEntity<?> journey(@PathVariable String processInstanceId) {
    return ManagersOnly.answer(engine, JOURNEY_AND_DASHBOARD, manager -> journeys.ofInstance(processInstanceId).<ResponseEntity<?>>map(journey -> {
      accessLog.record(manager.userId(), journey.caseReference(),
          RecordAccessLog.Way.COCKPIT_JOURNEY, journey.processes().stream()
              .filter(step -> step.processInstanceId().equals(processInstanceId)).map(ChildJourney.Step::pathway)
              .findFirst().orElse(processInstanceId), null);
      return ResponseEntity.ok(journey);
    }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(Map.of("message", "There is no process instance " + processInstanceId + " of a child's case"))));
  }

  private static final String JOURNEY_AND_DASHBOARD = "The standards dashboard and the child's journey cover every child's case";

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException refusal) {
    return ResponseEntity.badRequest().body(Map.of("message", refusal.getMessage()));
  }

  private ResponseEntity<?> asManager(java.util.function.Supplier<ResponseEntity<?>> read) {
    return ManagersOnly.answer(engine, JOURNEY_AND_DASHBOARD, manager -> read.get());
  }

  private static ReportingPeriod period(String from, String to) {
    return ReportingPeriod.parse(from, to, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON));
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Name the " + name);
    }
    return value;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
