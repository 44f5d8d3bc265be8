package uk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Says where the PostgreSQL run of the process tests is. With CI=true it must happen, so this fails
 * when PostgreSQL is not there; elsewhere it is skipped with the command that runs it.
 */
class PostgresProcessTestsTest {

  @Test
  void processTestsRunOnPostgresqlWhenCiIsTrue() throws SQLException {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    Assumptions.assumeTrue(ci, "PostgreSQL process tests skipped: they run when CI=true, or with "
        + "'mvn verify -Ppostgres-tests' against PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth; "
        + "override with TEST_POSTGRES_ADMIN_URL, TEST_POSTGRES_USER, TEST_POSTGRES_PASSWORD)");
    String server = System.getenv().getOrDefault("TEST_POSTGRES_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    try (Connection connection = DriverManager.getConnection(server,
        System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres"), System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", ""))) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }
}
