package uk.safeguarding.notifications;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How each person and each agency wants its emails ({@code sg_notification_preference}, V20): at once, or
 * in a daily digest at an hour of their choosing; and the kinds they do not want. A statutory kind
 * ({@link NotificationKind#statutory()}) cannot be turned off: the choice is refused with its name. Work
 * due the same day is urgent and goes at once whatever the choice.
 */
@Component
public class Preferences {

  public enum Delivery {
    AT_ONCE("at-once"), DAILY_DIGEST("daily-digest");

    private final String id;

    Delivery(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** One owner's choice; nobody's row is "at once, every kind". */
  public record Preference(Recipient owner, Delivery delivery, Integer digestHour, Set<NotificationKind> kindsOff) {

    static Preference standard(Recipient owner) {
      return new Preference(owner, Delivery.AT_ONCE, null, EnumSet.noneOf(NotificationKind.class));
    }

    public boolean wants(NotificationKind kind) {
      return kind.statutory() || !kindsOff.contains(kind);
    }
  }

  /** A choice that cannot be kept; the API answers 400 with this message. */
  public static class RefusedException extends RuntimeException {
    RefusedException(String message) {
      super(message);
    }
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public Preferences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  public Preference of(Recipient owner) {
    return jdbc.query("select delivery, digest_hour, kinds_off from sg_notification_preference where owner = ?",
        (rs, i) -> new Preference(owner, rs.getString(1).equals(Delivery.DAILY_DIGEST.id) ? Delivery.DAILY_DIGEST : Delivery.AT_ONCE,
            (Integer) rs.getObject(2, Integer.class), kinds(rs.getString(3))), owner.key())
        .stream().findFirst().orElseGet(() -> Preference.standard(owner));
  }

  /** Keeps {@code owner}'s choice in place of any earlier one, or refuses it whole. */
  public Preference choose(Recipient owner, String delivery, Integer digestHour, Collection<String> kindsOff, String chosenBy) {
    Delivery how = Arrays.stream(Delivery.values()).filter(d -> d.id.equals(delivery)).findFirst()
        .orElseThrow(() -> new RefusedException("delivery must be at-once or daily-digest, not '" + delivery + "'"));
    if (how == Delivery.DAILY_DIGEST && (digestHour == null || digestHour < 0 || digestHour > 23)) {
      throw new RefusedException("A daily digest needs digestHour, the hour it is sent (0 to 23, London time)");
    }
    Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
    for (String id : kindsOff == null ? List.<String>of() : kindsOff) {
      NotificationKind kind = NotificationKind.byId(id).orElseThrow(() -> new RefusedException("'" + id
          + "' is not a kind of notification; the kinds are " + Arrays.stream(NotificationKind.values())
          .map(NotificationKind::id).collect(Collectors.joining(", "))));
      if (kind.statutory()) {
        throw new RefusedException(kind.id() + " is statutory and cannot be turned off: everyone is told of new work, "
            + "work due tomorrow and overdue work");
      }
      off.add(kind);
    }
    Integer hour = how == Delivery.DAILY_DIGEST ? digestHour : null;
    String offText = off.stream().map(NotificationKind::id).collect(Collectors.joining(","));
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    transaction.executeWithoutResult(status -> {
      if (jdbc.update("update sg_notification_preference set delivery = ?, digest_hour = ?, kinds_off = ?, changed_by = ?, "
          + "changed_at = ? where owner = ?", how.id, hour, offText, chosenBy, now, owner.key()) == 0) {
        jdbc.update("insert into sg_notification_preference (owner, delivery, digest_hour, kinds_off, changed_by, changed_at) "
            + "values (?, ?, ?, ?, ?, ?)", owner.key(), how.id, hour, offText, chosenBy, now);
      }
    });
    return new Preference(owner, how, hour, off);
  }

  private static Set<NotificationKind> kinds(String text) {
    Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
    Arrays.stream(text == null ? new String[0] : text.split(",")).map(NotificationKind::byId)
        .forEach(kind -> kind.ifPresent(kinds::add));
    return kinds;
  }
}
