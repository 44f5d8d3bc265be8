package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.*;

import java.util.Date;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.LookedAfterCodes;
import uk.safeguarding.timescales.Standards;

/**
 * When the assessment behind a looked after child's care plan is next updated: at the earlier of LAC-13
 * (a year after the last) and the RA-01 interval of the child's current placement (seed 004
 * "Re-assessment Timeframes", lines 848-849: foster care every 12 months, residential care every 6),
 * both counted from the last assessment. care-planning.bpmn sets the RA-01 step where the placement's
 * interval comes first and the LAC-13 step otherwise, so a missed update is the breach of the rule
 * that set its day, once.
 */
@Component("carePlanAssessmentClock")
public class CarePlanAssessmentClock {

  /**
   * RA-01's interval of each placement it names, by SSDA903 placement type. Foster care is U1 to U6, with relatives
   * or friends (kinship care: foster carers approved as connected persons) or other carers. Residential care is a
   * children's home (K1 secure, K2) or a residential care home (R1). With parents, for adoption, in supported
   * accommodation, a school, hospital or custody, and temporary placements RA-01 names no interval, and LAC-13
   * applies alone.
   */
  static String intervalOf(String placementType) {
    if (LookedAfterCodes.FOSTER_PLACEMENTS.contains(placementType)) {
      return "fosterCare";
    }
    return RESIDENTIAL_CARE.contains(placementType) ? "residential" : null;
  }

  static final List<String> RESIDENTIAL_CARE = Arrays.asList("K1", "K2", "R1");

  private final Standards standards;

  public CarePlanAssessmentClock(Standards standards) {
    this.standards = standards;
  }

  /** The RA-01 timescale name of the child's current placement, or null where RA-01 names none. */
  public String placementInterval(VariableScope scope) {
    Object placementType = scope.getVariable(PLACEMENT_TYPE);
    return intervalOf(placementType == null ? null : placementType.toString());
  }

  /** Whether the placement's RA-01 interval falls due before LAC-13's year, counted from {@code lastAssessment}. */
  public boolean placementFirst(VariableScope scope, Object lastAssessment) {
    String interval = placementInterval(scope);
    return interval != null
        && standards.due(scope, "RA-01", interval, lastAssessment).before(standards.due(scope, "LAC-13", lastAssessment));
  }

  /** The day the next update is due: the earlier of LAC-13 and the placement's RA-01 interval. */
  public Date nextDue(VariableScope scope, Object lastAssessment) {
    return placementFirst(scope, lastAssessment)
        ? standards.due(scope, "RA-01", placementInterval(scope), lastAssessment)
        : standards.due(scope, "LAC-13", lastAssessment);
  }
}
