package uk.safeguarding.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Tasklist made for safeguarding work, through Tasklist's own plugin interface rather than a fork of
 * the webapp, so that a Camunda upgrade keeps it: registered in
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}, Tasklist loads
 * {@code plugin-webapp/safeguarding/app/plugin.js} and {@code plugin.css} on every page, and serves
 * {@link TaskCardsResource} at {@code /camunda/api/tasklist/plugin/safeguarding/{engine}/task-cards}
 * behind the Tasklist log-in. The script adds to each card of a work tray the agency and the due date
 * in working days, puts the count beside every tray, and the style takes away "Create task", which
 * would make a task outside every pathway.
 */
public class SafeguardingTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "safeguarding";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(SafeguardingTasklistRootResource.class);
  }
}
