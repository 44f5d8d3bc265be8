package uk.safeguarding.childcase;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of "the log of who read a child's record is append-only"
 * (db/migration-h2/V12_1__record_access_append_only.sql): the database refuses to change or remove a
 * row of sg_record_access, whoever asks. PostgreSQL does the same with a trigger of its own. H2 finds
 * this class by the name written in the migration: keep both together if it ever moves.
 */
public class RecordAccessAppendOnly implements Trigger {

  @Override
  public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {}

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("sg_record_access is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
  }
}
