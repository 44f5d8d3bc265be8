package uk.safeguarding.agency;

import java.util.Arrays;
import java.util.Optional;

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
  IRO("iro", "Independent reviewing officers", Kind.CSC_ROLE),
  POLICE("police", "Police (public protection)", Kind.PARTNER),
  HEALTH("health", "Health (GP, health visiting, school nursing, named nurses)", Kind.PARTNER),
  EDUCATION("education", "Education (school designated safeguarding leads, early years)", Kind.PARTNER),
  VIRTUAL_SCHOOL("virtual-school", "Virtual school", Kind.PARTNER),
  EARLY_HELP("early-help", "Early help", Kind.PARTNER),
  LADO("lado", "Local authority designated officer", Kind.CSC_ROLE),
  LEGAL("legal", "Local authority legal services", Kind.PARTNER),
  PARTNERSHIP("partnership", "Safeguarding partnership business unit", Kind.PARTNER),
  FOSTERING("fostering", "Fostering service", Kind.PARTNER),
  ADULT_SERVICES("adult-services", "Adult social care", Kind.PARTNER),
  PROBATION("probation", "Probation service", Kind.PARTNER),
  HOUSING("housing", "Housing", Kind.PARTNER),
  YOS("yos", "Youth offending service", Kind.PARTNER),
  CAMHS("camhs", "Child and adolescent mental health services", Kind.PARTNER);

  /** CSC roles are staff of children's social care; partners are the other agencies of a case. */
  public enum Kind { CSC_ROLE, PARTNER }

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
}
