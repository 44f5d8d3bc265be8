package uk.safeguarding.childcase;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.contract.CaseWriteGuard;
import uk.safeguarding.identity.CurrentUser;
import uk.safeguarding.identity.signin.AgencyGroupsLeft;

/**
 * A manager moves work between workers of the team (the team tray, oversight/TeamTray), with a
 * reason, and every such decision is kept (sg_work_reassignment, V11) and told in the chronology.
 *
 * <ul>
 *   <li>One task to another worker: only to someone the task is offered to (a member of one of its
 *       candidate groups), so a police task never goes to a social worker. The task keeps its groups.</li>
 *   <li>A whole child (TR-01): the child's case runs its own transfer steps, the event subprocess
 *       "Transferred by a manager" of child-case.bpmn, started by the message {@link #TRANSFER_REQUESTED}:
 *       the receiving social worker gets every open social worker task of the child and becomes the case's
 *       worker, and gives the family and the network their contact details within TR-01.</li>
 * </ul>
 *
 * Practitioners may work their group's tasks but never reassign them (identity/AgencyAccessSetup), and a
 * manager's Cockpit reads tasks only: the move is made by the application once these checks pass, in
 * one command with its record, so a refusal leaves nothing half-written. Who may decide (team and
 * service managers) is the caller's check (oversight/OversightApi).
 */
@Component
public class WorkReassignments {

  /** TR-01: a manager transfers the child; correlated to the child's running case with the receiving worker. */
  public static final String TRANSFER_REQUESTED = "ChildCaseTransferRequested";
  static final int MAX_REASON = 4000;

  /** One decision as kept: {@code kind} is task or child; {@code from} is null for the team's unassigned work, {@code to} for work back in its queue. */
  public record Reassignment(String kind, String caseReference, String taskId, String taskName, String from, String to,
      String reason, String decidedBy, ZonedDateTime decidedAt) {

    String told() {
      if (to == null) {
        return "\"" + taskName + "\" went back to its agency's queue from " + from + ": " + reason;
      }
      String what = "task".equals(kind) ? "\"" + taskName + "\"" : "the child's case (TR-01)";
      return decidedBy + " gave " + what + " to " + to + (from == null ? " from the team's tray" : " from " + from)
          + ": " + reason;
    }
  }

  /** A reassignment refused: a 400 (what was asked cannot be done) or a 404 (no such task or case). */
  public static class RefusedException extends RuntimeException {
    private final int status;

