package uk.safeguarding.agency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The agencies and roles of standards.md section 2. Each is a Camunda group whose id is the group id
 * the diagrams use as candidate group, so a task for "police" is seen by police users only.
 */
public enum Agency {
  CSC_FRONT_DOOR("csc-front-door", "Children's social care front door (MASH)", Kind.CSC_ROLE),
  CSC_SOCIAL_WORKER("csc-social-worker", "Children's social care social workers", Kind.CSC_ROLE),
  CSC_TEAM_MANAGER("csc-team-manager", "Children's social care team managers", Kind.CSC_ROLE),
  CSC_SERVICE_MANAGER("csc-service-manager", "Children's social care service managers", Kind.CSC_ROLE),
  CP_CHAIR("cp-chair", "Child protection conference chairs", Kind.CSC_ROLE),
  CP_CHAIR_MANAGER("cp-chair-manager", "Managers of the child protection conference chairs", Kind.CSC_ROLE),
  IRO("iro", "Independent reviewing officers", Kind.CSC_ROLE),
  POLICE("police", "Police (public protection)", Kind.PARTNER),
  HEALTH("health", "Health (GP, health visiting, school nursing, named nurses)", Kind.PARTNER),
  EDUCATION("education", "Education (school designated safeguarding leads, early years)", Kind.PARTNER),
  VIRTUAL_SCHOOL("virtual-school", "Virtual school", Kind.PARTNER),
  EARLY_HELP("early-help", "Early help", Kind.PARTNER),
  LADO("lado", "Local authority designated officer", Kind.CSC_ROLE),
  LEGAL("legal", "Local authority legal services", Kind.PARTNER),
  PARTNERSHIP("partnership", "Safeguarding partnership (business unit, chair, complex case panel)", Kind.PARTNER),
  FOSTERING("fostering", "Fostering service", Kind.PARTNER),
  ADULT_SERVICES("adult-services", "Adult social care", Kind.PARTNER),
  PROBATION("probation", "Probation service", Kind.PARTNER),
  HOUSING("housing", "Housing", Kind.PARTNER),
  YOS("yos", "Youth offending service", Kind.PARTNER),
  CAMHS("camhs", "Child and adolescent mental health services", Kind.PARTNER);

  /** CSC roles are staff of children's social care; partners are the other agencies of a case. */
  public enum Kind { CSC_ROLE, PARTNER }

  /** The role groups a partner agency's managers hold besides the agency's own group (ESC-02 stages 2 and 3). */
  public enum Role {
    LINE_MANAGER("-line-manager", "line managers"),
    ESCALATION_LEAD("-escalation-lead", "escalation leads");

    private final String suffix;
    private final String displayName;

    Role(String suffix, String displayName) {
      this.suffix = suffix;
      this.displayName = displayName;
    }

    public String displayName() {
      return displayName;
    }
  }

  private final String groupId;
  private final String displayName;
  private final Kind kind;

  Agency(String groupId, String displayName, Kind kind) {
    this.groupId = groupId;
    this.displayName = displayName;
    this.kind = kind;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  public Kind kind() {
    return kind;
  }

  public static Optional<Agency> byGroupId(String groupId) {
    if (groupId == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(a -> a.groupId.equals(groupId)).findFirst();
  }

  /**
   * ESC-02 stage 2: the group of this agency's line managers. In children's social care a
   * practitioner's line manager is a team manager, a team manager's is a service manager and a
   * conference chair's is the chairs' manager; a partner agency's line managers hold its
   * {@code <agency>-line-manager} role group.
   */
  public String lineManagerGroup() {
    return switch (this) {
      case CSC_TEAM_MANAGER, CSC_SERVICE_MANAGER, CP_CHAIR_MANAGER -> CSC_SERVICE_MANAGER.groupId;
      case CP_CHAIR -> CP_CHAIR_MANAGER.groupId;
      case PARTNERSHIP -> PARTNERSHIP.groupId;
      default -> kind == Kind.CSC_ROLE ? CSC_TEAM_MANAGER.groupId : roleGroup(Role.LINE_MANAGER);
    };
  }

  /**
   * ESC-02 stage 3: the group of this agency's escalation leads (seed 001: senior managers with
   * responsibility for safeguarding in their agency). For children's social care, its service managers.
   */
  public String escalationLeadGroup() {
    if (this == PARTNERSHIP) {
      return PARTNERSHIP.groupId;
    }
    return kind == Kind.CSC_ROLE ? CSC_SERVICE_MANAGER.groupId : roleGroup(Role.ESCALATION_LEAD);
  }

  /** Whether two agencies are one organisation: every CSC role is children's social care. */
  public boolean sameOrganisationAs(Agency other) {
    return this == other || (kind == Kind.CSC_ROLE && other.kind == Kind.CSC_ROLE);
  }

  /** Whether a member of {@code groupId} acts for this agency: its own group or one of its role groups. */
  public boolean isActedForBy(String groupId) {
    return groupId != null && (groupId.equals(this.groupId)
        || Arrays.stream(Role.values()).anyMatch(role -> groupId.equals(roleGroup(role))));
  }

  /** The agency a member of {@code groupId} acts for: the agency's own group or one of its role groups. */
  public static Optional<Agency> actedForBy(String groupId) {
    return Arrays.stream(values()).filter(agency -> agency.isActedForBy(groupId)).findFirst();
  }

  /** A group by the name people know it by: its agency's, or for a role group "Police: line managers". */
  public static String groupName(String groupId) {
    return byGroupId(groupId).map(Agency::displayName).orElseGet(() -> actedForBy(groupId)
        .flatMap(agency -> Stream.of(Role.values()).filter(role -> agency.roleGroup(role).equals(groupId)).findFirst()
            .map(role -> agency.displayName() + ": " + role.displayName()))
        .orElse(groupId));
  }

  /** The agencies whose managers hold role groups of their own: every partner but the partnership itself. */
  public static List<Agency> withRoleGroups() {
    return Stream.of(values()).filter(a -> a.kind == Kind.PARTNER && a != PARTNERSHIP).toList();
  }

  /** The group of this agency's managers in a role: {@code <agency>-line-manager}, {@code <agency>-escalation-lead}. */
  public String roleGroup(Role role) {
    return groupId + role.suffix;
  }

  /** Every group work is routed to: each agency's own, then its managers' role groups. */
  public static List<String> everyGroupId() {
    return Stream.concat(Stream.of(values()).map(Agency::groupId),
        withRoleGroups().stream().flatMap(agency -> Stream.of(Role.values()).map(agency::roleGroup))).toList();
  }
}
