package uk.safeguarding.identity.signin;

import java.util.List;

/**
 * A person the directory no longer lists ({@code leftTheDirectory}), or no longer lists in some of the
 * agency and role groups they had ({@code groupsLeft}): found by {@link DirectoryRecheck} at their next
 * request. Their claimed work that none of their groups may still do goes back to its queue
 * (childcase/WorkReassignments), in the request, before they or anyone else reads a task list.
 */
public record AgencyGroupsLeft(String userId, List<String> groupsLeft, List<String> groupsNow, boolean leftTheDirectory) {

  public AgencyGroupsLeft {
    groupsLeft = List.copyOf(groupsLeft);
    groupsNow = List.copyOf(groupsNow);
  }

  /** Why the work went back, for the chronology and the team tray. */
  public String reason() {
    return leftTheDirectory ? userId + " is no longer in the directory (a leaver)"
        : userId + " is no longer in " + String.join(", ", groupsLeft) + " in the directory (a mover)";
  }
}
