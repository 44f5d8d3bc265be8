package uk.safeguarding.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The plugin's REST resources, under Tasklist's own log-in: {@code /camunda/api/tasklist/plugin/safeguarding/...}. */
@Path("plugin/" + SafeguardingTasklistPlugin.ID)
public class SafeguardingTasklistRootResource extends AbstractTasklistPluginRootResource {

  public SafeguardingTasklistRootResource() {
    super(SafeguardingTasklistPlugin.ID);
  }

  @Path("{engineName}/task-cards")
  public TaskCardsResource taskCards(@PathParam("engineName") String engineName) {
    return subResource(new TaskCardsResource(engineName), engineName);
  }
}
