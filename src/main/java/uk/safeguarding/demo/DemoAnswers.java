package uk.safeguarding.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.CaseVariable;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.contract.ProcessContracts;
import uk.safeguarding.contract.Step;

/**
 * The answers a practitioner gives at each step of the demo year. Every variable a step writes is filled
 * from its declaration in the contract: a day is today, a yes/no is yes, a choice and a checklist take
 * their declared values (so a code added to a contract is used without a change here), a text is a short
 * note. What that cannot know (a day that must be the meeting's, a choice that routes the child, the
 * rows a gate reads) is an override, all in {@link #OVERRIDES}: the only place the demo knows the pathways.
 */
final class DemoAnswers {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  /** What a start sends: the process, who starts it and the variables. */
  record Start(String processKey, String user, String group, Map<String, Object> variables) {}

  /** What a task's completion sends, and the day before which it is not done (a meeting's day). */
  record Answer(Map<String, Object> variables, LocalDate notBefore) {}

  /** Where an override is asked: the step, the case's variables, the day and the step's own dice. */
  record Moment(String stepId, Map<String, Object> caseVariables, LocalDate today, Random random, DemoChild child,
      Map<String, Object> answer, List<String> openPathways, List<String> pathwaysRun, CaseVariable variable) {

    Moment of(CaseVariable asked) {
      return new Moment(stepId, caseVariables, today, random, child, answer, openPathways, pathwaysRun, asked);
    }

    /** {@code days} working days ahead, or the first due day the case holds if that is sooner (never before today). */
    String byTheDueDay(int days, String... dueDays) {
      LocalDate day = CALENDAR.workingDaysAfter(today, days);
      for (String name : dueDays) {
        String due = heldDay(name);
        if (due != null) {
          LocalDate dueDay = LocalDate.parse(due);
          if (dueDay.isBefore(day)) {
            day = dueDay.isBefore(today) ? today : dueDay;
          }
          break;
        }
      }
      return day.toString();
    }

    String workingDaysAhead(int days) {
      return CALENDAR.workingDaysAfter(today, days).toString();
    }

    List<String> withSocialWorker(List<String> agencies) {
      List<String> all = new ArrayList<>(List.of("csc-social-worker"));
      agencies.stream().filter(agency -> !all.contains(agency)).forEach(all::add);
      return all;
    }

    /** The agencies a list held by the case names (the first held), or police, health and education. */
    List<String> agencies(String... names) {
      for (String name : names) {
        List<String> held = CaseVariable.itemsOf(caseVariables.get(name));
        if (!held.isEmpty()) {
          return held;
        }
      }
      return List.of("police", "health", "education");
    }

    Object held(String name) {
      return caseVariables.get(name);
    }

    /** What this same answer says: for an override in {@link #THEN}, the choices made in the first pass. */
    Object said(String name) {
      return answer.get(name);
    }

    /** A choice with weights: {@code pick("a", 3, "b", 1)}. */
    String pick(Object... valuesAndWeights) {
      int total = 0;
      for (int i = 1; i < valuesAndWeights.length; i += 2) {
        total += (Integer) valuesAndWeights[i];
      }
      int roll = random.nextInt(total);
      for (int i = 0; i < valuesAndWeights.length; i += 2) {
        roll -= (Integer) valuesAndWeights[i + 1];
        if (roll < 0) {
          return (String) valuesAndWeights[i];
        }
      }
      throw new IllegalStateException();
    }

    /**
     * Whether this child's story is a child protection plan: two children in twenty go from the front door
     * through a strategy discussion, a substantiated enquiry and a conference to a plan (others may too, by
     * chance), so even a small year has plans and their reviews.
     */
    boolean toAPlan() {
      String reference = child.caseReference();
      int place = (Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)) - 1) % 20;
      return place == 0 || place == 13;
    }

    boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    String day() {
      return today.toString();
    }

    String heldDay(String name) {
      Object value = held(name);
      if (value instanceof Date date) {
        return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate().toString();
      }
      String text = value == null ? "" : value.toString();
      return text.length() < 10 ? null : text.substring(0, 10);
    }
  }

  /**
   * Tasks that stand open for the whole of a pathway for the day something goes wrong, and that nothing in the demo's
   * children gives cause for: "Raise significant harm" stops the assessment (CFA-05), so raising it on every
   * assessment, as answering every open task would, leaves assessments never authorised (census rules 8670Q, 8867)
   * and starts a second strategy discussion, enquiry and plan beside the first (4014, 8890, 8940). A child whose
   * harm is apparent goes to a strategy discussion from the assessment's outcome instead.
   */
  private static final Set<String> LEFT_OPEN = Set.of("RaiseSignificantHarm");

  /** Whether the demo leaves this task open (it is for what the demo's children never give cause for). */
  static boolean leftOpen(String stepId) {
    return LEFT_OPEN.contains(stepId);
  }

  /** Yes/no questions whose usual answer is no (yes starts more work, or says something went wrong). */
  private static final Set<String> USUALLY_NO = Set.of("referrerDisagrees", "concernAboutPersonWorkingWithChildren",
      "familyNotEngaging", "holdDisruptionMeeting", "neglectConcerns");

  /**
   * The answers the contract cannot give, by variable name, or by "Step.variable" for one step only (asked
   * first). A function returning null leaves the variable out.
   */
  private static final Map<String, Function<Moment, Object>> OVERRIDES = new HashMap<>();
  /** Overrides that depend on what the answer chose first (a reason only when the choice needs one), applied second. */
  private static final Map<String, Function<Moment, Object>> THEN = new HashMap<>();

  static {
    // ---- the child, as the case knows it (the census's characteristics are the child's own, never new dice)
    OVERRIDES.put(CensusCodes.CHILD_SEX, m -> m.child().sex());
    OVERRIDES.put(CensusCodes.CHILD_ETHNICITY, m -> m.child().ethnicity());
    OVERRIDES.put(CensusCodes.CHILD_DISABILITIES, m -> new ArrayList<>(m.child().disabilities()));
    OVERRIDES.put(CensusCodes.CHILD_UPN, m -> m.child().upn());
    OVERRIDES.put(CaseFacts.FAMILY_REFERENCE, m -> null);
    OVERRIDES.put(CaseFacts.STANDARDS_PROFILE, m -> null);

    // ---- the front door
    OVERRIDES.put("ContactReceived.levelOfNeed", m -> m.pick("2", 2, "3", 5, "4", 3));
    OVERRIDES.put("immediateRiskIndicators", m -> new ArrayList<>(List.of("none")));
    OVERRIDES.put("domesticAbuseRiskFactors", m -> new ArrayList<>(m.chance(20)
        ? List.of("historyOfDomesticAbuse", "separation") : List.of("none")));
    OVERRIDES.put("consentNotSoughtReason", m -> null);
    OVERRIDES.put("contactSource", m -> null);
    OVERRIDES.put("DecideOnContact.contactOutcome", m -> m.toAPlan() ? "immediateStrategyDiscussion" : m.pick("advice", 15, "earlyHelp", 22, "childAndFamilyAssessment", 43,
        "immediateStrategyDiscussion", 20));
    OVERRIDES.put("DecideOnContact.contactOverrideRationale", m -> "The history of contacts about the family tips the balance.");
    OVERRIDES.put("DecideOnContact.consultationActions", m -> null);
    OVERRIDES.put("DecideOnContact.referralSource", m -> CensusCodes.LIKELY_SOURCE_BY_AGENCY.getOrDefault(
        String.valueOf(m.held("referrerAgency")), "8"));
    OVERRIDES.put("NoteContactOutcome.referrerDisagrees", m -> m.chance(4));
    OVERRIDES.put("childSafety", m -> "confirmedSafe");
    OVERRIDES.put("immediateRiskDetails", m -> null);

    // ---- the child's case
    // the manager proposes closing the case once no pathway of the child is open (CL-01 would wait for them)
    OVERRIDES.put("SuperviseCase.nextStepForCase", m -> m.openPathways().isEmpty() ? "proposeClosure"
        : m.pick("continue", 95, "transfer", 5));
    OVERRIDES.put("PrepareCaseClosure.notBefore", m -> m.openPathways().isEmpty() ? null : m.today().plusDays(1));
    OVERRIDES.put("DecideCaseClosure.closureDecision", m -> "close");
    // RC8 after an assessment and nothing more, RC9 when early help followed, otherwise the child is no longer in need
    OVERRIDES.put("DecideCaseClosure.reasonForClosure", m -> m.pathwaysRun().contains("EarlyHelp") ? "RC9"
        : m.pathwaysRun().stream().allMatch(key -> List.of("Contact", "ChildAndFamilyAssessment", "ChildCase",
            "StandardsBreachReview").contains(key)) ? "RC8" : "RC7");

    // ---- early help
    OVERRIDES.put("HoldTeamAroundTheChildReview.earlyHelpNextStep", m -> m.pick("continue", 55, "close", 35, "stepUp", 10));
    OVERRIDES.put("CompleteEarlyHelpAssessment.earlyHelpNextStep", m -> m.pick("teamAroundTheChild", 80, "close", 10, "stepUp", 10));

    // ---- strategy discussion and section 47 enquiry
    OVERRIDES.put("discussionFormat", m -> "meeting");
    OVERRIDES.put("agreedActions", m -> "police; DC Paul Reid; " + m.workingDaysAhead(3) + "; Check police records of the household\n"
        + "csc-social-worker; Sarah Shah; " + m.workingDaysAhead(2) + "; Visit and see " + m.child().firstName() + " alone");
    OVERRIDES.put("RecordStrategyDiscussion.strategyOutcome", m -> m.toAPlan() ? "section47" : m.pick("section47", 80, "noSection47", 20));
    OVERRIDES.put("RecordStrategyDiscussion.concernAboutPersonWorkingWithChildren", m -> m.chance(3));
    // a concern short of an enquiry is assessed (section 17): the referral led to further action, so the census asks
    // the child's primary need (8610), which the assessment's authorisation gives
    OVERRIDES.put("RecordStrategyDiscussion.nextStep", m -> "childAndFamilyAssessment");
    OVERRIDES.put("section47Outcome", m -> m.toAPlan() ? "substantiated" : m.pick("substantiated", 70, "notSubstantiated", 30));
    OVERRIDES.put("endorsement", m -> m.toAPlan() ? "endorse" : m.pick("endorse", 92, "return", 8));

    // ---- child and family assessment
    // an assessment made for an enquiry leaves the next step to the conference
    OVERRIDES.put("CompleteAssessment.assessmentOutcome", m -> m.openPathways().stream().anyMatch(List.of("Section47Enquiry",
        "InitialChildProtectionConference", "ChildProtectionPlan", "StrategyDiscussion")::contains) ? "noFurtherAction" : m.pick("noFurtherAction", 35, "earlyHelp", 20, "childInNeedPlan", 35,
        "strategyDiscussion", 10));
    OVERRIDES.put("CompleteAssessment.involvedAgencies", m -> new ArrayList<>(m.chance(50) ? List.of("health", "education")
        : List.of("education")));
    OVERRIDES.put("EndorseAssessment.assessmentOutcome", m -> m.held("assessmentOutcome"));
    OVERRIDES.put("primaryNeed", m -> m.pick("N1", 50, "N2", 5, "N3", 8, "N4", 15, "N5", 14, "N6", 3, "N7", 2, "N8", 3));

    // ---- child in need plan
    OVERRIDES.put("smartOutcomes", m -> rows(List.of("school", "home"), where -> Map.of(
        "outcome", m.child().firstName() + (where.equals("school") ? " attends school every day" : " has a settled bedtime routine"),
        "measure", where.equals("school") ? "Attendance above 95%" : "Mother's diary and the school's report",
        "owner", where.equals("school") ? "Emma Hughes (school)" : "Family support worker",
        "byWhen", m.workingDaysAhead(40), "progress", "Improving")));

    OVERRIDES.put("ArrangeChildInNeedMeeting.meetingDate", m -> m.workingDaysAhead(7));
    OVERRIDES.put("RecordChildInNeedMeeting.notBefore", m -> m.heldDay("meetingDate"));
    OVERRIDES.put("RecordChildInNeedMeeting.nextReviewDate", m -> m.heldDay("meetingDate") == null ? null
        : LocalDate.parse(m.heldDay("meetingDate")).plusWeeks(8).toString());
    OVERRIDES.put("RecordChildInNeedMeeting.agenciesAttended", m -> new ArrayList<>(m.agencies("invitedAgencies").stream()
        .filter(agency -> !agency.startsWith("csc-")).toList()));
    // a child stepped down from a child protection plan stays on the plan until its earliest closure day (RCPC-04)
    OVERRIDES.put("RecordChildInNeedMeeting.planDecision", m -> m.heldDay("earliestClosureDate") != null
        && LocalDate.parse(m.heldDay("earliestClosureDate")).isAfter(m.today()) ? "continuePlan"
        : m.pick("continuePlan", 70, "proposeClosure", 30));
    OVERRIDES.put("CirculateMinutesAndPlan.minutesCirculatedTo", m -> new ArrayList<>(m.variable().allowed()));
    OVERRIDES.put("ArrangeChildInNeedMeeting.invitedAgencies", m -> new ArrayList<>(m.variable().allowed()));
    OVERRIDES.put("GiveViewOnClosingPlan.agreesToClose", m -> true);

    // ---- the conferences and the plan
    OVERRIDES.put("RecordInitialConference.conferenceDecision", m -> m.toAPlan() ? "childProtectionPlan" : m.pick("childProtectionPlan", 85, "childInNeedPlan", 12,
        "noFurtherAction", 3));
    OVERRIDES.put("RecordReviewConference.reviewDecision", m -> m.pick("continuePlan", 55, "endPlan", 45));
    OVERRIDES.put("riskTrend", m -> m.pick("reducing", 6, "unchanged", 3, "rising", 1));
    OVERRIDES.put("categoryOfAbuse", m -> m.pick("neglect", 50, "emotional", 35, "physical", 8, "sexual", 4, "multiple", 3));
    THEN.put("agencyViews", m -> rows(m.stepId().equals("RecordReviewConference") ? m.agencies("reviewAgencies")
        : m.agencies("conferenceAgencies"), agency -> Map.of("agency", agency,
        "recommendation", String.valueOf(m.said("conferenceDecision") != null ? m.said("conferenceDecision")
            : m.said("reviewDecision")), "view", "Said at the conference", "dissent", false)));
    OVERRIDES.put("dangerStatements", m -> rows(List.of("one"), one -> Map.of("dangerStatement",
        m.child().firstName() + " may be harmed again if the adults' arguments turn violent", "safetyGoal",
        m.child().firstName() + " is safe at home and tells an adult if afraid", "reviewed", true)));
    OVERRIDES.put("riskScaling", m -> rows(m.withSocialWorker(m.agencies("coreGroupMembers")),
        agency -> Map.of("agency", agency, "riskScore", 4 + m.random().nextInt(4))));
    OVERRIDES.put("attendance", m -> rows(m.withSocialWorker(m.agencies("reviewAgencies")),
        agency -> Map.of("agency", agency, "attended", "true")));
    OVERRIDES.put("conferenceQuorate", m -> true);
    // one core group a day at most: the next is recorded after the last one's day
    OVERRIDES.put("RecordCoreGroupMeeting.notBefore", m -> m.heldDay("lastCoreGroupDate") == null ? null
        : LocalDate.parse(m.heldDay("lastCoreGroupDate")).plusDays(1));
    // a meeting is set a few working days ahead, by its due day, and recorded on the day it was set for
    OVERRIDES.put("ConveneInitialConference.conferenceDate", m -> m.byTheDueDay(5, "initialConferenceDueDay", "initialConferenceDueDate"));
    OVERRIDES.put("RecordInitialConference.notBefore", m -> m.heldDay("conferenceDate"));
    OVERRIDES.put("RecordInitialConference.conferenceHeldDate", m -> m.heldDay("conferenceDate"));
    OVERRIDES.put("ConveneReviewConference.reviewConferenceDate", m -> m.byTheDueDay(5, "nextReviewConferenceDue"));
    OVERRIDES.put("RecordReviewConference.notBefore", m -> m.heldDay("reviewConferenceDate"));
    OVERRIDES.put("RecordReviewConference.reviewConferenceHeldDate", m -> m.heldDay("reviewConferenceDate"));
    OVERRIDES.put("RecordStrategyDiscussion.notBefore", m -> m.heldDay("strategyDiscussionDate"));

    // ---- looked after children
    OVERRIDES.put("placementNotified", m -> new ArrayList<>(m.variable().allowed()));
    OVERRIDES.put("holdDisruptionMeeting", m -> false);
    OVERRIDES.put("ScheduleReview.reviewDate", m -> m.byTheDueDay(5, "reviewDueBy"));
    OVERRIDES.put("HoldReview.notBefore", m -> m.heldDay("reviewDate"));
    OVERRIDES.put("HoldReview.reviewHeldOn", m -> m.heldDay("reviewDate"));
    // the SSDA903 codes the gates check (rules 380, 392c, 440, 441): a period of care starts in a placement
    // that is not temporary, with its provider, at a UK postcode; PN0 is for a child under 4 alone
    OVERRIDES.put("legalStatus", m -> m.pick("C1", 40, "C2", 30, "V2", 30));
    OVERRIDES.put("placementType", m -> m.pick("U4", 25, "U5", 25, "U6", 20, "U3", 15, "K2", 15));
    OVERRIDES.put("placementProvider", m -> m.pick("PR1", 60, "PR4", 30, "PR5", 10));
    OVERRIDES.put("placementPostcode", m -> m.pick("M1 1AE", 1, "M14 5RL", 1, "SK4 1AA", 1));
    OVERRIDES.put("homePostcode", m -> m.pick("M4 5JD", 1, "M13 9PL", 1, "OL1 1LL", 1));
    OVERRIDES.put("unaccompaniedAsylumSeeking", m -> false);
    // a child who comes into care by hand: the police brought her (police protection), a hospital, or social care
    OVERRIDES.put("ChildBecameLookedAfter.referralSource", m -> m.pick("6", 3, "3E", 1, "5A", 1));
    OVERRIDES.put("HoldReview.childParticipation", m -> m.child().dateOfBirth().plusYears(4).isAfter(m.today()) ? "PN0"
        : m.pick("PN1", 45, "PN2", 20, "PN3", 15, "PN4", 10, "PN5", 10));

    // ---- LADO
    OVERRIDES.put("ladoReferrerAgency", m -> "education");
    THEN.put("SuperviseCase.receivingWorker", m -> "transfer".equals(m.said("nextStepForCase")) ? "sam" : null);
  }

  private final ProcessContracts contracts;
  private final LocalDate yearStarts;

  DemoAnswers(ProcessContracts contracts, int collectionYear) {
    this.contracts = contracts;
    this.yearStarts = LocalDate.of(collectionYear, 4, 1);
  }

  /** The child of a case, the same at every step. */
  DemoChild child(String caseReference) {
    return DemoChild.of(caseReference, yearStarts);
  }

  /** The day a task is done: a working day from its creation to its due day, now and then a few days late. */
  static LocalDate dayToWork(String caseReference, Task task, int seed) {
    Random random = new Random(seedOf(caseReference, task) * 31L + seed);
    LocalDate created = london(task.getCreateTime());
    LocalDate due = london(task.getDueDate());
    int slack = Math.max(0, CALENDAR.workingDaysBetween(created, due));
    if (random.nextInt(100) < 4) {
      return CALENDAR.workingDaysAfter(due, 1 + random.nextInt(3));
    }
    // most work is done in the first part of the time allowed
    int offset = (int) Math.floor(slack * Math.pow(random.nextDouble(), 2));
    return offset == 0 ? created : CALENDAR.workingDaysAfter(created, offset);
  }

  /**
   * The dice of a task: its case, its step and the day it was created (on the engine clock the demo sets), not
   * its id, so the same year makes the same choices on any database.
   */
  private static long seedOf(String caseReference, Task task) {
    // the day, not the instant: the engine clock the demo sets keeps running, so the milliseconds differ run to run
    return (caseReference + "|" + task.getTaskDefinitionKey() + "|" + london(task.getCreateTime())).hashCode();
  }

  Start start(DemoYear.Arrival arrival, DemoChild child, LocalDate today) {
    Random random = new Random(arrival.caseReference().hashCode());
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(CaseFacts.CASE_REFERENCE, arrival.caseReference());
    facts.put(CaseFacts.CHILD_NAME, child.name());
    facts.put(CaseFacts.CHILD_DATE_OF_BIRTH, child.dateOfBirth().toString());
    facts.put(CaseFacts.HOUSEHOLD_MEMBERS, child.household());
    return switch (arrival.door()) {
      case CONTACT -> {
        String agency = List.of("education", "education", "police", "police", "health", "health", "early-help").get(random.nextInt(7));
        Map<String, Object> v = fill("Contact", "ContactReceived", facts, child, today, random);
        v.put("referrerAgency", agency);
        v.put("referrerName", "Duty officer, " + agency);
        yield new Start("Contact", userOf(agency), agency, v);
      }
      case LOOKED_AFTER -> {
        Map<String, Object> v = fill("LookedAfterChild", "ChildBecameLookedAfter", facts, child, today, random);
        v.put("lookedAfterSince", today.toString());
        v.put("placementStartDate", today.toString());
        yield new Start("LookedAfterChild", "sarah", "csc-social-worker", v);
      }
      case LADO -> {
        Map<String, Object> v = fill("LadoReferral", "ConcernAboutAdultWhoWorksWithChildren", facts, child, today, random);
        yield new Start("LadoReferral", "emma", "education", v);
      }
      case DISAGREEMENT -> {
        Map<String, Object> v = fill("ProfessionalDisagreement", "DisagreementRaised", facts, child, today, random);
        v.put("raisingAgency", "education");
        v.put("otherAgency", "csc-front-door");
        yield new Start("ProfessionalDisagreement", "emma", "education", v);
      }
    };
  }

  /**
   * A section 47 enquiry is made by a child and family assessment (Working Together): where the child has none,
   * the social worker starts one when the strategy discussion decides on an enquiry, so the census's episode has
   * its assessment (rule 2991Q); and one when the discussion decides on no enquiry and names an assessment as the
   * next step (the discussion records it; the social worker starts it).
   */
  Start assessmentForTheEnquiry(Map<String, Object> caseVariables, LocalDate today) {
    String caseReference = String.valueOf(caseVariables.get(CaseFacts.CASE_REFERENCE));
    Map<String, Object> facts = new LinkedHashMap<>();
    for (String fact : List.of(CaseFacts.CASE_REFERENCE, CaseFacts.CHILD_NAME, CaseFacts.CHILD_DATE_OF_BIRTH,
        CaseFacts.HOUSEHOLD_MEMBERS)) {
      facts.put(fact, caseVariables.get(fact));
    }
    Map<String, Object> v = fill("ChildAndFamilyAssessment", "ReferredForAssessment", facts, child(caseReference), today,
        new Random(caseReference.hashCode() + 47L));
    v.put("referralDate", today.toString());
    return new Start("ChildAndFamilyAssessment", "sarah", "csc-social-worker", v);
  }

  private static String userOf(String agency) {
    return switch (agency) {
      case "education" -> "emma";
      case "police" -> "paul";
      case "health" -> "helen";
      case "early-help" -> "erin";
      default -> "demo-" + agency;
    };
  }

  private Map<String, Object> fill(String processKey, String stepId, Map<String, Object> facts, DemoChild child, LocalDate today,
      Random random) {
    Step step = contracts.step(processKey, stepId).orElseThrow(() -> new IllegalStateException("no step " + processKey + " " + stepId));
    Map<String, Object> v = new LinkedHashMap<>();
    Moment moment = new Moment(stepId, facts, today, random, child, v, List.of(), List.of(), null);
    step.writes().values().forEach(variable -> put(v, variable, moment, OVERRIDES));
    step.writes().values().forEach(variable -> then(v, variable, moment));
    v.putAll(facts);
    return v;
  }

  Answer forTask(Step step, Task task, Map<String, Object> caseVariables, LocalDate today, List<String> openPathways,
      List<String> pathwaysRun) {
    String caseReference = String.valueOf(caseVariables.get(CaseFacts.CASE_REFERENCE));
    Random random = new Random(seedOf(caseReference, task));
    Map<String, Object> v = new LinkedHashMap<>();
    Moment moment = new Moment(step.id(), caseVariables, today, random, child(caseReference), v, openPathways, pathwaysRun, null);
    step.writes().values().forEach(variable -> put(v, variable, moment, OVERRIDES));
    step.fills().values().forEach(variable -> {
      if (caseVariables.get(variable.name()) == null) {
        put(v, variable, moment, OVERRIDES);
      }
    });
    step.writes().values().forEach(variable -> then(v, variable, moment));
    Function<Moment, Object> notBefore = OVERRIDES.get(step.id() + ".notBefore");
    Object day = notBefore == null ? null : notBefore.apply(moment);
    return new Answer(v, day == null ? null : LocalDate.parse(day.toString().substring(0, 10)));
  }

  private static void put(Map<String, Object> v, CaseVariable variable, Moment moment, Map<String, Function<Moment, Object>> overrides) {
    Function<Moment, Object> override = overrides.getOrDefault(moment.stepId() + "." + variable.name(),
        overrides.get(variable.name()));
    Object value = override != null ? override.apply(moment.of(variable)) : generic(variable, moment);
    if (value != null) {
      v.put(variable.name(), value);
    }
  }

  private static void then(Map<String, Object> v, CaseVariable variable, Moment moment) {
    Function<Moment, Object> override = THEN.getOrDefault(moment.stepId() + "." + variable.name(), THEN.get(variable.name()));
    if (override != null) {
      Object value = override.apply(moment.of(variable));
      if (value == null) {
        v.remove(variable.name());
      } else {
        v.put(variable.name(), value);
      }
    }
  }

  /** A plausible answer from the declaration alone. */
  private static Object generic(CaseVariable variable, Moment m) {
    List<String> allowed = variable.allowed();
    return switch (variable.kind()) {
      case TEXT -> note(variable.name(), m);
      case DATE -> m.day();
      case YES_NO -> !USUALLY_NO.contains(variable.name());
      case NUMBER -> 1 + m.random().nextInt(9);
      case CHOICE -> allowed.get(m.random().nextInt(allowed.size()));
      case CHECKLIST -> checklist(allowed, m);
      case ROWS -> "[]";
    };
  }

  private static Object checklist(List<String> allowed, Moment m) {
    if (allowed.contains("none")) {
      return new ArrayList<>(List.of("none"));
    }
    if (allowed.contains("NONE")) {
      return new ArrayList<>(List.of("NONE"));
    }
    List<String> offered = allowed.stream().filter(value -> !value.equals("21")).toList();
    if (offered.isEmpty()) {
      return new ArrayList<>();
    }
    List<String> chosen = new ArrayList<>();
    int how = 1 + m.random().nextInt(Math.min(3, offered.size()));
    while (chosen.size() < how) {
      String value = offered.get(m.random().nextInt(offered.size()));
      if (!chosen.contains(value)) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  /** A short note in the words of the field: "Decision rationale for Ava, 12 May 2025." */
  private static String note(String name, Moment m) {
    String words = name.replaceAll("([A-Z])", " $1").toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " for " + m.child().firstName() + ", recorded "
        + m.day() + ".";
  }

  /** Rows of a form's dynamic list, as the form sends them: a JSON array. */
  private static String rows(List<String> keys, Function<String, Map<String, Object>> row) {
    try {
      return JSON.writeValueAsString(keys.stream().map(row).toList());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private static LocalDate london(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
  }
}
