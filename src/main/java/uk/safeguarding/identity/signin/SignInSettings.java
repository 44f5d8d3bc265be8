package uk.safeguarding.identity.signin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people sign in, {@code safeguarding.sign-in} (docs/operations.md, "Sign-in"): which of each agency's
 * groups in its own identity provider or directory are which of our agency and role groups, and whether
 * passwords kept in the engine's own tables count. The providers themselves (issuer, client id and
 * secret) are Spring Security's own {@code spring.security.oauth2.client.registration.<id>} and
 * {@code .provider.<id>}; {@code providers.<id>} here says how to read the people that provider signs in.
 */
@ConfigurationProperties("safeguarding.sign-in")
public class SignInSettings {

  /** Passwords kept in the engine's tables (the demo's users): off under the postgres profile unless enabled. */
  private boolean localPasswords = true;
  private Map<String, Provider> providers = new LinkedHashMap<>();
  private Directory directory = new Directory();

  /** One agency's OpenID Connect provider, by the id of its client registration. */
  public static class Provider {
    /** The claim whose value is the user id in the engine (an assignee, "recorded by"). */
    private String userIdClaim = "preferred_username";
    /** The claim listing the person's groups (or roles) at the provider. */
    private String groupsClaim = "groups";
    /** Our group id to the provider's groups that make a person one of it; a group not listed gives nothing. */
    private Map<String, List<String>> groups = new LinkedHashMap<>();
    /** The person's groups are the directory's (LDAP), not the token's: a council signing in through Entra ID with groups in Active Directory. */
    private boolean groupsFromDirectory;

    public String getUserIdClaim() { return userIdClaim; }
    public void setUserIdClaim(String userIdClaim) { this.userIdClaim = userIdClaim; }
    public String getGroupsClaim() { return groupsClaim; }
    public void setGroupsClaim(String groupsClaim) { this.groupsClaim = groupsClaim; }
    public Map<String, List<String>> getGroups() { return groups; }
    public void setGroups(Map<String, List<String>> groups) { this.groups = groups; }
    public boolean isGroupsFromDirectory() { return groupsFromDirectory; }
    public void setGroupsFromDirectory(boolean groupsFromDirectory) { this.groupsFromDirectory = groupsFromDirectory; }

    /** Our groups for the provider's: each of ours one of whose provider groups the person has. */
    public Set<String> ourGroups(Iterable<String> theirs) {
      Set<String> held = new LinkedHashSet<>();
      theirs.forEach(held::add);
      Set<String> ours = new LinkedHashSet<>();
      groups.forEach((our, mapped) -> {
        if (mapped.stream().anyMatch(held::contains)) {
          ours.add(our);
        }
      });
      return ours;
    }
  }

  /**
   * The authority's directory (LDAP, through Camunda's LDAP identity provider plugin), read-only: the
   * connection is {@code ldap.*}, the plugin's own settings; {@code groups} maps our group ids to the
   * directory's group ids (the plugin's {@code groupIdAttribute}, cn by default).
   */
  public static class Directory {
    private boolean enabled;
    private Map<String, List<String>> groups = new LinkedHashMap<>();

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Map<String, List<String>> getGroups() { return groups; }
    public void setGroups(Map<String, List<String>> groups) { this.groups = groups; }

    /** Ours for a directory group id, if it is mapped. */
    public Optional<String> ourGroup(String directoryGroupId) {
      return groups.entrySet().stream().filter(each -> each.getValue().contains(directoryGroupId))
          .map(Map.Entry::getKey).findFirst();
    }

    /** The directory's group ids that make a person one of ours (none when ours is not mapped). */
    public List<String> directoryGroups(String ourGroupId) {
      return groups.getOrDefault(ourGroupId, List.of());
    }
  }

  public boolean isLocalPasswords() { return localPasswords; }
  public void setLocalPasswords(boolean localPasswords) { this.localPasswords = localPasswords; }
  public Map<String, Provider> getProviders() { return providers; }
  public void setProviders(Map<String, Provider> providers) { this.providers = providers; }
  public Directory getDirectory() { return directory; }
  public void setDirectory(Directory directory) { this.directory = directory; }

  public Provider provider(String registrationId) {
    return providers.getOrDefault(registrationId, new Provider());
  }
}
