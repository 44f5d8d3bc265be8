package uk.safeguarding.oversight;

import uk.safeguarding.agency.Agency;

/**
 * Open work "by team and agency": a task is offered to a group, and the group is the team. Children's
 * social care's groups are its teams (front door, social workers, conference chairs, IROs, ...), under
 * the one agency; a partner agency's own group and its managers' role groups are teams of that agency.
 */
final class Teams {

  static final String CHILDRENS_SOCIAL_CARE = "Children's social care";

  private Teams() {}

  static String team(String groupId) {
    return Agency.groupName(groupId);
  }

  static String agency(String groupId) {
    return Agency.actedForBy(groupId)
        .map(agency -> agency.kind() == Agency.Kind.CSC_ROLE ? CHILDRENS_SOCIAL_CARE : agency.displayName())
        .orElse(groupId);
  }
}
