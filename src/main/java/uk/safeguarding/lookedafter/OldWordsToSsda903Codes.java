package uk.safeguarding.lookedafter;

import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.NEW_LEGAL_STATUS;
import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.NEW_PLACEMENT_LONG_TERM;
import static uk.safeguarding.lookedafter.LookedAfterChangeProcess.Variables.NEW_PLACEMENT_TYPE;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.LEGAL_STATUS;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.PLACEMENT_LONG_TERM;
import static uk.safeguarding.lookedafter.LookedAfterChildProcess.Variables.PLACEMENT_TYPE;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway's V23 (issue 21, the SSDA903 return): a case started before the looked after pathway recorded the DfE's
 * codes holds the words its forms offered then (interimCareOrder, fosterCare ...), which the return cannot report
 * (SSDA903 rules 144, 146) and the placement's reassessment interval (RA-01) does not know. Each old word of the legal
 * status and the placement type becomes its code in the running cases' variables and in their history (each
 * variable's latest value, and every write of it, which the return reads as first recorded), by plain SQL that H2
 * and PostgreSQL both take. Flyway runs after the engine has made its tables ({@code operations/MigrationsAfterEngine});
 * a database with no old word changes nothing, and running it again neither. Spring Boot hands every
 * {@link JavaMigration} bean to Flyway. docs/returns.md, "Old word values".
 */
@Component
public class OldWordsToSsda903Codes implements JavaMigration {

  /** The legal statuses the start form offered, each one order with one code. */
  static final Map<String, String> LEGAL_STATUS_WORDS = ordered("section20", "V2", "interimCareOrder", "C1", "careOrder", "C2",
      "placementOrder", "E1", "emergencyProtectionOrder", "L2", "policeProtection", "L1", "remand", "J1");
  /**
   * The placements whose words say their code, as far as they say one: an adoptive placement is A6 (with a placement
   * order, not with the current foster carers), supported lodgings K3 (registered supported accommodation).
   */
  static final Map<String, String> PLACEMENT_WORDS = ordered("residential", "K2", "placedWithParents", "P1",
      "adoptivePlacement", "A6", "supportedLodgings", "K3");
  /** Foster and kinship care: long-term fostering when the case holds the placement as meant to last to 18, or not. */
  static final Map<String, String> LONG_TERM_FOSTERING = ordered("fosterCare", "U4", "kinshipCare", "U1");
  static final Map<String, String> OTHER_FOSTERING = ordered("fosterCare", "U6", "kinshipCare", "U3");

  /** An engine table that holds variables' values, the column with their type, and where a process's long-term answer is read. */
  private record ValueTable(String name, String typeColumn, String longTermIn) {}

  /** The running variables, their latest values in the history, and every write (read against the latest answer). */
  private static final List<ValueTable> TABLES = List.of(new ValueTable("act_ru_variable", "type_", "act_ru_variable"),
      new ValueTable("act_hi_varinst", "var_type_", "act_hi_varinst"), new ValueTable("act_hi_detail", "var_type_", "act_hi_varinst"));

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("23");
  }

  @Override
  public String getDescription() {
    return "ssda903 codes for old words";
  }

  @Override
  public Integer getChecksum() {
    return 23;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    translate(context.getConnection());
  }

  /** Turns every old word into its code; how many values it changed. */
  public static int translate(Connection connection) throws SQLException {
    int changed = 0;
    try (Statement statement = connection.createStatement()) {
      for (ValueTable table : TABLES) {
        changed += statement.executeUpdate(words(table, List.of(LEGAL_STATUS, NEW_LEGAL_STATUS), LEGAL_STATUS_WORDS));
        changed += statement.executeUpdate(words(table, List.of(PLACEMENT_TYPE, NEW_PLACEMENT_TYPE), PLACEMENT_WORDS));
        changed += statement.executeUpdate(fostering(table));
      }
    }
    return changed;
  }

  /** {@code update <table> set text_ = <code of the word> where <one of the names holds one of the words as a string>}. */
  private static String words(ValueTable table, List<String> names, Map<String, String> codes) {
    return "update " + table.name() + " set text_ = " + codeOf(codes) + where(table, names, codes.keySet());
  }

  /** Foster and kinship care, by the same process's answer: a yes kept as a boolean, or as the form's text. */
  private static String fostering(ValueTable table) {
    String longTerm = "exists (select 1 from " + table.longTermIn() + " term where term.proc_inst_id_ = " + table.name()
        + ".proc_inst_id_ and term.name_ = case " + table.name() + ".name_ when '" + PLACEMENT_TYPE + "' then '"
        + PLACEMENT_LONG_TERM + "' else '" + NEW_PLACEMENT_LONG_TERM + "' end and (term.long_ = 1 or term.text_ = 'true'))";
    return "update " + table.name() + " set text_ = case when " + longTerm + " then " + codeOf(LONG_TERM_FOSTERING) + " else "
        + codeOf(OTHER_FOSTERING) + " end" + where(table, List.of(PLACEMENT_TYPE, NEW_PLACEMENT_TYPE), LONG_TERM_FOSTERING.keySet());
  }

  private static String codeOf(Map<String, String> codes) {
    return codes.entrySet().stream().map(word -> " when '" + word.getKey() + "' then '" + word.getValue() + "'")
        .collect(Collectors.joining("", "case text_", " end"));
  }

  private static String where(ValueTable table, List<String> names, Collection<String> words) {
    return " where name_ in " + quoted(names) + " and " + table.typeColumn() + " = 'string' and text_ in " + quoted(words);
  }

  private static String quoted(Collection<String> values) {
    return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", ", "(", ")"));
  }

  private static Map<String, String> ordered(String... wordsAndCodes) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < wordsAndCodes.length; i += 2) {
      map.put(wordsAndCodes[i], wordsAndCodes[i + 1]);
    }
    return map;
  }
}
