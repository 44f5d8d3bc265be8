package uk.safeguarding.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh PostgreSQL databases for one benchmark run, on the server the tests use. */
final class BenchmarkDatabase {

  static final String SERVER = System.getenv().getOrDefault("TEST_POSTGRES_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  static final String USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
  static final String PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

  private BenchmarkDatabase() {}

  /** With -Dbench.reuse=true a database loaded by an earlier run is measured again, not reloaded. */
  static boolean reusable(String name, int openTasks) {
    return reusable(name, "select count(*) from act_ru_task", openTasks);
  }

  /** Reusable when {@code countSql} on it still gives what the load made. */
  static boolean reusable(String name, String countSql, long expected) {
    if (!Boolean.getBoolean("bench.reuse")) {
      return false;
    }
    try (Connection c = DriverManager.getConnection(url(name), USER, PASSWORD); Statement s = c.createStatement();
        var rs = s.executeQuery(countSql)) {
      return rs.next() && rs.getLong(1) == expected;
    } catch (SQLException e) {
      return false;
    }
  }

  static String url(String name) {
    return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
  }

  /** Every connection opened with this URL cancels a statement that runs longer than {@code millis}. */
  static String withStatementTimeout(String jdbcUrl, int millis) {
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "options=-c%20statement_timeout%3D" + millis;
  }

  static String recreate(String name) {
    execute("drop database if exists " + name + " with (force)", "create database " + name);
    return url(name);
  }

  static long sizeBytes(String jdbcUrl) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, USER, PASSWORD); Statement s = c.createStatement();
        var rs = s.executeQuery("select pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What autovacuum does to a database in production: fresh planner statistics, and a visibility
   * map so that index-only scans (the task list's count) need not visit the table. The PostgreSQL of
   * these CI machines runs with autovacuum off: without this the count at 40,000 open tasks took
   * 40 ms instead of 20.
   */
  static void vacuumAnalyze(String jdbcUrl) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("vacuum (analyze)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(String... statements) {
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Benchmarks need PostgreSQL at " + SERVER + ": " + e.getMessage(), e);
    }
  }
}
