package uk.safeguarding.identity.signin;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own identity tables, where no directory is connected: the demo's users and groups, and
 * besides them the people the agencies' providers sign in ({@link PeopleAsEngineUsers}). A password
 * kept here counts only where local passwords are allowed ({@code safeguarding.sign-in.local-passwords},
 * off under the postgres profile unless enabled): Camunda's login and HTTP Basic both ask here.
 */
class LocalIdentity extends DbIdentityServiceProvider {

  private final boolean localPasswords;

  LocalIdentity(boolean localPasswords) {
    this.localPasswords = localPasswords;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return localPasswords && super.checkPassword(userId, password);
  }

  @Override
  public UserEntity findUserById(String userId) {
    UserEntity kept = super.findUserById(userId);
    return kept != null ? kept : (UserEntity) PeopleAsEngineUsers.user(userId, null).orElse(null);
  }

  @Override
  public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
    List<User> kept = super.findUserByQueryCriteria(query);
    if (!kept.isEmpty() || query.getId() == null) {
      return kept;
    }
    return PeopleAsEngineUsers.user(query.getId(), query.getGroupId()).map(List::of).orElse(kept);
  }

  @Override
  public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
    long kept = super.findUserCountByQueryCriteria(query);
    return kept > 0 || query.getId() == null ? kept : PeopleAsEngineUsers.user(query.getId(), query.getGroupId()).stream().count();
  }

  @Override
  public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
    return PeopleAsEngineUsers.groupsOf(query.getUserId(), query.getId(), query.getIds())
        .orElseGet(() -> super.findGroupByQueryCriteria(query));
  }

  @Override
  public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
    return PeopleAsEngineUsers.groupsOf(query.getUserId(), query.getId(), query.getIds()).map(groups -> (long) groups.size())
        .orElseGet(() -> super.findGroupCountByQueryCriteria(query));
  }
}
