package uk.safeguarding.notifications;

import uk.safeguarding.agency.Agency;

/** Who an email is for: an agency or role (its group's shared mailbox) or one person. */
public record Recipient(Type type, String id) {

  public enum Type { GROUP, USER }

  public static Recipient group(String groupId) {
    return new Recipient(Type.GROUP, groupId);
  }

  public static Recipient user(String userId) {
    return new Recipient(Type.USER, userId);
  }

  /** As kept in the outbox and the preferences: group:police, user:paul. */
  public String key() {
    return (type == Type.GROUP ? "group:" : "user:") + id;
  }

  public static Recipient fromKey(String key) {
    return key.startsWith("group:") ? group(key.substring(6)) : user(key.substring(key.indexOf(':') + 1));
  }

  /** How the email greets them: the agency's name, or the person's user id. */
  public String name() {
    return type == Type.GROUP ? Agency.groupName(id) : id;
  }
}
