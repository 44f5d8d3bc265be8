package uk.safeguarding.identity.signin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The person an agency's identity provider signed in for this request: through the webapps' sign-in
 * (OpenID Connect, {@link ProviderPeople#oidcUsers}) or a bearer token on the REST API
 * ({@link ProviderPeople#jwtAuthentication}). Their groups are ours, mapped at sign-in from the provider's
 * groups; or, for a provider whose groups are kept in the directory, the directory's, read on every request.
 */
public record SignedInPerson(String userId, String firstName, String lastName, String email, List<String> groups,
    boolean groupsFromDirectory) {

  static final String GROUP = "GROUP_";
  static final String DIRECTORY_GROUPS = "GROUPS_FROM_DIRECTORY";

  public SignedInPerson {
    groups = List.copyOf(groups);
  }

  /** Who signed in through a provider on this thread's request, if anyone did. */
  public static Optional<SignedInPerson> current() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated()) {
      return Optional.empty();
    }
    if (signedIn.getPrincipal() instanceof OidcUser user) {
      return Optional.of(new SignedInPerson(signedIn.getName(), user.getGivenName(), user.getFamilyName(),
          user.getEmail(), groups(signedIn.getAuthorities()), fromDirectory(signedIn.getAuthorities())));
    }
    if (signedIn instanceof JwtAuthenticationToken token) {
      return Optional.of(new SignedInPerson(token.getName(), token.getToken().getClaimAsString("given_name"),
          token.getToken().getClaimAsString("family_name"), token.getToken().getClaimAsString("email"),
          groups(signedIn.getAuthorities()), fromDirectory(signedIn.getAuthorities())));
    }
    return Optional.empty();
  }

  /** This person, when the engine asks for {@code userId} and the groups are the provider's (a directory answers for the others). */
  static Optional<SignedInPerson> asking(String userId) {
    return current().filter(person -> !person.groupsFromDirectory() && person.userId().equals(userId));
  }

  /** The authorities a sign-in carries: our groups, and whether the directory has the say instead. */
  static List<GrantedAuthority> authorities(Collection<String> ourGroups, boolean groupsFromDirectory) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    ourGroups.forEach(group -> authorities.add(new SimpleGrantedAuthority(GROUP + group)));
    if (groupsFromDirectory) {
      authorities.add(new SimpleGrantedAuthority(DIRECTORY_GROUPS));
    }
    return authorities;
  }

  private static List<String> groups(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith(GROUP))
        .map(name -> name.substring(GROUP.length())).toList();
  }

  private static boolean fromDirectory(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().anyMatch(authority -> DIRECTORY_GROUPS.equals(authority.getAuthority()));
  }
}
