package uk.safeguarding.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Grants that can be made again at every start without piling up: an existing authorization for the
 * same group (or user) and resource gains the missing permissions instead of a second row.
 */
final class Permissions {

  private final AuthorizationService authorizations;

  Permissions(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    save(existing, Authorization.AUTH_TYPE_GRANT, null, groupId, resource, resourceId, permissions);
  }

  /** Administrators (camunda-admin, the demo's or the directory's) may do everything on every resource. */
  void grantAdministratorsEverything() {
    for (org.camunda.bpm.engine.authorization.Resources resource : org.camunda.bpm.engine.authorization.Resources.values()) {
      grantGroup(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN, resource, Authorization.ANY,
          org.camunda.bpm.engine.authorization.Permissions.ALL);
    }
  }

  /** For every user, present and future (Camunda's global authorization, user "*"). */
  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId)
        .singleResult();
    save(existing, Authorization.AUTH_TYPE_GLOBAL, Authorization.ANY, null, resource, resourceId, permissions);
  }

  /**
   * Takes {@code permission} on every {@code resource} back from everyone but administrators, from
   * grants made to all users or to any group or user: a right made by hand in Admin, or by an older
   * release, does not outlive the code that now says no.
   */
  void takeBackFromAllButAdministrators(Resource resource, Permission permission) {
    for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(resource)
        .resourceId(Authorization.ANY).hasPermission(permission).list()) {
      if (grant.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE
          || org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN.equals(grant.getGroupId())) {
        continue;
      }
      grant.removePermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }

  private void save(Authorization existing, int type, String userId, String groupId, Resource resource,
      String resourceId, Permission... permissions) {
    if (existing != null) {
      if (Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
        return;
      }
      Arrays.stream(permissions).forEach(existing::addPermission);
      authorizations.saveAuthorization(existing);
      return;
    }
    Authorization created = authorizations.createNewAuthorization(type);
    if (userId != null) {
      created.setUserId(userId);
    }
    if (groupId != null) {
      created.setGroupId(groupId);
    }
    created.setResource(resource);
    created.setResourceId(resourceId);
    Arrays.stream(permissions).forEach(created::addPermission);
    authorizations.saveAuthorization(created);
  }
}
