package uk.safeguarding.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import uk.safeguarding.agency.Agency;

/**
 * What a work tray's card shows besides the task's own fields: the agency it is offered to, by name,
 * and its due date counted in working days in England (weekends and bank holidays skipped, on London's
 * calendar), counted here so that the browser never keeps a list of bank holidays of its own.
 * Need-to-know as everywhere: the tasks are read as the signed-in user, so a card is answered only for
 * a task that user may see; any other id is left out.
 */
public class TaskCardsResource extends AbstractTasklistPluginResource {

  /** A page of Tasklist holds 15 cards; a tray never asks for more than a few pages at once. */
  static final int MOST_CARDS = 50;

  public TaskCardsResource(String engineName) {
    super(engineName);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response cards(@QueryParam("taskId") List<String> taskIds) {
    ProcessEngine engine = getProcessEngine();
    if (engine.getIdentityService().getCurrentAuthentication() == null) {
      return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("message", "Log in to Tasklist to see your work trays")).build();
    }
    Set<String> ids = new LinkedHashSet<>(taskIds == null ? List.of() : taskIds);
    ids.removeIf(id -> id == null || id.isBlank());
    if (ids.size() > MOST_CARDS) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("message", "Ask for at most " + MOST_CARDS + " cards at once")).build();
    }
    List<Map<String, Object>> cards = new ArrayList<>();
    if (!ids.isEmpty()) {
      DueInWorkingDays due = new DueInWorkingDays(ClockUtil.getCurrentTime().toInstant());
      for (Task task : engine.getTaskService().createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list()) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", task.getId());
        card.put("agency", agencies(engine, task));
        card.putAll(due.of(task.getDueDate()));
        cards.add(card);
      }
    }
    return Response.ok(cards, MediaType.APPLICATION_JSON).build();
  }

  /** The groups the task is offered to, by the names practitioners know them by. */
  private static String agencies(ProcessEngine engine, Task task) {
    List<String> names = new ArrayList<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        String name = Agency.groupName(link.getGroupId());
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return String.join(", ", names);
  }
}
