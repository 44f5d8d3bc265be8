package uk.safeguarding.childcase;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.contract.CaseWriteGuard;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The child's case over REST, under the same HTTP Basic log-in as /engine-rest, or for reads the Tasklist
 * session of the practitioner (identity/EngineRestSecurity, TasklistSessionAuthentication): the case in
 * one view, the chronology (CHR-01), a significant event added by hand (CHR-01), and a failed visit that starts
 * the stepped approach (NE-01). Need-to-know: a partner agency sees only the cases it is involved in.
 * Every read of the case is recorded ({@link RecordAccessLog}), and managers read who has looked.
 */
@RestController
@RequestMapping("/api/cases/{caseReference}")
public class CaseApi {

  /** Why a person reads a child's record they hold no work for, as a header (or the {@code reason} parameter). */
  public static final String REASON_HEADER = "X-Reason-For-Access";

  private final Chronology chronology;
  private final CaseOverview overview;
  private final CaseAccess access;
  private final SignificantEvents significantEvents;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final ProcessEngine engine;
  private final RecordAccessLog accessLog;

  public CaseApi(Chronology chronology, CaseOverview overview, CaseAccess access, SignificantEvents significantEvents, IdentityService identity,
      RuntimeService runtime, ProcessEngine engine, RecordAccessLog accessLog) {
    this.engine = engine;
    this.accessLog = accessLog;
    this.chronology = chronology;
    this.overview = overview;
    this.access = access;
    this.significantEvents = significantEvents;
    this.identity = identity;
    this.runtime = runtime;
  }

  /** CHR-01: every significant event of the child's case, oldest first. A read of the child's record (see {@link #reading}). */
  @GetMapping("/chronology")
  public ResponseEntity<?> chronology(@PathVariable String caseReference, @RequestParam(required = false) String reason,
      @RequestHeader(name = REASON_HEADER, required = false) String reasonHeader) {
    return reading(caseReference, RecordAccessLog.Way.CHRONOLOGY, "Chronology", firstOf(reason, reasonHeader), () -> {
      List<Map<String, String>> entries = chronology.of(caseReference).stream()
          .map(entry -> Map.of("at", entry.at().toOffsetDateTime().toString(), "source", entry.source(), "event", entry.event()))
          .toList();
      return ResponseEntity.ok(Map.of("caseReference", caseReference, "entries", entries));
    });
  }

