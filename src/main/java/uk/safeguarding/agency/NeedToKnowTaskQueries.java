package uk.safeguarding.agency;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for task lists, enforced the cheap way. The engine's own check joins every task
 * against the authorization table (one row per task and group), which is what makes a task list slow
 * at tens of thousands of open tasks. A practitioner's tasks are by definition the tasks of their
 * groups, themselves as candidate, assignee or owner; those task authorizations are created from
 * exactly these identity links. So for anyone who may not see every task, a task query is restricted
 * to that set instead, through the indexed identity-link table, and the generic join is dropped.
 * Managers and administrators, who hold READ on every task, need no check at all while none of
 * their rights is revoked (with it, Tasklist's own request took a team manager 659 ms at 10,000
 * tasks). Reading or working one task by id still goes through the engine's per-task check. The agency's task list that results is then answered with SQL of
 * its own ({@link AgencyTaskList}). Measured in docs/performance.md.
 */
@Component
public class NeedToKnowTaskQueries extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new java.util.ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(session(AuthorizationManager.class, NeedToKnowAuthorizationManager::new));
    configuration.getCustomSessionFactories().add(session(TaskManager.class,
        () -> new AgencyTaskListManager(configuration.getDatabaseTablePrefix(), configuration.getDatabaseType())));
  }

  /** The engine opens a session of this type through this factory instead of its own. */
  private static SessionFactory session(Class<? extends Session> type, Supplier<Session> open) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return open.get();
      }
    };
  }

  /** The engine's authorization manager, with task queries restricted to the user's own work. */
  static class NeedToKnowAuthorizationManager extends AuthorizationManager {

    /** Queries already restricted: Tasklist runs the same query object for a page and for the count. */
    private static final long GRANT_CACHE_MILLIS = 60_000;
    private static final Map<String, Map.Entry<Boolean, Long>> SEES_EVERY_TASK = new ConcurrentHashMap<>();
    private static volatile Set<String> groupsWithGrants;
    private static volatile long groupsWithGrantsUntil;
    private static final Set<TaskQueryImpl> RESTRICTED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (!check.isAuthorizationCheckEnabled() || check.getAuthUserId() == null) {
        return;
      }
      String user = check.getAuthUserId();
      List<String> groups = check.getAuthGroupIds();
      if (seesEveryTask(user, groups)) {
        // Every task is theirs to read: unless a right of theirs is revoked (the engine has just asked,
        // as it does once a command), its check (a join per task against the grants) removes nothing,
        // so it is dropped and the agency's tray is answered by its own SQL, as a practitioner's is.
        if (!check.isRevokeAuthorizationCheckEnabled()) {
          check.setAuthorizationCheckEnabled(false);
          check.setShouldPerformAuthorizatioCheck(false);
        }
        return;
      }
      check.setAuthorizationCheckEnabled(false);
      check.setShouldPerformAuthorizatioCheck(false);
      if (alreadyOwnGroupsOnly(query, groups) || !RESTRICTED.add(query)) {
        return;
      }
      TaskQueryImpl own = (TaskQueryImpl) query.or();
      // Diagrams route to candidate groups, never to named people, so groups, assignee and owner are all.
      own.taskAssignee(user).taskOwner(user);
      if (groups != null && !groups.isEmpty()) {
        own.taskCandidateGroupIn(groups).includeAssignedTasks();
      }
      own.endOr();
    }

    /**
     * Tasklist's agency filters already ask for "candidate group in my groups": every task such a
     * query returns is one of the user's, so it needs no further restriction (and no second join).
     */
    private static boolean alreadyOwnGroupsOnly(TaskQueryImpl query, List<String> groups) {
      List<String> asked = query.getCandidateGroups();
      return asked != null && !asked.isEmpty() && groups != null && groups.containsAll(asked)
          && query.getCandidateUser() == null;
    }

    /**
     * The groups that hold any grant at all. The engine asks for them afresh in every command with a
     * full scan of the authorization table (one row per task and group, so tens of thousands):
     * measured at 20 ms a call at 40,000 open tasks, twice for every task list shown. Groups gain
     * their first grant when they are set up, so a minute-old answer is as good as a fresh one.
     */
    @Override
    protected Set<String> getAllGroups() {
      long now = System.currentTimeMillis();
      Set<String> known = groupsWithGrants;
      if (known == null || now > groupsWithGrantsUntil) {
        known = Set.copyOf(super.getAllGroups());
        groupsWithGrants = known;
        groupsWithGrantsUntil = now + GRANT_CACHE_MILLIS;
      }
      return new java.util.HashSet<>(known);
    }

    /**
     * Whether the user holds READ on every task (managers, administrators). Asked of the database at
     * most once a minute per user and groups: the task list is opened all day, grants change rarely.
     */
    private boolean seesEveryTask(String user, List<String> groups) {
      String key = user + "|" + groups;
      long now = System.currentTimeMillis();
      Map.Entry<Boolean, Long> known = SEES_EVERY_TASK.get(key);
      if (known != null && known.getValue() > now) {
        return known.getKey();
      }
      boolean sees = isAuthorized(user, groups, Permissions.READ, Resources.TASK, Authorization.ANY)
          || isAuthorized(user, groups, org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK,
              Resources.PROCESS_DEFINITION, Authorization.ANY);
      if (SEES_EVERY_TASK.size() > 10_000) {
        SEES_EVERY_TASK.clear();
      }
      SEES_EVERY_TASK.put(key, Map.entry(sees, now + GRANT_CACHE_MILLIS));
      return sees;
    }
  }
}
