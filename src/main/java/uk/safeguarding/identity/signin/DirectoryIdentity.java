package uk.safeguarding.identity.signin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * The authority's directory as the engine's identity (Camunda's LDAP identity provider), read-only,
 * with its groups seen as ours: a directory group is one of our agency or role groups only where
 * {@code safeguarding.sign-in.directory.groups} says so ("CN=Police CAIT" is police), and a group it
 * does not map is not seen at all, so nobody gains an agency's work by a group an administrator made
 * for something else. People signed in by a provider whose groups are the provider's are answered as
 * {@link LocalIdentity} answers them.
 */
class DirectoryIdentity extends LdapIdentityProviderSession {

  private final SignInSettings.Directory mapping;

  DirectoryIdentity(LdapConfiguration ldap, SignInSettings.Directory mapping) {
    super(ldap);
    this.mapping = mapping;
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    Optional<List<Group>> signedIn = PeopleAsEngineUsers.groupsOf(query.getUserId(), query.getId(), query.getIds());
    if (signedIn.isPresent()) {
      return signedIn.get();
    }
    List<String> asked = query.getId() != null ? List.of(query.getId())
        : query.getIds() != null ? Arrays.asList(query.getIds()) : null;
    Map<String, Group> ours = new LinkedHashMap<>();
    for (LdapGroupQuery directoryQuery : inDirectoryTerms(query, asked)) {
      for (Group found : super.findGroupByQueryCriteria(directoryQuery)) {
        mapping.ourGroup(found.getId()).filter(our -> asked == null || asked.contains(our))
            .ifPresent(our -> ours.putIfAbsent(our, renamed(found, our)));
      }
    }
    return new ArrayList<>(ours.values());
  }

  @Override
  public long findGroupCountByQueryCriteria(LdapGroupQuery query) {
    return findGroupByQueryCriteria(query).size();
  }

  @Override
  public Group findGroupById(String groupId) {
    List<Group> found = findGroupByQueryCriteria((LdapGroupQuery) new LdapGroupQuery().groupId(groupId));
    return found.isEmpty() ? null : found.get(0);
  }

  @Override
  public List<User> findUserByQueryCriteria(LdapUserQueryImpl query) {
    List<User> found = new ArrayList<>();
    if (query.getGroupId() == null) {
      found.addAll(super.findUserByQueryCriteria(query));
    } else {
      for (String directoryGroup : mapping.directoryGroups(query.getGroupId())) {
        found.addAll(super.findUserByQueryCriteria(memberOf(query, directoryGroup)));
      }
    }
    if (found.isEmpty() && query.getId() != null) {
      PeopleAsEngineUsers.user(query.getId(), query.getGroupId()).ifPresent(found::add);
    }
    return found;
  }

  @Override
  public long findUserCountByQueryCriteria(LdapUserQueryImpl query) {
    return findUserByQueryCriteria(query).size();
  }

  @Override
  public User findUserById(String userId) {
    User inDirectory = super.findUserById(userId);
    return inDirectory != null ? inDirectory : PeopleAsEngineUsers.user(userId, null).orElse(null);
  }

  /** The query once per directory group standing for the asked ones of ours (once as it is when none is asked). */
  private List<LdapGroupQuery> inDirectoryTerms(LdapGroupQuery query, List<String> asked) {
    if (asked == null) {
      return List.of(copy(query, null));
    }
    return asked.stream().flatMap(our -> mapping.directoryGroups(our).stream()).map(theirs -> copy(query, theirs)).toList();
  }

  private static LdapGroupQuery copy(LdapGroupQuery query, String directoryGroupId) {
    LdapGroupQuery copy = new LdapGroupQuery();
    if (directoryGroupId != null) {
      copy.groupId(directoryGroupId);
    }
    if (query.getUserId() != null) {
      copy.groupMember(query.getUserId());
    }
    if (query.getName() != null) {
      copy.groupName(query.getName());
    }
    if (query.getNameLike() != null) {
      copy.groupNameLike(query.getNameLike());
    }
    if (query.getType() != null) {
      copy.groupType(query.getType());
    }
    return copy;
  }

  private LdapUserQueryImpl memberOf(LdapUserQueryImpl query, String directoryGroup) {
    LdapUserQueryImpl copy = new LdapUserQueryImpl(ldapConfiguration);
    if (query.getId() != null) {
      copy.userId(query.getId());
    }
    if (query.getIds() != null) {
      copy.userIdIn(query.getIds());
    }
    if (query.getFirstName() != null) {
      copy.userFirstName(query.getFirstName());
    }
    if (query.getLastName() != null) {
      copy.userLastName(query.getLastName());
    }
    if (query.getEmail() != null) {
      copy.userEmail(query.getEmail());
    }
    copy.memberOfGroup(directoryGroup);
    return copy;
  }

  private static Group renamed(Group found, String our) {
    GroupEntity group = new GroupEntity(our);
    group.setName(found.getName());
    group.setType(found.getType());
    return group;
  }
}