  /**
   * The child's case in one view (the case page opened from a Tasklist task): the child, the work open
   * in every pathway, the current plans with their next dates, the breaches and the chronology. The
   * same need-to-know and reason as the chronology.
   */
  @GetMapping("/overview")
  public ResponseEntity<?> overview(@PathVariable String caseReference, @RequestParam(required = false) String reason,
      @RequestHeader(name = REASON_HEADER, required = false) String reasonHeader) {
    return reading(caseReference, RecordAccessLog.Way.CASE_PAGE, "Case page", firstOf(reason, reasonHeader),
        () -> overview.of(caseReference).<ResponseEntity<?>>map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("message", "There is no case " + caseReference + ": check the case reference"))));
  }

  /**
   * Who has looked at this child: every read of the child's record, newest first, a page at a time
   * ({@code firstResult}, {@code maxResults} up to {@value RecordAccessLog#MAX_PAGE}), for team and service
   * managers only. Reading the log is not itself recorded: it shows who read the child's record, not
   * the record (a manager's own opening of the case page or the journey is).
   */
  @GetMapping("/access")
  public ResponseEntity<?> whoHasLooked(@PathVariable String caseReference, @RequestParam(defaultValue = "0") int firstResult,
      @RequestParam(defaultValue = "50") int maxResults) {
    Authentication user = identity.getCurrentAuthentication();
    if (!CaseAccess.isManager(groups(user))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Who has looked at a child's record is for "
          + "team and service managers; " + (user == null ? "you are" : user.getUserId() + " is") + " not one"));
    }
    if (firstResult < 0 || maxResults < 1 || maxResults > RecordAccessLog.MAX_PAGE) {
      return ResponseEntity.badRequest().body(Map.of("message",
          "firstResult is 0 or more and maxResults between 1 and " + RecordAccessLog.MAX_PAGE));
    }
    if (!access.exists(caseReference)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "There is no case " + caseReference + ": check the case reference"));
    }
    RecordAccessLog.Page page = accessLog.of(caseReference, firstResult, maxResults);
    Map<String, String> names = access.namesOf(page.reads().stream().map(RecordAccessLog.Read::readBy).distinct().toList());
    List<Map<String, Object>> reads = page.reads().stream().map(read -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("at", read.at().toString());
      row.put("readBy", read.readBy());
      row.put("name", names.getOrDefault(read.readBy(), read.readBy()));
      row.put("way", read.way().id());
      row.put("wayLabel", read.way().label());
      row.put("detail", read.detail());
      row.put("reason", read.reason());
      return row;
    }).toList();
    return ResponseEntity.ok(Map.of("caseReference", caseReference, "total", page.total(), "firstResult", page.firstResult(),
        "maxResults", page.maxResults(), "reads", reads));
  }

  /**
   * A read of the child's record: need-to-know first (a partner agency only once involved); then a
   * person of children's social care who holds no work for the child says why ({@code reason}, or the
   * {@value #REASON_HEADER} header), or gets a 428 that asks for it; then the read, recorded with the
   * reason when it succeeded.
   */
  private ResponseEntity<?> reading(String caseReference, RecordAccessLog.Way way, String detail, String reason,
      Supplier<ResponseEntity<?>> read) {
    Authentication user = identity.getCurrentAuthentication();
    if (!access.maySee(groups(user), caseReference)) {
      return refused(caseReference);
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > RecordAccessLog.MAX_REASON) {
      return ResponseEntity.badRequest().body(Map.of("message",
          "The reason is " + why.length() + " characters; say it in " + RecordAccessLog.MAX_REASON + " or fewer"));
    }
    // A case that does not exist is a 404 ("check the case reference"), not a question why.
    if (why == null && access.needsAReason(user.getUserId(), groups(user), caseReference) && access.exists(caseReference)) {
      return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(Map.of("reasonRequired", true, "message",
          "Say why you are opening this child's record: you hold no work for case " + caseReference
              + ", so your reason is recorded with your reading of it"));
    }
    ResponseEntity<?> answer = read.get();
    if (answer.getStatusCode().is2xxSuccessful()) {
      accessLog.record(user.getUserId(), caseReference, way, detail, why);
    }
    return answer;
  }

  private static String firstOf(String one, String other) {
    return one != null && !one.isBlank() ? one : other;
  }

  /** CHR-01: a practitioner of children's social care adds a significant event: {"date": "2026-11-20", "event": "..."}. */
  @PostMapping("/chronology")
  public ResponseEntity<?> addSignificantEvent(@PathVariable String caseReference, @RequestBody Map<String, String> body) {
    Authentication user = identity.getCurrentAuthentication();
    if (groups(user).stream().noneMatch(CaseAccess::isChildrensSocialCare) || !access.maySee(groups(user), caseReference)) {
      return refused(caseReference);
    }
    LocalDate day;
    try {
      day = LocalDate.parse(String.valueOf(body.get("date")));
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest().body(Map.of("message", "CHR-01 date: give the day of the event as YYYY-MM-DD"));
    }
    String event = body.get("event");
    if (event == null || event.isBlank()) {
      return ResponseEntity.badRequest().body(Map.of("message", "CHR-01 event: say what happened"));
    }
    if (day.isAfter(WorkingDayCalendar.today())) {
      return ResponseEntity.badRequest().body(Map.of("message", "CHR-01 date: cannot be in the future"));
    }
    significantEvents.add(caseReference, day, event.trim(), user.getUserId());
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  /** NE-01: a visit failed and the family is not engaging: the case's stepped approach starts. */
  @PostMapping("/non-engagement")
  public ResponseEntity<?> familyNotEngaging(@PathVariable String caseReference) {
    Authentication user = identity.getCurrentAuthentication();
    if (groups(user).stream().noneMatch(CaseAccess::isChildrensSocialCare)) {
      return refused(caseReference);
    }
    ProcessInstance childCase = runtime.createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
        .processInstanceBusinessKey(caseReference).singleResult();
    if (childCase == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("message", "NE-01: no open case " + caseReference + " to start the stepped approach on"));
    }
    // The person reports; the application writes the flag (a person may not set a case's variables).
    CaseWriteGuard.writeAsTheApplication(engine,
        () -> runtime.setVariable(childCase.getId(), ChildCaseProcess.Variables.FAMILY_NOT_ENGAGING, true));
    return ResponseEntity.accepted().build();
  }

  private static List<String> groups(Authentication user) {
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  private static ResponseEntity<Map<String, String>> refused(String caseReference) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message",
        "Need-to-know: your agency is not involved in case " + caseReference + ", so you may not see or change it"));
  }

}
