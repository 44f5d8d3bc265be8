package uk.safeguarding.oversight;

import uk.safeguarding.identity.ManagersOnly;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.identity.SignedIn;
import uk.safeguarding.timescales.DiagramTimescales;
import uk.safeguarding.timescales.LocalTimescales;
import uk.safeguarding.timescales.StandardsProfile;
import uk.safeguarding.timescales.StandardsProfiles;
import uk.safeguarding.timescales.UnknownTimescaleException;

/**
 * An authority's timescales in the running installation (issue 22): each rule beside national's and the
 * version that changed it, the audit of changes, a preview of every pathway's due dates for a sample case,
 * and the change itself. The managers read them, as they read the Standards dashboard ({@link ManagersOnly});
 * only a service manager changes one, since a timescale is a decision of the service.
 *
 * <p>The change is at two addresses with one behaviour, as the team tray's moves are ({@link TeamTrayApi}):
 * under {@code /api/standards/profiles} for a REST client with HTTP Basic (a session cookie alone may only
 * read there, identity/TasklistSessionAuthentication), and under {@code /camunda/api/safeguarding/standards/profiles}
 * for Cockpit's "Local timescales" page, signed in by Cockpit's session and guarded against cross-site
 * requests by the webapps' own CSRF filter.
 */
@RestController
public class LocalTimescalesApi {

  /** Who may change a local timescale. */
  public static final Agency CHANGES_TIMESCALES = Agency.CSC_SERVICE_MANAGER;

  static final String REST = "/api/standards/profiles";
  static final String COCKPIT = "${camunda.bpm.webapp.application-path:/camunda}/api/safeguarding/standards/profiles";

  private final LocalTimescales timescales;
  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;

  public LocalTimescalesApi(LocalTimescales timescales, ProcessEngine engine, WorkingDayCalendar calendar) {
    this.timescales = timescales;
    this.engine = engine;
    this.calendar = calendar;
  }

  /** The new timescale of a rule (or of its named timescale {@code timescaleKey}) and why. */
  public record ChangeRequest(String timescale, String timescaleKey, String reason) {}

