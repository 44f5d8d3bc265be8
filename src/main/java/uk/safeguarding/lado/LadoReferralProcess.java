package uk.safeguarding.lado;

import static uk.safeguarding.contract.CaseVariable.*;
import static uk.safeguarding.contract.ProcessContract.*;
import static uk.safeguarding.lado.LadoReferralProcess.Variables.*;

import java.util.List;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.contract.ProcessContract;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.agency.WhoMayStart;

/**
 * The contract of the LADO diagram (processes/lado/lado-referral.bpmn): an allegation against a
 * person who works with children, from the referral to the LADO's outcome (standards.md 3.9).
 */
public final class LadoReferralProcess {

  public static final String KEY = "LadoReferral";

  /** LADO-01: any practitioner of any agency refers a concern about an adult who works with children. */
  public static final WhoMayStart WHO_MAY_START = new WhoMayStart(KEY, List.of(Agency.values()));

  public enum Element {
    ConcernAboutAdultWhoWorksWithChildren,
    CheckReferralTiming,
    MakeInitialConsideration,
    InitialConsiderationNotMadeInTime,
    Lado02BreachRecorded,
    InitialConsiderationOutcome,
    RecordAllegationOutcome,
    NoFurtherAction,
    AdviceGivenToEmployer,
    AllegationConcluded
  }

  /** Variable names, in the words the LADO and the referrer use. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String REFERRER_AGENCY = "ladoReferrerAgency";
    public static final String ADULT_NAME = "adultName";
    public static final String ADULT_ROLE = "adultRole";
    public static final String CRITERIA = "ladoCriteria";
    public static final String SETTINGS = "ladoSettings";
    public static final String CONCERN_DETAILS = "ladoConcernDetails";
    public static final String CONCERN_AROSE = "ladoConcernArose";
    public static final String REFERRED_AT = "ladoReferredAt";
    public static final String REFERRED_BY = "ladoReferredBy";
    public static final String DECISION = "ladoDecision";
    public static final String NOTES = "ladoNotes";
    public static final String INITIAL_CONSIDERATION_AT = "ladoInitialConsiderationAt";
    public static final String STRATEGY_DISCUSSION_DATE = "allegationStrategyDiscussionDate";
    public static final String ALLEGATION_OUTCOME = "allegationOutcome";
    public static final String ALLEGATION_OUTCOME_REASONS = "allegationOutcomeReasons";
    public static final String CONCLUDED_AT = "allegationConcludedAt";

    private Variables() {}
  }

  /** LADO-01: what the adult has done, or may have done (seed 002 Standard 6). */
  public static final List<String> CRITERIA = List.of("harmedChild", "offenceAgainstOrRelatedToChild", "behaviourIndicatingRisk");
  /** LADO-01: where the behaviour happened: it counts at work, in the community and at home alike. */
  public static final List<String> SETTINGS = List.of("workplace", "community", "homeAndSocialLife");
  /** LADO-03: the outcomes of the LADO's initial consideration. */
  public static final String DECISION_STRATEGY_DISCUSSION = "strategyDiscussion";
  public static final List<String> DECISIONS = List.of("noFurtherAction", DECISION_STRATEGY_DISCUSSION, "adviceToEmployer");
  /** LADO-03: the final outcome of an allegation that was investigated. */
  public static final List<String> ALLEGATION_OUTCOMES = List.of(
      "substantiated", "unsubstantiated", "unfounded", "falseAllegation", "malicious");

  /**
   * What each step shows and may write: a person's submission outside it is refused (contract
   * package, docs/architecture.md "A task's contract").
   */
  public static final ProcessContract CONTRACT = ProcessContract.of(KEY)
      .declares(
          checklist(Variables.CRITERIA, CRITERIA),
          checklist(Variables.SETTINGS, SETTINGS),
          choice(ALLEGATION_OUTCOME, ALLEGATION_OUTCOMES),
          choice(DECISION, DECISIONS),
          choice(REFERRER_AGENCY, "csc-social-worker", "csc-front-door", "csc-team-manager", "csc-service-manager",
              "cp-chair", "iro", "lado", "police", "health", "education", "virtual-school", "early-help", "legal",
              "fostering", "adult-services", "probation", "housing", "yos", "camhs"),
          date(STRATEGY_DISCUSSION_DATE),
          date(CONCERN_AROSE),
          text(ADULT_NAME),
          text(ADULT_ROLE),
          text(ALLEGATION_OUTCOME_REASONS),
          text(CONCERN_DETAILS),
          text(NOTES))
      // When and by whom the referral was made (LADO-02 counts from it), the referring agency's name, and when the
      // LADO considered it and the allegation concluded (LADO-03).
      .computes(REFERRED_AT, REFERRED_BY, "ladoReferrerAgencyName", INITIAL_CONSIDERATION_AT, CONCLUDED_AT)
      .start(Element.ConcernAboutAdultWhoWorksWithChildren,
          writes(CaseFacts.OPENING, ADULT_NAME, ADULT_ROLE, Variables.CRITERIA, Variables.SETTINGS, CONCERN_DETAILS,
              CONCERN_AROSE, REFERRER_AGENCY))
      .task(Element.MakeInitialConsideration,
          shows(ADULT_NAME, ADULT_ROLE, Variables.CRITERIA, Variables.SETTINGS, CONCERN_DETAILS,
              "ladoReferrerAgencyName", CONCERN_AROSE),
          writes(DECISION, NOTES))
      .task(Element.RecordAllegationOutcome,
          shows(ADULT_NAME, ADULT_ROLE, Variables.CRITERIA, Variables.SETTINGS, CONCERN_DETAILS,
              "ladoReferrerAgencyName", CONCERN_AROSE, NOTES),
          writes(STRATEGY_DISCUSSION_DATE, ALLEGATION_OUTCOME, ALLEGATION_OUTCOME_REASONS));

  private LadoReferralProcess() {}
}
