package uk.safeguarding.timescales;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every standards profile, read once from {@code standards/*.yaml} on the classpath and merged over
 * the profile each inherits. A profile that does not parse stops the application at start-up, so a
 * typo in a timescale never reaches a case.
 */
public final class StandardsProfiles {

  public static final String NATIONAL = "national";

  private final Map<String, StandardsProfile> profiles;
  private final String defaultProfile;
  /** The profiles as written (with any local timescales over them), kept so a change is merged exactly as a file is. */
  private final Map<String, ProfileFile> files;

  private StandardsProfiles(Map<String, StandardsProfile> profiles, String defaultProfile, Map<String, ProfileFile> files) {
    if (!profiles.containsKey(defaultProfile)) {
      throw new IllegalStateException("The default standards profile '" + defaultProfile
          + "' does not exist; profiles: " + profiles.keySet());
    }
    this.profiles = Collections.unmodifiableMap(profiles);
    this.defaultProfile = defaultProfile;
    this.files = Collections.unmodifiableMap(files);
  }

  public static StandardsProfiles fromClasspath(String defaultProfile) {
    return fromClasspath(defaultProfile, List.of());
  }

  /**
   * The profiles of {@code standards/*.yaml} and those of the further locations (resource patterns): the
   * tests add a fixture authority this way, so the six authorities of the catalogue stay as they are.
   */
  public static StandardsProfiles fromClasspath(String defaultProfile, List<String> furtherLocations) {
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath*:standards/*.yaml")));
      for (String location : furtherLocations) {
        files.addAll(List.of(resolver.getResources(location)));
      }
      Map<String, ProfileFile> read = new TreeMap<>();
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          ProfileFile profile = YAML.readValue(in, ProfileFile.class);
          String expected = Objects.requireNonNull(file.getFilename()).replace(".yaml", "");
          if (!expected.equals(profile.id)) {
            throw new IllegalStateException(file.getFilename() + " declares id '" + profile.id + "'");
          }
          if (read.put(profile.id, profile) != null) {
            throw new IllegalStateException("Two standards profiles declare id '" + profile.id + "'");
          }
        }
      }
      return merged(read, defaultProfile);
    } catch (IOException e) {
      throw new UncheckedIOException("Standards profiles could not be read", e);
    }
  }

  private static StandardsProfiles merged(Map<String, ProfileFile> read, String defaultProfile) {
    Map<String, StandardsProfile> merged = new TreeMap<>();
    for (String id : read.keySet()) {
      merged.put(id, merge(id, read, new ArrayList<>()));
    }
    return new StandardsProfiles(merged, defaultProfile, read);
  }

  /**
   * One rule's timescale as an authority changed it in the running installation
   * ({@code timescales/LocalTimescales}), over what its file says; {@code timescaleKey} names one of a
   * rule's named timescales, null its single one.
   */
  public record LocalTimescale(String profileId, String ruleId, String timescaleKey, String timescale) {}

  /**
   * These profiles with the local timescales written over their files and merged again, so a change is
   * checked exactly as the YAML is (a bad timescale is refused naming the rule) and reaches the
   * profiles that inherit the changed one. Only a rule the profile already has may change, and only in
   * the shape it has: a single timescale, or one of its named ones.
   *
   * @throws IllegalArgumentException naming the profile and rule, when the change is refused
   */
  public StandardsProfiles withLocalTimescales(List<LocalTimescale> changes) {
    Map<String, ProfileFile> changed = new TreeMap<>(files);
    for (LocalTimescale change : changes) {
      String where = "Standards profile '" + change.profileId() + "', rule " + change.ruleId();
      if (!exists(change.profileId())) {
        throw new IllegalArgumentException("There is no standards profile '" + change.profileId() + "'; choose one of "
            + profiles.keySet());
      }
      StandardsProfile.Rule rule = profiles.get(change.profileId()).rules().get(change.ruleId());
      if (rule == null) {
        throw new IllegalArgumentException(where + ": the profile has no such rule, and a local change only changes"
            + " the timescale of a rule it has");
      }
      try {
        rule.timescale(change.timescaleKey());
      } catch (UnknownTimescaleException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      ProfileFile file = changed.get(change.profileId()).withRulesCopied();
      RuleEntry entry = file.rules.containsKey(change.ruleId()) ? file.rules.get(change.ruleId()).copy() : new RuleEntry();
      if (change.timescaleKey() == null) {
        entry.timescale = change.timescale();
      } else {
        entry.timescales = entry.timescales == null ? new TreeMap<>() : new TreeMap<>(entry.timescales);
        entry.timescales.put(change.timescaleKey(), change.timescale());
      }
      file.rules.put(change.ruleId(), entry);
      changed.put(change.profileId(), file);
    }
    try {
      return merged(changed, defaultProfile);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  public StandardsProfile profile(String id) {
    StandardsProfile profile = profiles.get(id == null || id.isBlank() ? defaultProfile : id);
    if (profile == null) {
      throw new UnknownTimescaleException("There is no standards profile '" + id + "'; choose one of " + profiles.keySet());
    }
    return profile;
  }

  public boolean exists(String id) {
    return profiles.containsKey(id);
  }

  public Map<String, StandardsProfile> all() {
    return profiles;
  }

  public String defaultProfile() {
    return defaultProfile;
  }

  private static StandardsProfile merge(String id, Map<String, ProfileFile> files, List<String> chain) {
    if (chain.contains(id)) {
      throw new IllegalStateException("Standards profiles inherit in a circle: " + chain + " -> " + id);
    }
    chain.add(id);
    ProfileFile file = files.get(id);
    if (file == null) {
      throw new IllegalStateException("Standards profile " + chain + " inherits '" + id + "', which does not exist");
    }
    StandardsProfile parent = file.inherits == null ? null : merge(file.inherits, files, chain);
    Map<String, StandardsProfile.Rule> rules = new TreeMap<>();
    OfficeHours officeHours = null;
    if (parent != null) {
      rules.putAll(parent.rules());
      officeHours = parent.officeHours();
    }
    file.rules.forEach((ruleId, entry) -> rules.put(ruleId, entry.over(ruleId, rules.get(ruleId), id)));
    if (file.officeHours != null) {
      officeHours = file.officeHours.over(officeHours, id, rules.keySet());
    }
    if (officeHours == null) {
      throw new IllegalStateException("Standards profile '" + id + "' has no officeHours and inherits none");
    }
    Map<String, StandardsProfile.BreachEscalation> escalations = new TreeMap<>();
    if (parent != null) {
      escalations.putAll(parent.breachEscalations());
    }
    // A local entry replaces the inherited one whole; "escalation: none" takes the rule off the list.
    file.breachEscalations.forEach((ruleId, entry) -> {
      if (entry.escalates(ruleId, id)) {
        escalations.put(ruleId, entry.toEscalation(ruleId, id));
      } else {
        escalations.remove(ruleId);
      }
    });
    NotificationTimes notifications = parent == null ? null : parent.notifications();
    if (file.notifications != null) {
      notifications = file.notifications.over(notifications, id);
    }
    if (notifications == null) {
      throw new IllegalStateException("Standards profile '" + id + "' has no notifications and inherits none");
    }
    return new StandardsProfile(file.id, file.name, file.inherits, file.description,
        file.qualityStandards == null ? List.of() : List.copyOf(file.qualityStandards),
        officeHours, Collections.unmodifiableMap(rules), Collections.unmodifiableMap(escalations), notifications);
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** The file as written; fields mirror the YAML keys. */
  static final class ProfileFile {
    public String id;
    public String name;
    public String inherits;
    public String description;
    public List<String> qualityStandards;
    public OfficeHoursEntry officeHours;
    public Map<String, RuleEntry> rules = new LinkedHashMap<>();
    public Map<String, EscalationEntry> breachEscalations = new LinkedHashMap<>();
    public NotificationsEntry notifications;

    /** The same file with a rules map of its own, for a local change to write into. */
    ProfileFile withRulesCopied() {
      ProfileFile copy = new ProfileFile();
      copy.id = id;
      copy.name = name;
      copy.inherits = inherits;
      copy.description = description;
      copy.qualityStandards = qualityStandards;
      copy.officeHours = officeHours;
      copy.rules = new LinkedHashMap<>(rules);
      copy.breachEscalations = breachEscalations;
      copy.notifications = notifications;
      return copy;
    }
  }

  /**
   * ESC-01, as written: {@code escalation: ESC-01} with who raises it, with whom and the raising
   * party's position; or {@code escalation: none} with the reason a local profile leaves the breach
   * to the team manager's review.
   */
  static final class EscalationEntry {
    public String escalation;
    public PartyEntry raisedBy;
    public PartyEntry with;
    public String position;
    public String reason;
    public String source;

    boolean escalates(String ruleId, String profileId) {
      if ("none".equals(escalation)) {
        if (reason == null || reason.isBlank()) {
          throw new IllegalStateException("Standards profile '" + profileId + "': breachEscalations." + ruleId
              + " is left out (escalation: none) without the reason");
        }
        return false;
      }
      if (!StandardsProfile.ESCALATION_RULE.equals(escalation)) {
        throw new IllegalStateException("Standards profile '" + profileId + "': breachEscalations." + ruleId
            + " must name escalation: " + StandardsProfile.ESCALATION_RULE + " (or none, with the reason), not '"
            + escalation + "'");
      }
      return true;
    }

    StandardsProfile.BreachEscalation toEscalation(String ruleId, String profileId) {
      String where = "Standards profile '" + profileId + "': breachEscalations." + ruleId;
      if (position == null || position.isBlank()) {
        throw new IllegalStateException(where + " has no position for the raising party");
      }
      return new StandardsProfile.BreachEscalation(ruleId, party(raisedBy, where + ".raisedBy"), party(with, where + ".with"),
          position.trim(), source);
    }

    private static StandardsProfile.Party party(PartyEntry entry, String where) {
      if (entry == null) {
        throw new IllegalStateException(where + " is missing");
      }
      int ways = (entry.agency == null ? 0 : 1) + (entry.caseVariable == null ? 0 : 1) + (entry.lateAgency ? 1 : 0);
      if (ways != 1) {
        throw new IllegalStateException(where + " must say one of agency, caseVariable or lateAgency");
      }
      if (entry.oneOf != null && entry.caseVariable == null) {
        throw new IllegalStateException(where + ": oneOf narrows a caseVariable only");
      }
      return new StandardsProfile.Party(entry.agency, entry.caseVariable,
          entry.oneOf == null ? List.of() : List.copyOf(entry.oneOf), entry.lateAgency);
    }
  }

  static final class PartyEntry {
    public String agency;
    public String caseVariable;
    public List<String> oneOf;
    public boolean lateAgency;
  }

  /** Issue 24, as written: like office hours, a local profile names what differs and inherits the rest. */
  static final class NotificationsEntry {
    public String managerToldAfter;
    public String sendFrom;
    public String sendUntil;
    public String counting;
    public String source;

    NotificationTimes over(NotificationTimes inherited, String profileId) {
      try {
        return new NotificationTimes(
            managerToldAfter != null ? Timescale.parse(managerToldAfter) : inherited == null ? null : inherited.managerToldAfter(),
            sendFrom != null ? OfficeHours.time(sendFrom, "sendFrom") : inherited == null ? null : inherited.sendFrom(),
            sendUntil != null ? OfficeHours.time(sendUntil, "sendUntil") : inherited == null ? null : inherited.sendUntil(),
            RuleEntry.pick(counting, inherited == null ? null : inherited.counting()),
            RuleEntry.pick(source, inherited == null ? null : inherited.source()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Standards profile '" + profileId + "': notifications: " + e.getMessage(), e);
      }
    }
  }

  static final class OfficeHoursEntry {
    public String opens;
    public String closes;
    public List<String> rules;
    public String counting;
    public String source;

    /** Like a rule entry: a local profile names what differs and inherits the rest. */
    OfficeHours over(OfficeHours inherited, String profileId, Set<String> knownRules) {
      try {
        OfficeHours hours = new OfficeHours(
            opens != null ? OfficeHours.time(opens, "opens") : inherited == null ? null : inherited.opens(),
            closes != null ? OfficeHours.time(closes, "closes") : inherited == null ? null : inherited.closes(),
            rules != null ? rules : inherited == null ? null : inherited.rules(),
            RuleEntry.pick(counting, inherited == null ? null : inherited.counting()),
            RuleEntry.pick(source, inherited == null ? null : inherited.source()));
        hours.rules().stream().filter(rule -> !knownRules.contains(rule)).findFirst().ifPresent(rule -> {
          throw new IllegalArgumentException("officeHours names rule " + rule + ", which the profile does not have");
        });
        return hours;
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Standards profile '" + profileId + "': " + e.getMessage(), e);
      }
    }
  }

  static final class RuleEntry {
    public String title;
    public String timescale;
    public Map<String, String> timescales;
    public String from;
    /** The event each timescale counts from, for the pathway: a text for a single timescale, else name: event. */
    public Object countsFrom;
    public String counting;
    public String source;

    RuleEntry copy() {
      RuleEntry copy = new RuleEntry();
      copy.title = title;
      copy.timescale = timescale;
      copy.timescales = timescales;
      copy.from = from;
      copy.countsFrom = countsFrom;
      copy.counting = counting;
      copy.source = source;
      return copy;
    }

    /** A local entry replaces the fields it names and the named timescales it names; the rest is inherited. */
    StandardsProfile.Rule over(String ruleId, StandardsProfile.Rule inherited, String profileId) {
      Map<String, Timescale> named = new TreeMap<>();
      if (inherited != null && timescale == null) {
        named.putAll(inherited.timescales());
      }
      if (timescales != null) {
        timescales.forEach((key, text) -> named.put(key, parse(profileId, ruleId + "." + key, text)));
      }
      Timescale single = timescale != null ? parse(profileId, ruleId, timescale)
          : timescales == null && inherited != null ? inherited.timescale() : null;
      if (single == null && named.isEmpty()) {
        throw new IllegalStateException("Standards profile '" + profileId + "': rule " + ruleId + " has no timescale");
      }
      return new StandardsProfile.Rule(ruleId,
          pick(title, inherited == null ? null : inherited.title()),
          single, Collections.unmodifiableMap(named),
          pick(from, inherited == null ? null : inherited.from()),
          pick(counting, inherited == null ? null : inherited.counting()),
          pick(source, inherited == null ? null : inherited.source()),
          countsFrom(profileId, ruleId, inherited, single, named));
    }

    /** A local entry replaces the events it names, timescale by timescale, and inherits the rest. */
    private Map<String, String> countsFrom(String profileId, String ruleId, StandardsProfile.Rule inherited,
        Timescale single, Map<String, Timescale> named) {
      Map<String, String> events = new TreeMap<>();
      if (inherited != null) {
        events.putAll(inherited.countsFrom());
      }
      String where = "Standards profile '" + profileId + "': rule " + ruleId + " countsFrom";
      if (countsFrom instanceof String event) {
        if (single == null) {
          throw new IllegalStateException(where + " names one event, but the rule has several timescales " + named.keySet()
              + "; write 'countsFrom: { timescale: event }'");
        }
        events.put(StandardsProfile.Rule.SINGLE_TIMESCALE, event.trim());
      } else if (countsFrom instanceof Map<?, ?> byTimescale) {
        byTimescale.forEach((key, event) -> {
          if (!named.containsKey(String.valueOf(key))) {
            throw new IllegalStateException(where + " names '" + key + "', which is not one of its timescales " + named.keySet());
          }
          events.put(String.valueOf(key), String.valueOf(event).trim());
        });
      } else if (countsFrom != null) {
        throw new IllegalStateException(where + " must be an event, or timescale: event");
      }
      return Collections.unmodifiableMap(events);
    }

    private static Timescale parse(String profileId, String where, String text) {
      try {
        return Timescale.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("Standards profile '" + profileId + "', " + where + ": " + e.getMessage(), e);
      }
    }

    private static String pick(String local, String inherited) {
      return local != null ? local : inherited;
    }
  }
}
