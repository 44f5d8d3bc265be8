package uk.safeguarding.oversight;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The managers' oversight in Cockpit, through Cockpit's own plugin interface (as Tasklist's
 * {@code tasklist/SafeguardingTasklistPlugin}), so that a Camunda upgrade keeps it: registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, Cockpit loads
 * {@code plugin-webapp/standards/app/plugin.js} and {@code plugin.css}, which add the "Standards"
 * page (plugin points {@code cockpit.route} and {@code cockpit.navigation}) and the "Child's journey"
 * tab of a process instance ({@code cockpit.processInstance.runtime.tab}). Their figures come from
 * {@link OversightApi}; the plugin's own resource ({@link StandardsCockpitRootResource}) only serves
 * those two files.
 */
public class StandardsCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "standards";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(StandardsCockpitRootResource.class);
  }
}
