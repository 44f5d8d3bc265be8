package uk.safeguarding.identity.signin;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;

/**
 * The council's directory, inside the test: UnboundID's in-memory LDAP server, with people under
 * ou=people and groups (groupOfNames) under ou=groups, as an authority's Active Directory is read over
 * LDAP. Its groups are the council's own names; configuration maps them to ours.
 */
final class TestDirectory {

  static final String BASE = "dc=northshire,dc=example";
  static final String READER = "cn=safeguarding-reader," + BASE;
  static final String READER_PASSWORD = "reader-secret";
  static final String TEAM_MANAGERS = "SG Team Managers";
  static final String SOCIAL_WORKERS = "SG Social Workers";

  private static InMemoryDirectoryServer running;

  private TestDirectory() {}

  /** Started once for the test run; returns its URL. */
  static synchronized String start() {
    try {
      if (running == null) {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(READER, READER_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null);
        running = new InMemoryDirectoryServer(config);
        running.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: northshire");
        running.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        running.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
        person("tina", "Tina", "Marsh");
        person("lee", "Lee", "Okafor");
        person("max", "Max", "Webb");
        person("nia", "Nia", "Rhys");
        group(TEAM_MANAGERS, "tina");
        group(SOCIAL_WORKERS, "lee", "max", "nia");
        running.startListening();
      }
      return "ldap://localhost:" + running.getListenPort() + "/";
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException("The test's directory did not start: " + e.getMessage(), e);
    }
  }

  /** A leaver: the council takes them out of the directory. */
  static void remove(String userId) throws LDAPException {
    for (String group : new String[] {TEAM_MANAGERS, SOCIAL_WORKERS}) {
      if (running.getEntry(groupDn(group)).hasAttributeValue("member", personDn(userId))) {
        running.modify(groupDn(group), new Modification(ModificationType.DELETE, "member", personDn(userId)));
      }
    }
    running.delete(personDn(userId));
  }

  /** A mover: the council moves them from one group to another. */
  static void move(String userId, String from, String to) throws LDAPException {
    running.modify(groupDn(from), new Modification(ModificationType.DELETE, "member", personDn(userId)));
    running.modify(groupDn(to), new Modification(ModificationType.ADD, "member", personDn(userId)));
  }

  private static void person(String uid, String firstName, String lastName) throws LDAPException, LDIFException {
    running.add("dn: " + personDn(uid), "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + firstName + " " + lastName,
        "givenName: " + firstName, "sn: " + lastName, "mail: " + uid + "@northshire.example",
        "userPassword: " + TestIdentityProvider.password(uid));
  }

  private static void group(String name, String... members) throws LDAPException, LDIFException {
    String[] lines = new String[3 + members.length];
    lines[0] = "dn: " + groupDn(name);
    lines[1] = "objectClass: groupOfNames";
    lines[2] = "cn: " + name;
    for (int i = 0; i < members.length; i++) {
      lines[3 + i] = "member: " + personDn(members[i]);
    }
    running.add(lines);
  }

  static String personDn(String uid) {
    return "uid=" + uid + ",ou=people," + BASE;
  }

  private static String groupDn(String name) {
    return "cn=" + name + ",ou=groups," + BASE;
  }
}
