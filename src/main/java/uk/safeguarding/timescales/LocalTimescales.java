package uk.safeguarding.timescales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An authority's timescales as changed in the running installation by a service manager, over the
 * profiles' files: each change is a row of {@code sg_local_timescale}, never updated nor removed, so the
 * rows are the audit. The profiles the diagrams count by are read from the database again after a short
 * while ({@code safeguarding.standards.local-timescales-cache}, 5 seconds), so every node counts by a
 * change within seconds and the node that made it at once. A due date or timer already set keeps its
 * date: the engine works it out when it creates the task or timer, which is what "new clocks only" means.
 */
@Component
public class LocalTimescales {

  private static final Logger LOG = LoggerFactory.getLogger(LocalTimescales.class);

  /** One change as recorded: the audit's row. */
  public record Change(long version, String profileId, String ruleId, String timescaleKey, String oldTimescale,
      String newTimescale, String reason, String changedBy, Instant changedAt) {

    StandardsProfiles.LocalTimescale asLocalTimescale() {
      return new StandardsProfiles.LocalTimescale(profileId, ruleId, timescaleKey, newTimescale);
    }
  }

  private record Read(StandardsProfiles profiles, List<Change> changes, long at) {}

  private final StandardsProfiles files;
  private final JdbcTemplate jdbc;
  private final long cacheNanos;
  private volatile Read read;

  public LocalTimescales(StandardsProfiles files, JdbcTemplate jdbc,
      @Value("${safeguarding.standards.local-timescales-cache:PT5S}") Duration cache) {
    this.files = files;
    this.jdbc = jdbc;
    this.cacheNanos = cache.toNanos();
  }

  /** The profiles new clocks count by: the files with every local change over them. */
  public StandardsProfiles current() {
    return fresh().profiles();
  }

  /** The profiles as their files say, before any local change: what a change is shown against. */
  public StandardsProfiles asWritten() {
    return files;
  }

  /** Every change of the profile, oldest first. */
  public List<Change> changes(String profileId) {
    return fresh().changes().stream().filter(change -> change.profileId().equals(profileId)).toList();
  }

  /**
   * The profiles with {@code proposed} over the current ones, checked as a profile's file is; nothing is
   * recorded. For the preview and before a change is recorded.
   *
   * @throws IllegalArgumentException naming the profile and rule, when the change is refused
   */
  public StandardsProfiles withProposed(StandardsProfiles.LocalTimescale proposed) {
    return current().withLocalTimescales(List.of(proposed));
  }

  /**
   * Records the change, checked against the profiles as the database holds them now, and counts by it on
   * this node at once.
   *
   * @throws IllegalArgumentException naming the profile and rule, when the change or its reason is refused
   */
  public Change change(StandardsProfiles.LocalTimescale proposed, String reason, String changedBy) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Standards profile '" + proposed.profileId() + "', rule " + proposed.ruleId()
          + ": say why the timescale changes (reason), for the audit");
    }
    read = null;
    StandardsProfiles before = current();
    StandardsProfiles after = withProposed(proposed);
    String oldTimescale = timescaleOf(before, proposed);
    String newTimescale = timescaleOf(after, proposed);
    long version = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from sg_local_timescale", Long.class);
    Instant now = Instant.now();
    try {
      jdbc.update("insert into sg_local_timescale (version, profile_id, rule_id, timescale_key, old_timescale,"
              + " new_timescale, reason, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          version, proposed.profileId(), proposed.ruleId(), proposed.timescaleKey(), oldTimescale, newTimescale,
          reason.trim(), changedBy, Timestamp.from(now));
    } catch (DuplicateKeyException e) {
      throw new ConcurrentChangeException("Another timescale change took version " + version + " at the same moment;"
          + " look at the profile again and repeat the change if it still stands");
    } finally {
      read = null;
    }
    LOG.info("Standards profile {} rule {}{}: {} -> {} (version {}, by {})", proposed.profileId(), proposed.ruleId(),
        proposed.timescaleKey() == null ? "" : "." + proposed.timescaleKey(), oldTimescale, newTimescale, version, changedBy);
    return new Change(version, proposed.profileId(), proposed.ruleId(), proposed.timescaleKey(), oldTimescale,
        newTimescale, reason.trim(), changedBy, now);
  }

  /** Two changes took the same version at once: the later is refused rather than lost. */
  public static class ConcurrentChangeException extends RuntimeException {
    ConcurrentChangeException(String message) {
      super(message);
    }
  }

  private static String timescaleOf(StandardsProfiles profiles, StandardsProfiles.LocalTimescale change) {
    return profiles.profile(change.profileId()).rule(change.ruleId()).timescale(change.timescaleKey()).toString();
  }

  private Read fresh() {
    Read last = read;
    if (last != null && System.nanoTime() - last.at() < cacheNanos) {
      return last;
    }
    List<Change> changes = jdbc.query("select * from sg_local_timescale order by version", LocalTimescales::change);
    StandardsProfiles profiles = files;
    for (Change change : changes) {
      try {
        profiles = profiles.withLocalTimescales(List.of(change.asLocalTimescale()));
      } catch (IllegalArgumentException e) {
        // A release whose files no longer hold the rule (or its shape): the file's timescale stands, and says so.
        LOG.warn("Local timescale change version {} no longer applies, the file's timescale stands: {}",
            change.version(), e.getMessage());
      }
    }
    Read now = new Read(profiles, List.copyOf(changes), System.nanoTime());
    read = now;
    return now;
  }

  private static Change change(ResultSet row, int number) throws SQLException {
    return new Change(row.getLong("version"), row.getString("profile_id"), row.getString("rule_id"),
        row.getString("timescale_key"), row.getString("old_timescale"), row.getString("new_timescale"),
        row.getString("reason"), row.getString("changed_by"), row.getTimestamp("changed_at").toInstant());
  }
}
