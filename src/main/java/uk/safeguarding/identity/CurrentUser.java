package uk.safeguarding.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is doing this, for "recorded by" fields; the system when a timer or the job executor acts. */
public final class CurrentUser {

  public static final String SYSTEM = "system";

  private CurrentUser() {}

  public static String of(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
