package uk.safeguarding.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Resources;
import uk.safeguarding.contract.CaseFacts;

/**
 * The large task lists (200,000 and 2,000,000 open tasks) are loaded in bulk: loading them through
 * the engine would take hours (this project starts about 14 cases a second here), and only the
 * task list query is measured. A seed of real cases is started through the engine first; then,
 * inside PostgreSQL, every runtime row the task list reads for a seed case is copied with new ids
 * ({@code <seed id>-<copy>}) until the requested number of tasks is open. Each copy is a whole case:
 * its process instance and execution tree, its open tasks with their due dates, the candidate group
 * links and the trays' index rows of its tasks (agency/TrayIndex), and the authorizations that point
 * at its tasks and instance. Row shapes are the seed's
 * exactly, so the planner sees what it would see on a real database of that size.
 *
 * <p>Of the variables, only those a tray reads are copied: the cards' child's name and case reference
 * and the "By child" order's family-and-child key, each copy's value suffixed like its ids, so that
 * every card has its facts and every case its own place in "By child". Not copied: the other
 * variables, timers, event subscriptions and history, which no task list reads. A copied case is
 * therefore for reading in a task list only, not for completing.
 */
final class CaseCopies {

  /** Sizes from here up are bulk-loaded; below it every case runs through the engine. */
  static final int BULK_FROM = Integer.getInteger("bench.bulkFrom", 50_000);
  /** Open tasks started through the engine before copying: 1,000 cases of four agencies. */
  static final int SEED_TASKS = Integer.getInteger("bench.seedTasks", 4_000);
  /**
   * One transaction per 25,000 copied tasks or so, so that a load of millions never holds one giant
   * transaction, and an interrupted load leaves whole cases (and a task count that tells
   * -Dbench.reuse=true to load again).
   */
  private static final int TASKS_PER_TRANSACTION = 25_000;

  /** The tables the task list reads, parents before children, and the columns that hold ids of the case. */
  private static final List<CopiedTable> TABLES = List.of(
      new CopiedTable("act_ru_execution", Set.of("id_", "proc_inst_id_", "parent_id_", "super_exec_",
          "root_proc_inst_id_", "act_inst_id_", "business_key_")),
      new CopiedTable("act_ru_task", Set.of("id_", "execution_id_", "proc_inst_id_", "parent_task_id_")),
      new CopiedTable("act_ru_identitylink", Set.of("id_", "task_id_")),
      // the trays' index (agency/TrayIndex): each copied task in its groups' trays, as its links say
      new CopiedTable("sg_tray_task", Set.of("task_id_")),
      new CopiedTable("act_ru_authorization", Set.of("id_", "resource_id_", "root_proc_inst_id_")),
      // the cards' facts and the "By child" order, each copy's own (its reference suffixed like its ids)
      new CopiedTable("act_ru_variable", Set.of("id_", "proc_inst_id_", "execution_id_", "task_id_", "var_scope_", "text_")));

  /** The variables a tray reads: the cards' (the filters' "variables") and the one "By child" is ordered by. */
  private static final List<String> CARD_VARIABLES = List.of(CaseFacts.CHILD_NAME, CaseFacts.CASE_REFERENCE,
      CaseFacts.FAMILY_AND_CHILD);

  private record CopiedTable(String name, Set<String> caseIds) {}

  /** What a bulk load took, for docs/performance.md. */
  record Load(int copiedCases, double copySeconds, double vacuumSeconds) {
    static final Load NONE = new Load(0, 0, 0);
  }

  private CaseCopies() {}

  static boolean applies(int openTasks) {
    return openTasks >= BULK_FROM && openTasks > SEED_TASKS;
  }

