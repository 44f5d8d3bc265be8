package uk.safeguarding.oversight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.ChildCaseProcess;

/**
 * The team manager's team tray: the open work of each social worker of the team (the users of
 * {@code csc-social-worker}), and the team's work nobody holds yet. Per worker: the open tasks
 * assigned to them, their caseload (the children, by case reference, whose case they hold as
 * {@code caseWorker} after a transfer, TR-01, or in which they hold a task), what is due by the end of
 * the fifth working day and what is overdue, counted as the Standards dashboard counts its open work.
 * A worker's tasks, from any agency's group, are theirs: a task is in a tray by its assignee.
 */
@Component
public class TeamTray {

  /** The team's work nobody holds: offered to the social workers and not assigned. */
  public static final String UNASSIGNED = "";
  static final String TEAM = Agency.CSC_SOCIAL_WORKER.groupId();

  public record WorkerRow(String userId, String name, int openTasks, int caseload, int dueWithin5WorkingDays, int overdue) {}

  public record Tray(String team, Instant at, List<WorkerRow> workers, WorkerRow unassigned) {}

  /** One open task as the manager sees it, with the instance Cockpit opens and who else it may go to. */
  public record TrayTask(String taskId, String name, String caseReference, String childName, String pathway, String processKey,
      String processInstanceId, Instant due, boolean overdue, String assignee, List<String> offeredTo) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;

  public TeamTray(NamedParameterJdbcTemplate jdbc, ProcessEngine engine, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.calendar = calendar;
  }

  /** The team's workers (by name), each with their figures, and the team's unassigned work. */
  public Tray of(Instant now) {
    Map<String, String> workers = workers();
    MapSqlParameterSource params = figures(now).addValue("workers", orNone(workers.keySet()))
        .addValue("caseWorker", ChildCaseProcess.Variables.CASE_WORKER).addValue("team", TEAM);
    Map<String, int[]> counts = new HashMap<>();
    jdbc.query("""
        select t.assignee_, count(*) as open_tasks, sum(case when t.due_date_ < :now then 1 else 0 end) as overdue,
            sum(case when t.due_date_ >= :now and t.due_date_ <= :soon then 1 else 0 end) as due_soon
        from act_ru_task t where t.assignee_ in (:workers) group by t.assignee_""", params,
        row -> {
          counts.put(row.getString("assignee_"), new int[] {row.getInt("open_tasks"), row.getInt("due_soon"), row.getInt("overdue")});
        });
    Map<String, Set<String>> caseloads = new HashMap<>();
    jdbc.query("""
        select t.assignee_ as worker, e.business_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
        where t.assignee_ in (:workers) and e.business_key_ is not null
        union
        select v.text_ as worker, e.business_key_ from act_ru_variable v join act_ru_execution e on e.id_ = v.proc_inst_id_
        where v.name_ = :caseWorker and v.execution_id_ = v.proc_inst_id_ and v.text_ in (:workers)
            and e.id_ = e.proc_inst_id_ and e.business_key_ is not null""", params,
        row -> {
          caseloads.computeIfAbsent(row.getString("worker"), worker -> new HashSet<>()).add(row.getString("business_key_"));
        });
    List<WorkerRow> rows = new ArrayList<>();
    workers.forEach((userId, name) -> {
      int[] figures = counts.getOrDefault(userId, new int[3]);
      rows.add(new WorkerRow(userId, name, figures[0], caseloads.getOrDefault(userId, Set.of()).size(), figures[1], figures[2]));
    });
    WorkerRow unassigned = jdbc.queryForObject("""
        select count(*) as open_tasks, count(distinct e.business_key_) as children,
            coalesce(sum(case when t.due_date_ < :now then 1 else 0 end), 0) as overdue,
            coalesce(sum(case when t.due_date_ >= :now and t.due_date_ <= :soon then 1 else 0 end), 0) as due_soon
        from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ = :team
            join act_ru_execution e on e.id_ = t.proc_inst_id_
        where t.assignee_ is null""", params,
        (row, i) -> new WorkerRow(UNASSIGNED, "Not yet assigned (the team's)", row.getInt("open_tasks"), row.getInt("children"),
            row.getInt("due_soon"), row.getInt("overdue")));
    return new Tray(Agency.groupName(TEAM), now, rows, unassigned);
  }

  /** A worker's open tasks ({@link #UNASSIGNED}: the team's unassigned work), soonest due first. */
  public List<TrayTask> tasksOf(String worker, Instant now) {
    MapSqlParameterSource params = figures(now).addValue("worker", worker).addValue("team", TEAM)
        .addValue("childName", "childName");
    String whose = UNASSIGNED.equals(worker)
        ? " join act_ru_identitylink tl on tl.task_id_ = t.id_ and tl.type_ = 'candidate' and tl.group_id_ = :team where t.assignee_ is null"
        : " where t.assignee_ = :worker";
    Map<String, TrayTask> tasks = new LinkedHashMap<>();
    jdbc.query("""
        select t.id_, t.name_, t.due_date_, t.assignee_, t.proc_inst_id_, d.key_ as process_key, d.name_ as pathway,
            e.business_key_, (select max(v.text_) from act_ru_variable v where v.execution_id_ = t.proc_inst_id_
                and v.name_ = :childName) as child_name
        from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_ join act_ru_execution e on e.id_ = t.proc_inst_id_
        """ + whose + " order by t.due_date_, t.create_time_, t.id_ limit " + StandardsDashboard.LIST_ROWS, params,
        row -> {
          Timestamp due = row.getTimestamp("due_date_");
          tasks.put(row.getString("id_"), new TrayTask(row.getString("id_"), row.getString("name_"), row.getString("business_key_"),
              row.getString("child_name"), row.getString("pathway") == null ? row.getString("process_key") : row.getString("pathway"),
              row.getString("process_key"), row.getString("proc_inst_id_"), due == null ? null : due.toInstant(),
              due != null && due.toInstant().isBefore(now), row.getString("assignee_"), new ArrayList<>()));
        });
    if (!tasks.isEmpty()) {
      jdbc.query("select task_id_, group_id_ from act_ru_identitylink where type_ = 'candidate' and group_id_ is not null"
          + " and task_id_ in (:tasks) order by group_id_", new MapSqlParameterSource("tasks", tasks.keySet()),
          row -> {
            tasks.get(row.getString("task_id_")).offeredTo().add(row.getString("group_id_"));
          });
    }
    return List.copyOf(tasks.values());
  }

  /** The team's workers, user id to name, by name. Read by the application: a manager may not list users. */
  Map<String, String> workers() {
    List<User> users = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> engine.getIdentityService().createUserQuery()
            .memberOfGroup(TEAM).list()));
    Map<String, String> workers = new LinkedHashMap<>();
    users.stream().sorted(Comparator.comparing(TeamTray::name).thenComparing(User::getId))
        .forEach(user -> workers.put(user.getId(), name(user)));
    return workers;
  }

  private MapSqlParameterSource figures(Instant now) {
    LocalDate today = now.atZone(WorkingDayCalendar.LONDON).toLocalDate();
    return new MapSqlParameterSource().addValue("now", Timestamp.from(now))
        .addValue("soon", Timestamp.from(calendar.endOfDay(calendar.workingDaysAfter(today, 5)).toInstant()));
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private static Set<String> orNone(Set<String> keys) {
    return keys.isEmpty() ? Set.of("-") : keys;
  }
}
