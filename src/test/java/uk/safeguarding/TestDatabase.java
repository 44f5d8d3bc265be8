package uk.safeguarding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database the tests run on. By default an in-memory H2; with {@code -Dtest.database=postgres}
 * (what CI=true switches on) a PostgreSQL database made afresh for the run, so no case of an earlier
 * run is ever in the way.
 */
public final class TestDatabase implements LauncherSessionListener, ActiveProfilesResolver {

  public static final String PROPERTY = "test.database";
  public static final String TEST_DATABASE_NAME = "safeguarding_test";

  public static boolean postgres() {
    return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return postgres() ? new String[] {"test", "postgres", "pgtest"} : new String[] {"test"};
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!postgres()) {
      return;
    }
    String server = System.getenv().getOrDefault("TEST_POSTGRES_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
    String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
    try (Connection connection = DriverManager.getConnection(server, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + TEST_DATABASE_NAME + " with (force)");
      statement.execute("create database " + TEST_DATABASE_NAME);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL tests need a server at " + server + " (user " + user
          + ") that may create databases: " + e.getMessage(), e);
    }
  }
}