    RefusedException(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** The transfer the team tray is asking for in this thread's command: case reference and receiver. */
  private static final ThreadLocal<String[]> ASKED = new ThreadLocal<>();

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;

  public WorkReassignments(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  /** Gives one open task to {@code to}, a member of one of the task's candidate groups. */
  public Reassignment reassignTask(String taskId, String to, String reason, String manager) {
    String why = reason(reason);
    String receiver = worker(to);
    Task task = asTheSystem(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      throw new RefusedException(404, "There is no open task " + taskId + ": it may have been done or moved already");
    }
    List<String> offeredTo = asTheSystem(() -> engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList());
    if (offeredTo.isEmpty()) {
      throw new RefusedException(400, "\"" + task.getName() + "\" is offered to no group, so nobody else may be given it");
    }
    Set<String> receiversGroups = groupsOf(receiver);
    if (offeredTo.stream().noneMatch(receiversGroups::contains)) {
      throw new RefusedException(400, "\"" + task.getName() + "\" is work for "
          + offeredTo.stream().map(Agency::groupName).collect(Collectors.joining(" or ")) + ", and " + receiver
          + " is not one of them: choose someone the task is offered to");
    }
    if (receiver.equals(task.getAssignee())) {
      throw new RefusedException(400, "\"" + task.getName() + "\" is " + receiver + "'s already");
    }
    String caseReference = asTheSystem(() -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
    Reassignment done = new Reassignment("task", caseReference, taskId, task.getName(), task.getAssignee(), receiver, why,
        manager, now());
    CaseWriteGuard.writeAsTheApplication(engine, () -> {
      engine.getTaskService().setAssignee(taskId, receiver);
      keep(done);
    });
    return done;
  }

  /** TR-01: transfers the whole child to {@code to}, a social worker, through the child's case's own transfer steps. */
  public Reassignment transferChild(String caseReference, String to, String reason, String manager) {
    String why = reason(reason);
    String receiver = worker(to);
    if (!groupsOf(receiver).contains(Agency.CSC_SOCIAL_WORKER.groupId())) {
      throw new RefusedException(400, "TR-01: a child is transferred to a social worker ("
          + Agency.CSC_SOCIAL_WORKER.groupId() + "), and " + receiver + " is not one");
    }
    ProcessInstance childCase = asTheSystem(() -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ChildCaseProcess.KEY).processInstanceBusinessKey(caseReference).singleResult());
    if (childCase == null) {
      throw new RefusedException(404, "There is no open child's case " + caseReference + " to transfer");
    }
    boolean open = asTheSystem(() -> engine.getRuntimeService().createEventSubscriptionQuery()
        .processInstanceId(childCase.getId()).eventName(TRANSFER_REQUESTED).count() > 0);
    if (!open) {
      throw new RefusedException(400, "The child's case " + caseReference + " is closing: it can no longer be transferred");
    }
    String from = asTheSystem(() -> engine.getRuntimeService().getVariable(childCase.getId(),
        ChildCaseProcess.Variables.CASE_WORKER)) instanceof String worker ? worker : null;
    if (receiver.equals(from)) {
      throw new RefusedException(400, "TR-01: " + receiver + " holds the child's case " + caseReference + " already");
    }
    Reassignment done = new Reassignment("child", caseReference, null, null, from, receiver, why, manager, now());
    ASKED.set(new String[] {caseReference, receiver});
    try {
      CaseWriteGuard.writeAsTheApplication(engine, () -> {
        engine.getRuntimeService().createMessageCorrelation(TRANSFER_REQUESTED).processInstanceId(childCase.getId())
            .setVariable(ChildCaseProcess.Variables.RECEIVING_WORKER, receiver).correlate();
        keep(done);
      });
    } finally {
      ASKED.remove();
    }
    return done;
  }

  /**
   * Leavers and movers (issue 23): the open tasks {@code left.userId()} had claimed and that none of their
   * groups may do any more (all of them, for a leaver) go back to the queue of the groups they are offered
   * to, unclaimed, each kept as a move to nobody; the chronology tells the case's managers, and the team
   * tray shows the task as the team's again. A task offered to no group stays where it is: it has no queue.
   */
  @EventListener
  public void returnToTheQueue(AgencyGroupsLeft left) {
    List<Task> claimed = asTheSystem(() -> engine.getTaskService().createTaskQuery().taskAssignee(left.userId()).list());
    for (Task task : claimed) {
      List<String> offeredTo = asTheSystem(() -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).toList());
      if (offeredTo.isEmpty() || offeredTo.stream().anyMatch(left.groupsNow()::contains)) {
        continue;
      }
      String caseReference = asTheSystem(() -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
      Reassignment done = new Reassignment("task", caseReference, task.getId(), task.getName(), left.userId(), null,
          left.reason(), CurrentUser.SYSTEM, now());
      CaseWriteGuard.writeAsTheApplication(engine, () -> asTheSystem(() -> {
        // Still theirs, in the transaction that returns it: another node's leavers' sweep, or the leaver's
        // own last request, may have returned it since it was read, and it is returned and kept once.
        if (engine.getTaskService().createTaskQuery().taskId(task.getId()).taskAssignee(left.userId()).count() == 0) {
          return null;
        }
        engine.getTaskService().setAssignee(task.getId(), null);
        keep(done);
        return null;
      }));
    }
  }

  /** Whether the team tray, in this command, asked to transfer this child to this receiver (CaseTransfer). */
  static boolean isTransferAskedFor(String caseReference, String receiver) {
    String[] asked = ASKED.get();
    return asked != null && asked[0].equals(caseReference) && asked[1].equals(receiver);
  }

  /** The reassignments of a child, oldest first. */
  public List<Reassignment> forCase(String caseReference) {
    return jdbc.query("""
        select kind, case_reference, task_id, task_name, from_worker, to_worker, reason, decided_by, decided_at
        from sg_work_reassignment where case_reference = ? order by decided_at""",
        (row, i) -> new Reassignment(row.getString("kind"), row.getString("case_reference"), row.getString("task_id"),
            row.getString("task_name"), row.getString("from_worker"), row.getString("to_worker"), row.getString("reason"),
            row.getString("decided_by"), row.getTimestamp("decided_at").toInstant().atZone(WorkingDayCalendar.LONDON)),
        caseReference);
  }

  List<ChronologyEntry> entries(String caseReference) {
    return forCase(caseReference).stream().map(each -> new ChronologyEntry(each.decidedAt(),
        each.to() == null ? "Task returned to the queue" : "task".equals(each.kind()) ? "Task reassigned" : "Case transferred",
        each.told())).toList();
  }

  private void keep(Reassignment done) {
    jdbc.update("""
        insert into sg_work_reassignment (id, kind, case_reference, task_id, task_name, from_worker, to_worker, reason,
          decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), done.kind(), done.caseReference(), done.taskId(), done.taskName(), done.from(),
        done.to(), done.reason(), done.decidedBy(), Timestamp.from(done.decidedAt().toInstant()));
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RefusedException(400, "Give the reason for the move: it is kept, and told in the child's chronology");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new RefusedException(400, "The reason is longer than " + MAX_REASON + " characters");
    }
    return reason.strip();
  }

  private String worker(String to) {
    if (to == null || to.isBlank()) {
      throw new RefusedException(400, "Name the worker who is to have the work");
    }
    String userId = to.strip();
    if (asTheSystem(() -> engine.getIdentityService().createUserQuery().userId(userId).count()) == 0) {
      throw new RefusedException(400, "There is no user " + userId);
    }
    return userId;
  }

  private Set<String> groupsOf(String userId) {
    return asTheSystem(() -> engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet()));
  }

  private static ZonedDateTime now() {
    return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).atZone(WorkingDayCalendar.LONDON);
  }

  /** Reads what a manager may not read through the engine's authorizations (other agencies' groups, users). */
  private <T> T asTheSystem(Supplier<T> read) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(read::get));
  }
}
