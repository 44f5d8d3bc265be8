package uk.safeguarding.oversight;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * The plugin's place in Cockpit's API, {@code /camunda/api/cockpit/plugin/standards/static/...}, from
 * which Cockpit loads {@code plugin.js} and {@code plugin.css}. The figures themselves are
 * {@link OversightApi}'s, under the managers' check.
 */
@Path("plugin/" + StandardsCockpitPlugin.ID)
public class StandardsCockpitRootResource extends AbstractCockpitPluginRootResource {

  public StandardsCockpitRootResource() {
    super(StandardsCockpitPlugin.ID);
  }
}
