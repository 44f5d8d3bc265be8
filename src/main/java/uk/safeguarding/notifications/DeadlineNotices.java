package uk.safeguarding.notifications;

import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.timescales.Standards;

/**
 * Work due tomorrow and work overdue, told by a sweep ({@link DeadlineSweepSchedule}, every hour on
 * every node) rather than a timer per task: every deadline ends at 23:59:59, so thousands fall due
 * together, and a sweep does only what is new. It asks the database for the open tasks due by the end
 * of the next working day, or past due, that have no such notification yet, and writes each one's in a
 * small transaction of its own; the outbox writes once per task, kind and recipient, so two nodes
 * sweeping at once, or a sweep run again, tell nobody twice.
 * <ul>
 *   <li>due tomorrow: to the person who holds the task, or its agencies while nobody does;</li>
 *   <li>overdue: the same, the first sweep after the due date;</li>
 *   <li>overdue past the profile's {@code notifications.managerToldAfter}: also to the line managers of
 *       each agency the task is offered to ({@link Agency#lineManagerGroup()}).</li>
 * </ul>
 */
@Component
public class DeadlineNotices {

  private static final String OPEN_TASKS_DUE_WITHOUT = """
      select t.id_ from act_ru_task t where t.due_date_ > ? and t.due_date_ <= ? and t.suspension_state_ = 1
        and not exists (select 1 from sg_notification n where n.task_id = t.id_ and n.kind = ?)""";
  private static final String OF_ONE_CASE = """
       and exists (select 1 from act_ru_execution e where e.id_ = t.proc_inst_id_ and e.business_key_ = ?)""";

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final Notifications notifications;
  private final Standards standards;

  public DeadlineNotices(JdbcTemplate jdbc, ProcessEngine engine, Notifications notifications, Standards standards) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.notifications = notifications;
    this.standards = standards;
  }

  /** @return how many notifications this sweep wrote */
  public int sweep() {
    return sweep(null);
  }

  /**
   * The same sweep over one child's case only (its processes' business key): for a test among other
   * tests' cases, or an operator who wants one case's reminders now.
   */
  public int sweep(String caseReference) {
    WorkingDayCalendar calendar = standards.calendar();
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.LONDON);
    ZonedDateTime endOfToday = calendar.endOfDay(now.toLocalDate());
    ZonedDateTime endOfNextWorkingDay = calendar.endOfDay(calendar.workingDaysAfter(now.toLocalDate(), 1));
    ZonedDateTime longAgo = now.minusYears(100);
    int written = 0;
    for (String taskId : tasks(endOfToday, endOfNextWorkingDay, NotificationKind.DUE_TOMORROW, caseReference)) {
      written += tellHolders(NotificationKind.DUE_TOMORROW, taskId);
    }
    for (String taskId : tasks(longAgo, now, NotificationKind.OVERDUE, caseReference)) {
      written += tellHolders(NotificationKind.OVERDUE, taskId);
    }
    // Nothing due today is past a grace period yet: only work due before today is looked at for its manager.
    for (String taskId : tasks(longAgo, endOfToday.minusDays(1), NotificationKind.OVERDUE_TO_MANAGER, caseReference)) {
      written += tellManagers(taskId, now);
    }
    return written;
  }

  private List<String> tasks(ZonedDateTime dueAfter, ZonedDateTime dueBy, NotificationKind without, String caseReference) {
    if (caseReference != null) {
      return jdbc.queryForList(OPEN_TASKS_DUE_WITHOUT + OF_ONE_CASE, String.class, Timestamp.from(dueAfter.toInstant()),
          Timestamp.from(dueBy.toInstant()), without.name(), caseReference);
    }
    return jdbc.queryForList(OPEN_TASKS_DUE_WITHOUT, String.class, Timestamp.from(dueAfter.toInstant()),
        Timestamp.from(dueBy.toInstant()), without.name());
  }

  private int tellHolders(NotificationKind kind, String taskId) {
    Open open = open(taskId);
    if (open == null) {
      return 0;
    }
    Set<Recipient> holders = new LinkedHashSet<>();
    if (open.task().getAssignee() != null) {
      holders.add(Recipient.user(open.task().getAssignee()));
    } else {
      open.groups().forEach(group -> holders.add(Recipient.group(group)));
    }
    return (int) holders.stream().filter(holder -> notifications.tell(kind, holder, open.work(), open.profile(), taskId)).count();
  }

  private int tellManagers(String taskId, ZonedDateTime now) {
    Open open = open(taskId);
    if (open == null || open.work().dueAt() == null) {
      return 0;
    }
    ZonedDateTime managersFrom = standards.profiles().profile(open.profile()).notifications()
        .managerToldFrom(open.work().dueAt(), standards.calendar());
    if (now.isBefore(managersFrom)) {
      return 0;
    }
    Set<Recipient> managers = new LinkedHashSet<>();
    open.groups().forEach(group -> Agency.actedForBy(group)
        .ifPresent(agency -> managers.add(Recipient.group(agency.lineManagerGroup()))));
    return (int) managers.stream()
        .filter(manager -> notifications.tell(NotificationKind.OVERDUE_TO_MANAGER, manager, open.work(), open.profile(), taskId))
        .count();
  }

  private record Open(Task task, Set<String> groups, NotificationText.Work work, String profile) {}

  private Open open(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return null;
    }
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    ProcessInstance instance = task.getProcessInstanceId() == null ? null
        : engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    Object profile = task.getExecutionId() == null ? null
        : engine.getRuntimeService().getVariable(task.getExecutionId(), Standards.PROFILE_VARIABLE);
    ZonedDateTime due = task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON);
    NotificationText.Work work = new NotificationText.Work(instance == null ? null : instance.getBusinessKey(), taskId,
        task.getName(), due, null, null, task.getProcessDefinitionId());
    return new Open(task, groups, work, profile == null || profile.toString().isBlank()
        ? standards.profiles().defaultProfile() : profile.toString());
  }
}
