package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.contract.CensusCodes;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.casefile.NextPathway;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.casefile.CaseStarts;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.gates.Gate;
import uk.safeguarding.casefile.StartGate;

/**
 * The social worker records that the child has become looked after: the day, the legal status (LAC-02),
 * the placement and whether it is meant to last until 18 (LAC-03, LAC-16), a planned or an emergency
 * admission (LAC-12), the agencies involved with the child (LAC-02, LAC-08) and the child's category of need
 * (SSDA903 CIN), with who referred the child where care is the first the case knows (the census). A child
 * already looked after under this case reference is refused: one story per child. The dates that come from the child's
 * age are worked out here, once, for every clock of the pathway.
 */
@Component("childBecameLookedAfterGate")
public class ChildBecameLookedAfterGate extends StartGate {

  /** The partner agencies that can be involved with a child (the partnership's business unit is not one). */
  static final List<String> INVOLVABLE_AGENCIES = Agency.withRoleGroups().stream().map(Agency::groupId).toList();

  private final LookedAfterCase lookedAfterCase;
  private final LookedAfterCalendar calendar;

  public ChildBecameLookedAfterGate(CaseStarts caseStarts, LookedAfterCase lookedAfterCase, LookedAfterCalendar calendar) {
    super(caseStarts, "LAC-01");
    this.lookedAfterCase = lookedAfterCase;
    this.calendar = calendar;
  }

  @Override
  protected void checkStart(Gate gate, DelegateExecution execution) {
    gate.requireText("LAC-01", CHILD_NAME, "The child's name")
        .requireDate("LAC-01", CHILD_DATE_OF_BIRTH, "The child's date of birth").notInFuture("LAC-01", CHILD_DATE_OF_BIRTH)
        .requireDate("LAC-01", LOOKED_AFTER_SINCE, "The day the child became looked after").notInFuture("LAC-01", LOOKED_AFTER_SINCE)
        .requireOneOf("LAC-02", LEGAL_STATUS, LookedAfterChildProcess.LEGAL_STATUSES)
        .requireOneOf("LAC-12", ADMISSION, LookedAfterChildProcess.ADMISSIONS)
        .requireOneOf("LAC-03", PLACEMENT_TYPE, LookedAfterChildProcess.PLACEMENT_TYPES)
        .requireDate("LAC-03", PLACEMENT_START_DATE, "The day the placement started")
        .requireAnswer("LAC-16", PLACEMENT_LONG_TERM, "Is the placement intended to last until the child is 18?")
        .requireSomeOf("LAC-02", INVOLVED_AGENCIES, INVOLVABLE_AGENCIES,
            "Name the agencies involved with the child, who are told the legal status")
        .requireAnswer("LAC-01", UNACCOMPANIED_ASYLUM_SEEKING, "Is the child an unaccompanied asylum-seeking child?")
        .requireOneOf("LAC-01", CensusCodes.PRIMARY_NEED, LookedAfterCodes.CATEGORIES_OF_NEED);
    String legalStatus = gate.variables().text(LEGAL_STATUS);
    if (LookedAfterCodes.TEMPORARY_PLACEMENTS.contains(gate.variables().text(PLACEMENT_TYPE))) {
      gate.refuse("LAC-03", PLACEMENT_TYPE, "a period of care cannot start with a temporary placement (SSDA903 rule 380)");
    }
    PlacementDetails.check(gate, "LAC-03", PLACEMENT_TYPE, PLACEMENT_PROVIDER, PLACEMENT_POSTCODE, legalStatus);
    if (!PlacementDetails.SHORT_BREAKS.contains(legalStatus)) {
      gate.requireText("LAC-03", HOME_POSTCODE, "The postcode of the home the child was living at");
    }
    PlacementDetails.postcode(gate, "LAC-03", HOME_POSTCODE);
    LocalDate born = RecordedStepGate.dateOrNull(gate.variables(), CHILD_DATE_OF_BIRTH);
    LocalDate since = RecordedStepGate.dateOrNull(gate.variables(), LOOKED_AFTER_SINCE);
    LocalDate placed = RecordedStepGate.dateOrNull(gate.variables(), PLACEMENT_START_DATE);
    if (born != null && since != null && (since.isBefore(born) || !since.isBefore(born.plusYears(18)))) {
      gate.refuse("LAC-01", LOOKED_AFTER_SINCE, "a child is looked after between birth and the 18th birthday");
    }
    if (since != null && placed != null && placed.isBefore(since)) {
      gate.refuse("LAC-03", PLACEMENT_START_DATE, "cannot be before the day the child became looked after (" + since + ")");
    }
    String caseReference = gate.variables().text(CASE_REFERENCE);
    lookedAfterCase.of(caseReference).ifPresent(already -> gate.refuse("LAC-01", CASE_REFERENCE,
        "the child with case reference " + caseReference + " is already looked after; report a change instead"));
  }

  @Override
  protected void started(DelegateExecution execution, CaseVariables v) {
    LocalDate since = RecordedStepGate.dateOrNull(v, LOOKED_AFTER_SINCE);
    execution.setVariable(RECORDED_BY, CurrentUser.of(execution));
    execution.setVariable(REASON_FOR_NEW_EPISODE, LookedAfterCodes.STARTED_TO_BE_LOOKED_AFTER);
    execution.setVariable(UNACCOMPANIED_ASYLUM_SEEKING, v.isTrue(UNACCOMPANIED_ASYLUM_SEEKING));
    execution.setVariable(PLACEMENT_LONG_TERM, v.isTrue(PLACEMENT_LONG_TERM));
    // Kept as the JSON list a Tasklist checklist submits, whatever the client sent: a Java list would be a
    // serialized object that the breach follow-ups, reading the history, cannot open.
    execution.setVariable(INVOLVED_AGENCIES, SpinValues.jsonValue(v.list(INVOLVED_AGENCIES).stream()
        .map(agency -> '"' + agency + '"').collect(Collectors.joining(",", "[", "]"))).create());
    LocalDate pathwayPlanDue = calendar.pathwayPlanDueOn(execution);
    execution.setVariable(PATHWAY_PLAN_DUE_ON, pathwayPlanDue.toString());
    execution.setVariable(REACHES_PATHWAY_AGE_IN_CARE, pathwayPlanDue.isAfter(since));
    execution.setVariable(ELIGIBILITY_COUNTED_FROM, calendar.eligibilityCountedFrom(execution).toString());
    execution.setVariable(NEEDS_ASSESSMENT_COUNTED_FROM, calendar.needsAssessmentCountedFrom(execution).toString());
    execution.setVariable(LookedAfterHealthProcess.Variables.SDQ_EXPECTED, calendar.sdqExpected(execution, since));
    // The census: coming into care is a referral on the day care began; an earlier one of the case is the census's.
    execution.setVariable(CENSUS_REFERRAL_DATE, NextPathway.day(since));
    if (v.text(CensusCodes.REFERRAL_SOURCE) != null) {
      execution.setVariable(CENSUS_REFERRAL_SOURCE, v.text(CensusCodes.REFERRAL_SOURCE));
    }
  }
}
