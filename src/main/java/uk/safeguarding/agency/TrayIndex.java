package uk.safeguarding.agency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The trays' index of open tasks ({@code sg_tray_task}, V22): a row for each open task and each group
 * it is offered to, with its due date and creation time, so that a group's tray in due-date order,
 * its dated count (due within five working days, overdue) and a team manager's page are each one
 * index range of the group's own tasks ({@link AgencyTaskList}) instead of every task due in the
 * window or every task of the group.
 *
 * <p>Kept in the engine's own transaction, at each flush: every task the command inserted, changed
 * (a due date, a claim), merged or deleted, and every task whose candidate links it added or removed,
 * has its rows recomputed from the task and its links as they now are in the database. So the index
 * is the engine's own tables' answer whatever changed them: a task of a diagram or one made in
 * Tasklist, a due date set by a listener or by a manager, work moved to another group through the
 * task service, a task completed, deleted or cancelled with its case. Task listeners would miss the
 * tasks that have no diagram and the links changed outside a listener; the foreign key removes a
 * task's rows with the task whatever removes it. Suspension is not kept here: it is read from the
 * task row, as before.
 */
@Component
public class TrayIndex extends AbstractProcessEnginePlugin {

  /** Tasks recomputed per statement: far within every database's limit of parameters. */
  private static final int TASKS_PER_STATEMENT = 500;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new DbEntityManagerFactory(null) {
      @Override
      public DbEntityManager openSession() {
        PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
        return new IndexingEntityManager(configuration.getIdGenerator(), persistence, configuration.getDatabaseTablePrefix());
      }
    });
  }

  /** The engine's entity manager, writing the trays' index after each flush of tasks and their links. */
  static class IndexingEntityManager extends DbEntityManager {

    private final String tablePrefix;

    IndexingEntityManager(org.camunda.bpm.engine.impl.cfg.IdGenerator idGenerator, PersistenceSession persistence,
        String tablePrefix) {
      super(idGenerator, persistence);
      this.tablePrefix = tablePrefix;
    }

    @Override
    public void flush() {
      Set<String> touched = new LinkedHashSet<>();
      for (CachedDbEntity cached : dbEntityCache.getCachedEntities()) {
        touchedTask(cached, touched);
      }
      super.flush();
      reindex(touched);
    }

    @Override
    public void flushEntity(DbEntity entity) {
      CachedDbEntity cached = dbEntityCache.getCachedEntity(entity);
      Set<String> touched = new LinkedHashSet<>();
      if (cached != null) {
        touchedTask(cached, touched);
      }
      super.flushEntity(entity);
      reindex(touched);
    }

    /** The task this entity's flush writes, if it writes a task or one of its candidate group links. */
    private static void touchedTask(CachedDbEntity cached, Set<String> touched) {
      DbEntityState state = cached.getEntityState();
      boolean written = state == DbEntityState.TRANSIENT || state == DbEntityState.MERGED
          || state == DbEntityState.DELETED_PERSISTENT || state == DbEntityState.DELETED_MERGED
          || state == DbEntityState.PERSISTENT && cached.isDirty();
      if (!written) {
        return;
      }
      if (cached.getEntity() instanceof TaskEntity task) {
        touched.add(task.getId());
      } else if (cached.getEntity() instanceof IdentityLinkEntity link && link.getTaskId() != null
          && link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        touched.add(link.getTaskId());
      }
    }

    /** Each touched task's rows as its row and candidate links now are: none once it is gone. */
    private void reindex(Set<String> touched) {
      if (touched.isEmpty() || !(persistenceSession instanceof DbSqlSession session)) {
        return;
      }
      Connection connection = session.getSqlSession().getConnection();
      List<String> ids = new ArrayList<>(touched);
      try {
        for (int from = 0; from < ids.size(); from += TASKS_PER_STATEMENT) {
          List<String> chunk = ids.subList(from, Math.min(ids.size(), from + TASKS_PER_STATEMENT));
          String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
          execute(connection, "delete from sg_tray_task where task_id_ in (" + in + ")", chunk);
          execute(connection, rowsOf(tablePrefix, "T.ID_ in (" + in + ")"), chunk);
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("the trays' index of tasks " + touched + " could not be written: " + e.getMessage(), e);
      }
    }

    private static void execute(Connection connection, String sql, List<String> ids) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < ids.size(); i++) {
          statement.setString(i + 1, ids.get(i));
        }
        statement.executeUpdate();
      }
    }
  }

  /**
   * The rows of the open tasks {@code which} selects (over task {@code T}): one for each group a task is
   * a candidate of, however many links name it. The same rows V22 fills an upgraded database with.
   */
  static String rowsOf(String tablePrefix, String which) {
    return "insert into sg_tray_task (task_id_, group_id_, due_date_, create_time_)"
        + " select distinct T.ID_, I.GROUP_ID_, T.DUE_DATE_, T.CREATE_TIME_ from " + tablePrefix + "ACT_RU_TASK T join "
        + tablePrefix + "ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_"
        + " where I.TYPE_ = '" + IdentityLinkType.CANDIDATE + "' and I.GROUP_ID_ is not null and " + which;
  }
}