  /** Copies the seed cases already in the database until {@code openTasks} tasks are open. */
  static Load multiply(String jdbcUrl, int openTasks) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, BenchmarkDatabase.USER, BenchmarkDatabase.PASSWORD)) {
      int seedCases = snapshotSeed(c);
      long seedTasks = count(c, "select count(*) from seed_act_ru_task");
      // openTasks counts the agencies' contributions, as the seed's SEED_TASKS did; this project's
      // seed also holds each child's case with its own tasks, copied in the same proportion.
      long target = (long) openTasks * seedTasks / SEED_TASKS;
      if (seedTasks != count(c, "select count(*) from act_ru_task") || (long) openTasks * seedTasks % SEED_TASKS != 0
          || target % seedTasks != 0) {
        throw new IllegalStateException("the open tasks asked for must be whole copies of the seed: "
            + seedTasks + " tasks in " + seedCases + " cases, for " + openTasks);
      }
      int cases = (int) (target / seedTasks * seedCases);
      int copies = (cases - seedCases + seedCases - 1) / seedCases;
      int copiesPerTransaction = (int) Math.max(1, TASKS_PER_TRANSACTION / seedTasks);
      List<String> inserts = new ArrayList<>();
      for (CopiedTable table : TABLES) {
        inserts.add(copyStatement(c, table));
      }
      long start = System.nanoTime();
      c.setAutoCommit(false);
      for (int first = 1; first <= copies; first += copiesPerTransaction) {
        int last = Math.min(copies, first + copiesPerTransaction - 1);
        for (String insert : inserts) {
          try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setInt(1, first);
            s.setInt(2, last);
            s.setInt(3, cases);
            s.setInt(4, seedCases);
            s.executeUpdate();
          }
        }
        c.commit();
        System.out.printf(Locale.ROOT, "  copied %d of %d copies of %d cases, %.0f s%n", last, copies, seedCases,
            (System.nanoTime() - start) / 1e9);
      }
      c.setAutoCommit(true);
      double copySeconds = (System.nanoTime() - start) / 1e9;
      long open = count(c, "select count(*) from act_ru_task");
      if (open != target) {
        throw new IllegalStateException(open + " open tasks after copying, " + target + " asked for");
      }
      // Autovacuum would otherwise set the visibility map of these tables (index-only scans) in the
      // middle of the measurement; on a live database of this size it has long done so.
      long vacuumStart = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute("vacuum (analyze) " + TABLES.stream().map(CopiedTable::name).collect(Collectors.joining(", ")));
      }
      return new Load(cases - seedCases, copySeconds, (System.nanoTime() - vacuumStart) / 1e9);
    } catch (SQLException e) {
      throw new IllegalStateException("bulk load of " + openTasks + " open tasks failed: " + e.getMessage(), e);
    }
  }

  /**
   * The seed cases (root process instances with open tasks, numbered) and every row of theirs that
   * is copied, in session tables: copying reads the seed, never the growing tables themselves.
   */
  private static int snapshotSeed(Connection c) throws SQLException {
    String tasks = Resources.TASK.resourceType() + ", " + Resources.HISTORIC_TASK.resourceType();
    String instances = Resources.PROCESS_INSTANCE.resourceType() + ", " + Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
    try (Statement s = c.createStatement()) {
      s.execute("""
          create temp table seed_case as
          select r.id_ as root_id, (row_number() over (order by r.id_) - 1)::int as case_no
          from act_ru_execution r
          where r.id_ = r.root_proc_inst_id_
            and exists (select 1 from act_ru_execution i join act_ru_task t on t.proc_inst_id_ = i.id_
                        where i.root_proc_inst_id_ = r.id_)""");
      // Only a process instance's own row names its root (the case); its executions name the instance.
      s.execute("""
          create temp table seed_act_ru_execution as
          select s.*, c.case_no as bench_case_no from act_ru_execution s
          join act_ru_execution i on i.id_ = s.proc_inst_id_
          join seed_case c on c.root_id = i.root_proc_inst_id_""");
      s.execute("""
          create temp table seed_act_ru_task as
          select s.*, e.bench_case_no from act_ru_task s join seed_act_ru_execution e on e.id_ = s.execution_id_""");
      s.execute("""
          create temp table seed_act_ru_identitylink as
          select s.*, t.bench_case_no from act_ru_identitylink s join seed_act_ru_task t on t.id_ = s.task_id_""");
      s.execute("""
          create temp table seed_sg_tray_task as
          select s.*, t.bench_case_no from sg_tray_task s join seed_act_ru_task t on t.id_ = s.task_id_""");
      s.execute("create temp table seed_act_ru_authorization as"
          + " select s.*, t.bench_case_no from act_ru_authorization s join seed_act_ru_task t on t.id_ = s.resource_id_"
          + " where s.resource_type_ in (" + tasks + ")"
          + " union all"
          + " select s.*, e.bench_case_no from act_ru_authorization s join seed_act_ru_execution e on e.id_ = s.resource_id_"
          + " where e.id_ = e.proc_inst_id_ and s.resource_type_ in (" + instances + ")");
      // strings only: a value in a byte array would need its own copy in act_ge_bytearray
      s.execute("create temp table seed_act_ru_variable as"
          + " select s.*, e.bench_case_no from act_ru_variable s join seed_act_ru_execution e on e.id_ = s.execution_id_"
          + " where s.bytearray_id_ is null and s.name_ in ("
          + CARD_VARIABLES.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", ")) + ")");
    }
    return (int) count(c, "select count(*) from seed_case");
  }

  /**
   * Copies {@code k} from the first to the last parameter, each of the seed cases numbered below
   * cases - k * seedCases (so the last copy may be partial), with the case's ids suffixed by k.
   */
  private static String copyStatement(Connection c, CopiedTable table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("select column_name from information_schema.columns"
        + " where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
      s.setString(1, table.name());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    if (!columns.containsAll(table.caseIds())) {
      throw new IllegalStateException(table.name() + " lacks one of " + table.caseIds() + ": " + columns);
    }
    String values = columns.stream()
        .map(column -> table.caseIds().contains(column) ? "s." + column + " || '-' || k" : "s." + column)
        .collect(Collectors.joining(", "));
    return "insert into " + table.name() + " (" + String.join(", ", columns) + ") select " + values
        + " from seed_" + table.name() + " s cross join generate_series(?, ?) k where s.bench_case_no < ? - k * ?";
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
