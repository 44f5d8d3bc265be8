package uk.safeguarding.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
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
import uk.safeguarding.identity.AgencyAccessSetup;
import uk.safeguarding.identity.SignedIn;

/**
 * Notifications over HTTP (HTTP Basic, or Tasklist's session for reads: identity/EngineRestSecurity):
 * <ul>
 *   <li>{@code GET/PUT /api/notifications/preferences}: the signed-in person's own choice,
 *       {@code {"delivery": "at-once" | "daily-digest", "digestHour": 7, "kindsOff": ["breach-recorded"]}};
 *       a statutory kind in {@code kindsOff} is a 400 naming it;</li>
 *   <li>{@code GET/PUT /api/notifications/preferences/agencies/{group}}: an agency's shared mailbox, chosen
 *       by the agency's line managers (children's social care: team and service managers) or an administrator;</li>
 *   <li>{@code GET /api/notifications/sent[?case=]}: the latest emails (of one case with {@code case}) with whether and when each went; managers
 *       and administrators see every one, anybody else those to them and to their agencies
 *       ({@code static/notifications.html} shows it).</li>
 * </ul>
 */
@RestController
public class NotificationsApi {

  private static final int SHOWN = 200;

  private final ProcessEngine engine;
  private final Preferences preferences;
  private final Outbox outbox;
  private final Notifications notifications;
  private final NotificationSettings settings;

  public NotificationsApi(ProcessEngine engine, Preferences preferences, Outbox outbox, Notifications notifications,
      NotificationSettings settings) {
    this.engine = engine;
    this.preferences = preferences;
    this.outbox = outbox;
    this.notifications = notifications;
    this.settings = settings;
  }

  @GetMapping("/api/notifications/preferences")
  public ResponseEntity<?> own() {
    return SignedIn.current(engine).<ResponseEntity<?>>map(person -> ResponseEntity.ok(view(preferences.of(Recipient.user(person.userId())))))
        .orElseGet(NotificationsApi::notSignedIn);
  }

  @PutMapping("/api/notifications/preferences")
  public ResponseEntity<?> chooseOwn(@RequestBody JsonNode body) {
    return SignedIn.current(engine).<ResponseEntity<?>>map(person ->
            ResponseEntity.ok(view(choose(Recipient.user(person.userId()), body, person.userId()))))
        .orElseGet(NotificationsApi::notSignedIn);
  }

  @GetMapping("/api/notifications/preferences/agencies/{group}")
  public ResponseEntity<?> agency(@PathVariable String group) {
    return forAgency(group, person -> ResponseEntity.ok(view(preferences.of(Recipient.group(group)))));
  }

  @PutMapping("/api/notifications/preferences/agencies/{group}")
  public ResponseEntity<?> chooseForAgency(@PathVariable String group, @RequestBody JsonNode body) {
    return forAgency(group, person -> ResponseEntity.ok(view(choose(Recipient.group(group), body, person.userId()))));
  }

  @GetMapping("/api/notifications/sent")
  public ResponseEntity<?> sent(@RequestParam(name = "case", required = false) String caseReference) {
    return SignedIn.current(engine).<ResponseEntity<?>>map(person -> {
      boolean everyone = seesEveryone(person);
      List<Notification> shown = outbox.latest(everyone ? null : addressesOf(person), caseReference, SHOWN);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("scope", everyone ? "every email (you are a manager)" : "emails to you and to your agencies");
      answer.put("notifications", shown.stream().map(NotificationsApi::view).toList());
      return ResponseEntity.ok(answer);
    }).orElseGet(NotificationsApi::notSignedIn);
  }

  @ExceptionHandler(Preferences.RefusedException.class)
  public ResponseEntity<Map<String, String>> refused(Preferences.RefusedException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }

  private Preferences.Preference choose(Recipient owner, JsonNode body, String by) {
    if (body == null || !body.isObject()) {
      throw new Preferences.RefusedException("Send {\"delivery\": \"at-once\" or \"daily-digest\", \"digestHour\": 0-23, \"kindsOff\": [...]}");
    }
    JsonNode hour = body.get("digestHour");
    JsonNode off = body.get("kindsOff");
    List<String> kindsOff = off == null || off.isNull() ? List.of()
        : StreamSupport.stream(off.spliterator(), false).map(JsonNode::asText).toList();
    return preferences.choose(owner, body.path("delivery").asText(""), hour == null || !hour.canConvertToInt() ? null : hour.asInt(),
        kindsOff, by);
  }

  private ResponseEntity<?> forAgency(String group, java.util.function.Function<SignedIn, ResponseEntity<?>> answer) {
    return SignedIn.current(engine).<ResponseEntity<?>>map(person -> {
      Agency agency = Agency.byGroupId(group).orElse(null);
      if (agency == null) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "No agency " + group));
      }
      if (!person.groupIds().contains(Groups.CAMUNDA_ADMIN) && !person.groupIds().contains(agency.lineManagerGroup())) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "The emails of " + agency.displayName()
            + " are chosen by its managers (" + agency.lineManagerGroup() + "), and " + person.userId() + " is not one"));
      }
      return answer.apply(person);
    }).orElseGet(NotificationsApi::notSignedIn);
  }

  private static boolean seesEveryone(SignedIn person) {
    return person.groupIds().contains(Groups.CAMUNDA_ADMIN)
        || AgencyAccessSetup.MANAGERS.stream().anyMatch(manager -> person.groupIds().contains(manager.groupId()));
  }

  private Set<String> addressesOf(SignedIn person) {
    Set<String> addresses = new LinkedHashSet<>();
    notifications.addressOf(Recipient.user(person.userId())).ifPresent(addresses::add);
    person.groupIds().forEach(group -> notifications.addressOf(Recipient.group(group)).ifPresent(addresses::add));
    return addresses;
  }

  private static Map<String, Object> view(Preferences.Preference preference) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("owner", preference.owner().key());
    view.put("delivery", preference.delivery().id());
    view.put("digestHour", preference.digestHour());
    view.put("kindsOff", preference.kindsOff().stream().map(NotificationKind::id).toList());
    List<Map<String, Object>> kinds = new ArrayList<>();
    Arrays.stream(NotificationKind.values()).forEach(kind -> kinds.add(Map.of("kind", kind.id(), "heading", kind.heading(),
        "statutory", kind.statutory(), "on", preference.wants(kind))));
    view.put("kinds", kinds);
    return view;
  }

  private static Map<String, Object> view(Notification n) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", n.id());
    view.put("kind", n.kind().id());
    view.put("to", n.address());
    view.put("recipient", n.recipient().key());
    view.put("caseReference", n.caseReference());
    view.put("subject", n.subject());
    view.put("body", n.body());
    view.put("invitation", n.hasInvitation());
    view.put("digest", n.digest());
    view.put("createdAt", n.createdAt().toInstant().toString());
    view.put("sendAfter", n.sendAfter().toInstant().toString());
    view.put("sentAt", n.sentAt() == null ? null : n.sentAt().toInstant().toString());
    view.put("status", n.sent() ? "sent" : "waiting");
    return view;
  }

  private static ResponseEntity<?> notSignedIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "You are not signed in"));
  }
}