  /**
   * Every profile (id, name, what it inherits), and whether the caller may change a timescale: Cockpit's
   * page shows itself read-only, with the reason the change would be refused, when they may not.
   */
  @GetMapping(REST)
  public ResponseEntity<?> profiles() {
    return signedIn(user -> {
      List<Map<String, Object>> profiles = new ArrayList<>();
      // National first, then the authorities by id.
      timescales.current().all().values().stream()
          .sorted(Comparator.comparing((StandardsProfile profile) -> !StandardsProfiles.NATIONAL.equals(profile.id()))
              .thenComparing(StandardsProfile::id))
          .forEach(profile -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", profile.id());
            row.put("name", profile.name());
            row.put("inherits", profile.inherits());
            profiles.add(row);
          });
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("userId", user.userId());
      body.put("mayChange", mayChange(user));
      body.put("readOnlyBecause", mayChange(user) ? null : mayNotChange(user));
      body.put("profiles", profiles);
      return ResponseEntity.ok(body);
    });
  }

  @GetMapping(REST + "/{profileId}")
  public ResponseEntity<?> profile(@PathVariable String profileId) {
    return signedIn(user -> {
      StandardsProfile current = timescales.current().profile(profileId);
      StandardsProfile asWritten = timescales.asWritten().profile(profileId);
      StandardsProfile national = timescales.asWritten().profile(StandardsProfiles.NATIONAL);
      List<LocalTimescales.Change> changes = timescales.changes(profileId);
      List<Map<String, Object>> rules = new ArrayList<>();
      current.rules().values().forEach(rule -> keys(rule).forEach(key -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ruleId", rule.id());
        row.put("timescaleKey", key);
        row.put("title", rule.title());
        row.put("timescale", rule.timescale(key).toString());
        row.put("file", Optional.ofNullable(asWritten.rules().get(rule.id()))
            .map(written -> written.timescale(key).toString()).orElse(null));
        row.put("national", Optional.ofNullable(national.rules().get(rule.id()))
            .map(nationalRule -> nationalOf(nationalRule, key)).orElse(null));
        row.put("changedInVersion", changes.stream()
            .filter(change -> change.ruleId().equals(rule.id()) && java.util.Objects.equals(change.timescaleKey(), key))
            .map(LocalTimescales.Change::version).reduce((first, last) -> last).orElse(null));
        rules.add(row);
      }));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", current.id());
      body.put("name", current.name());
      body.put("inherits", current.inherits());
      body.put("rules", rules);
      return ResponseEntity.ok(body);
    });
  }

  @GetMapping(REST + "/{profileId}/changes")
  public ResponseEntity<?> changes(@PathVariable String profileId) {
    return signedIn(user -> {
      timescales.current().profile(profileId);
      return ResponseEntity.ok(timescales.changes(profileId));
    });
  }

  @PutMapping({REST + "/{profileId}/rules/{ruleId}", COCKPIT + "/{profileId}/rules/{ruleId}"})
  public ResponseEntity<?> change(@PathVariable String profileId, @PathVariable String ruleId,
      @RequestBody(required = false) ChangeRequest request) {
    return signedIn(user -> {
      if (!mayChange(user)) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", mayNotChange(user)));
      }
      if (request == null || request.timescale() == null || request.timescale().isBlank()) {
        throw new IllegalArgumentException("Standards profile '" + profileId + "', rule " + ruleId
            + ": send {\"timescale\": \"10 working days\", \"reason\": \"...\"} (and \"timescaleKey\" for a named one)");
      }
      return ResponseEntity.ok(timescales.change(new StandardsProfiles.LocalTimescale(profileId, ruleId,
          blankToNull(request.timescaleKey()), request.timescale().trim()), request.reason(), user.userId()));
    });
  }

  /**
   * Each step's rule and due date for a sample case started on {@code from} under the profile: every
   * clock counted from that day, beside national's. With {@code rule} and {@code timescale}, under that
   * change as proposed, which is checked but not made.
   */
  @GetMapping(REST + "/{profileId}/preview")
  public ResponseEntity<?> preview(@PathVariable String profileId, @RequestParam String from,
      @RequestParam(required = false) String rule, @RequestParam(required = false) String timescale,
      @RequestParam(required = false) String timescaleKey) {
    return signedIn(user -> {
      LocalDate day;
      try {
        day = LocalDate.parse(from);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("from: '" + from + "' is not a date (YYYY-MM-DD)", e);
      }
      StandardsProfiles profiles = rule == null ? timescales.current()
          : timescales.withProposed(new StandardsProfiles.LocalTimescale(profileId, rule, blankToNull(timescaleKey), timescale));
      StandardsProfile profile = profiles.profile(profileId);
      StandardsProfile national = timescales.asWritten().profile(StandardsProfiles.NATIONAL);
      List<Map<String, Object>> steps = new ArrayList<>();
      for (ProcessDefinition pathway : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
          .orderByProcessDefinitionKey().asc().list()) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(pathway.getId());
        for (DiagramTimescales.Lookup lookup : DiagramTimescales.lookups(pathway.getKey(), model)) {
          if (lookup.problem() != null || !profile.rules().containsKey(lookup.ruleId())) {
            continue;
          }
          StandardsProfile.Rule stepRule = profile.rule(lookup.ruleId());
          // A timescale the case picks as it runs: each the rule offers.
          List<String> keys = lookup.variable() == null ? java.util.Collections.singletonList(lookup.timescale())
              : List.copyOf(stepRule.timescales().keySet());
          for (String key : keys) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("pathway", pathway.getName() == null ? pathway.getKey() : pathway.getName());
            step.put("step", lookup.elementId());
            step.put("stepName", nameOf(model, lookup.elementId()));
            step.put("ruleId", lookup.ruleId());
            step.put("timescaleKey", key);
            step.put("timescale", stepRule.timescale(key).toString());
            step.put("due", dueOn(stepRule, key, day));
            step.put("nationalDue", Optional.ofNullable(national.rules().get(lookup.ruleId()))
                .map(nationalRule -> nationalOf(nationalRule, key) == null ? null : dueOn(nationalRule, key, day)).orElse(null));
            steps.add(step);
          }
        }
      }
      steps.sort(Comparator.comparing((Map<String, Object> step) -> step.get("pathway").toString())
          .thenComparing(step -> step.get("step").toString()));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("profile", profileId);
      body.put("from", day.toString());
      body.put("proposed", rule == null ? null : Map.of("ruleId", rule, "timescale", String.valueOf(timescale)));
      body.put("steps", steps);
      return ResponseEntity.ok(body);
    });
  }

  @ExceptionHandler({IllegalArgumentException.class, UnknownTimescaleException.class})
  public ResponseEntity<Map<String, String>> refused(RuntimeException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(LocalTimescales.ConcurrentChangeException.class)
  public ResponseEntity<Map<String, String>> concurrent(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
  }

  private static boolean mayChange(SignedIn user) {
    return user.groupIds().contains(CHANGES_TIMESCALES.groupId());
  }

  private static String mayNotChange(SignedIn user) {
    return "A local timescale is changed by a service manager (" + CHANGES_TIMESCALES.groupId() + "), and "
        + user.userId() + " is not one";
  }

  private ResponseEntity<?> signedIn(Function<SignedIn, ResponseEntity<?>> answer) {
    return ManagersOnly.answer(engine, "The standards profiles and their local timescales", answer);
  }

  private String dueOn(StandardsProfile.Rule rule, String key, LocalDate day) {
    return rule.timescale(key).deadline(day.atStartOfDay(WorkingDayCalendar.LONDON), calendar).toLocalDateTime().toString();
  }

  /** National's value of the same timescale, or null where national's rule has no such one. */
  private static String nationalOf(StandardsProfile.Rule national, String key) {
    try {
      return national.timescale(key).toString();
    } catch (UnknownTimescaleException e) {
      return null;
    }
  }

  /** A rule's timescales: its single one (null) or each named one. */
  private static List<String> keys(StandardsProfile.Rule rule) {
    return rule.timescale() != null ? java.util.Collections.singletonList(null) : List.copyOf(rule.timescales().keySet());
  }

  private static String nameOf(BpmnModelInstance model, String elementId) {
    ModelElementInstance element = model.getModelElementById(elementId);
    return element instanceof FlowElement flow ? flow.getName() : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
