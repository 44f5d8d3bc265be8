package uk.safeguarding.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.ProcessContracts;
import uk.safeguarding.contract.Step;
import uk.safeguarding.identity.SignedIn;

/**
 * Drafts of open tasks, kept on the server (sg_task_draft) so that what a practitioner saved survives
 * a timeout, another computer, a restart of the application and a colleague taking the task over.
 *
 * <ul>
 *   <li>Only someone who may work the task reads or writes its draft: its assignee, or a member of a
 *       candidate group while nobody has claimed it (need-to-know: an agency's tasks stay its own).
 *       To anyone else the task does not exist, whether it exists or not. While the task is claimed,
 *       the rest of the group may read the draft but only the assignee changes it.</li>
 *   <li>A draft holds only what the task writes ({@link Step#draftProblems}), each value of its kind,
 *       and may be incomplete: the completion gate checks the submission, not the draft.</li>
 *   <li>A draft is never the case's data: no variable, no history. Completing the task (or anything
 *       else that ends it) deletes it, by the table's foreign key to the engine's task.</li>
 * </ul>
 */
@Component
public class TaskDrafts {

  /** Far more than any form's answers; a string variable of the engine holds 4,000 characters. */
  static final int MAX_CHARACTERS = 200_000;

  private static final Logger LOG = LoggerFactory.getLogger(TaskDrafts.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final ProcessContracts contracts;
  private final JdbcTemplate jdbc;

  public TaskDrafts(ProcessEngine engine, ProcessContracts contracts, JdbcTemplate jdbc) {
    this.engine = engine;
    this.contracts = contracts;
    this.jdbc = jdbc;
  }

  /** An open task of a pathway that the person may work, and what its contract lets them write. */
  public record WorkedTask(String id, String name, String taskDefinitionKey, String processInstanceId, String assignee,
      Optional<Step> step) {

    public List<String> writes() {
      return step.map(found -> found.writes().keySet().stream().sorted().toList()).orElse(List.of());
    }
  }

  /** A draft as kept: the values (only what the task writes), who saved it and when. */
  public record Draft(ObjectNode values, String savedBy, String savedByName, OffsetDateTime savedAt) {}

  /** The task and its draft, if there is one. */
  public record Kept(WorkedTask task, Optional<Draft> draft) {}

  /** Why a draft was not read, kept or discarded, with the HTTP status that says so. */
  public static final class DraftRefusedException extends RuntimeException {

    private final HttpStatus status;

    DraftRefusedException(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }

    public HttpStatus status() {
      return status;
    }
  }

  public Kept read(String taskId, SignedIn person) {
    WorkedTask task = workable(taskId, person);
    return new Kept(task, draftOf(taskId));
  }

  /** Keeps {@code values} as the task's draft, in place of any earlier one. */
  public Kept save(String taskId, SignedIn person, JsonNode values) {
    WorkedTask task = workable(taskId, person);
    mayChange(task, person);
    if (values == null || !values.isObject()) {
      throw new DraftRefusedException(HttpStatus.BAD_REQUEST,
          "Nothing was saved. Send the draft as {\"values\": {\"<variable>\": <value>, ...}}");
    }
    String what = "A draft of '" + task.name() + "' (" + task.taskDefinitionKey() + ")";
    if (task.step().isEmpty()) {
      throw new DraftRefusedException(HttpStatus.BAD_REQUEST,
          "Nothing was saved. " + what + ": the task's contract declares nothing it may write");
    }
    Map<String, String> problems = task.step().get().draftProblems(plain((ObjectNode) values));
    if (!problems.isEmpty()) {
      // Names only in the log: a refused value may be a child's personal data.
      LOG.info("Draft refused: {} {}", what, problems.keySet());
      throw new DraftRefusedException(HttpStatus.BAD_REQUEST, "Nothing was saved. " + what + ": "
          + String.join("; ", problems.entrySet().stream().map(problem -> problem.getKey() + ": " + problem.getValue()).toList()));
    }
    String text = asText(values);
    if (text.length() > MAX_CHARACTERS) {
      throw new DraftRefusedException(HttpStatus.BAD_REQUEST, "Nothing was saved. " + what + ": the draft is "
          + text.length() + " characters long; a draft holds at most " + MAX_CHARACTERS);
    }
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    try {
      int updated = jdbc.update("update sg_task_draft set draft_values = ?, saved_by = ?, saved_at = ? where task_id = ?",
          text, person.userId(), now, taskId);
      if (updated == 0) {
        jdbc.update("insert into sg_task_draft (task_id, process_instance_id, draft_values, saved_by, saved_at)"
            + " values (?, ?, ?, ?, ?)", taskId, task.processInstanceId(), text, person.userId(), now);
      }
    } catch (DuplicateKeyException sameMoment) {
      throw new DraftRefusedException(HttpStatus.CONFLICT, "Nothing was saved: a colleague saved a draft of '"
          + task.name() + "' at the same moment. Open the task again to see it, then save yours.");
    } catch (DataIntegrityViolationException taskEnded) {
      throw notOpen(taskId);
    }
    return new Kept(task, draftOf(taskId));
  }

  /** Throws the draft away (the task keeps no draft). */
  public void discard(String taskId, SignedIn person) {
    mayChange(workable(taskId, person), person);
    jdbc.update("delete from sg_task_draft where task_id = ?", taskId);
  }

  private static void mayChange(WorkedTask task, SignedIn person) {
    if (task.assignee() != null && !task.assignee().equals(person.userId())) {
      throw new DraftRefusedException(HttpStatus.CONFLICT, "Nothing was saved: '" + task.name() + "' is assigned to "
          + task.assignee() + ", so only they change its draft. You can still read it.");
    }
  }

  private Optional<Draft> draftOf(String taskId) {
    List<Draft> drafts = jdbc.query("select draft_values, saved_by, saved_at from sg_task_draft where task_id = ?",
        (row, index) -> new Draft(parse(row.getString("draft_values")), row.getString("saved_by"),
            nameOf(row.getString("saved_by")), row.getObject("saved_at", OffsetDateTime.class)), taskId);
    return drafts.stream().findFirst();
  }

  private WorkedTask workable(String taskId, SignedIn person) {
    Command<WorkedTask> find = context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null) {
        return null;
      }
      boolean mayWork = person.userId().equals(task.getAssignee()) || task.getIdentityLinks().stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
              && (person.userId().equals(link.getUserId()) || person.groupIds().contains(link.getGroupId())));
      if (!mayWork) {
        return null;
      }
      String processKey = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
      return new WorkedTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
          task.getAssignee(), contracts.step(processKey, task.getTaskDefinitionKey()));
    };
    WorkedTask found = configuration().getCommandExecutorTxRequired().execute(find);
    if (found == null) {
      throw notOpen(taskId);
    }
    return found;
  }

  /** The same answer whether the task never existed, has ended or is another agency's: need-to-know. */
  private static DraftRefusedException notOpen(String taskId) {
    return new DraftRefusedException(HttpStatus.NOT_FOUND, "No open task " + taskId + " that you may work");
  }

  private String nameOf(String userId) {
    Command<String> find = context -> context.runWithoutAuthorization(() -> {
      User user = context.getReadOnlyIdentityProvider().findUserById(userId);
      return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    });
    return configuration().getCommandExecutorTxRequired().execute(find);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * A draft's values as the contract reads a submission: text, yes/no and numbers as Java values (an
   * empty text is an empty answer), lists and rows as JSON.
   */
  private static Map<String, Object> plain(ObjectNode values) {
    Map<String, Object> plain = new LinkedHashMap<>();
    values.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      plain.put(field.getKey(), value.isNull() ? null : value.isTextual() ? value.asText()
          : value.isBoolean() ? value.booleanValue() : value.isNumber() ? value.numberValue() : value);
    });
    return plain;
  }

  private static String asText(JsonNode values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }

  private static ObjectNode parse(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sg_task_draft holds a draft that is not JSON", e);
    }
  }
}
