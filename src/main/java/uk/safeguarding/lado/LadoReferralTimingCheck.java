package uk.safeguarding.lado;

import static uk.safeguarding.lado.LadoReferralProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.gates.CaseVariables;
import uk.safeguarding.timescales.Standards;
import uk.safeguarding.breaches.StandardsBreachRecorder;

/**
 * LADO-02 (referral): the concern reaches the LADO within the profile's time of arising. A late
 * referral is still taken (the child cannot wait for an argument about dates): it is recorded as a
 * breach on the case, and the LADO's own clock starts from the referral.
 */
@Component("checkLadoReferralTiming")
public class LadoReferralTimingCheck implements JavaDelegate {

  static final String BREACHED_STEP = "Refer the concern to the LADO";

  private final Standards standards;
  private final StandardsBreachRecorder breaches;

  public LadoReferralTimingCheck(Standards standards, StandardsBreachRecorder breaches) {
    this.standards = standards;
    this.breaches = breaches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = standards.due(execution, "LADO-02", "referral", CaseVariables.of(execution).raw(CONCERN_AROSE));
    if (ClockUtil.getCurrentTime().after(due)) {
      breaches.record(execution, "LADO-02", due, BREACHED_STEP,
          "The concern arose on " + CaseVariables.of(execution).date(CONCERN_AROSE)
              + " and reached the LADO later than the profile allows");
    }
  }
}
