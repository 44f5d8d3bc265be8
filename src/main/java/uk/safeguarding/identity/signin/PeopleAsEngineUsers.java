package uk.safeguarding.identity.signin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import uk.safeguarding.agency.Agency;

/**
 * The person a provider signed in, as the engine's identity sees a user: the webapps look the user up
 * when a session starts and again every few minutes, and ask for their groups. Nobody else is told of:
 * the provider is the agency's directory, and the engine keeps no copy.
 */
final class PeopleAsEngineUsers {

  private PeopleAsEngineUsers() {}

  /** The signed-in person, when the engine asks for exactly them (and, if given, one of their groups). */
  static Optional<User> user(String userId, String memberOfGroup) {
    return SignedInPerson.asking(userId)
        .filter(person -> memberOfGroup == null || person.groups().contains(memberOfGroup))
        .map(person -> {
          UserEntity user = new UserEntity(person.userId());
          // Tasklist shows "first last" as who is signed in: the user id where the provider sends no names.
          boolean named = person.firstName() != null || person.lastName() != null;
          user.setFirstName(named ? person.firstName() : person.userId());
          user.setLastName(named ? person.lastName() : "");
          user.setEmail(person.email());
          return user;
        });
  }

  /** The signed-in person's groups, when the engine asks for the groups of exactly them; filtered by id. */
  static Optional<List<Group>> groupsOf(String memberId, String groupId, String[] groupIds) {
    return SignedInPerson.asking(memberId).map(person -> person.groups().stream()
        .filter(id -> groupId == null || groupId.equals(id))
        .filter(id -> groupIds == null || Arrays.asList(groupIds).contains(id))
        .<Group>map(id -> {
          GroupEntity group = new GroupEntity(id);
          group.setName(Agency.groupName(id));
          return group;
        }).toList());
  }
}
