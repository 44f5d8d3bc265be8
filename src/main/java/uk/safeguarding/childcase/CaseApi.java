package uk.safeguarding.childcase;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.contract.CaseWriteGuard;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * The child's case over REST, under the same HTTP Basic log-in as /engine-rest, or for reads the Tasklist
 * session of the practitioner (identity/EngineRestSecurity, TasklistSessionAuthentication): the case in
 * one view, the chronology (CHR-01), a significant event added by hand (CHR-01), and a failed visit that starts
 * the stepped approach (NE-01). Need-to-know: a partner agency sees only the cases it is involved in.
 */
@RestController
@RequestMapping("/api/cases/{caseReference}")
public class CaseApi {

  private final Chronology chronology;
  private final CaseOverview overview;
  private final CaseAccess access;
  private final SignificantEvents significantEvents;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final ProcessEngine engine;

  public CaseApi(Chronology chronology, CaseOverview overview, CaseAccess access, SignificantEvents significantEvents, IdentityService identity,
      RuntimeService runtime, ProcessEngine engine) {
    this.engine = engine;
    this.chronology = chronology;
    this.overview = overview;
    this.access = access;
    this.significantEvents = significantEvents;
    this.identity = identity;
    this.runtime = runtime;
  }

  /** CHR-01: every significant event of the child's case, oldest first. */
  @GetMapping("/chronology")
  public ResponseEntity<?> chronology(@PathVariable String caseReference) {
    Authentication user = identity.getCurrentAuthentication();
    if (!access.maySee(groups(user), caseReference)) {
      return refused(caseReference);
    }
    List<Map<String, String>> entries = chronology.of(caseReference).stream()
        .map(entry -> Map.of("at", entry.at().toOffsetDateTime().toString(), "source", entry.source(), "event", entry.event()))
        .toList();
    return ResponseEntity.ok(Map.of("caseReference", caseReference, "entries", entries));
  }

  /**
   * The child's case in one view (the case page opened from a Tasklist task): the child, the work open
   * in every pathway, the current plans with their next dates, the breaches and the chronology. The
   * same need-to-know as the chronology.
   */
  @GetMapping("/overview")
  public ResponseEntity<?> overview(@PathVariable String caseReference) {
    Authentication user = identity.getCurrentAuthentication();
    if (!access.maySee(groups(user), caseReference)) {
      return refused(caseReference);
    }
    return overview.of(caseReference).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "There is no case " + caseReference + ": check the case reference")));
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
