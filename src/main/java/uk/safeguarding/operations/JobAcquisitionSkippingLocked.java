package uk.safeguarding.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Two nodes, one job table, and every deadline at 23:59:59: at that moment both nodes ask for the
 * same due jobs, and the engine's acquisition gives both the same ones, so one node's acquisition
 * waits on the other's row locks and then fails on the optimistic lock. On PostgreSQL this plugin
 * swaps in the engine's acquisition query with "for update skip locked", so each node takes jobs
 * nobody else is taking. The job lock itself (owner and expiry, written in the same transaction) is
 * unchanged, so a job still runs once, and a dead node's jobs are still taken once their lock
 * expires. Measured in docs/performance.md (the deadline storm).
 */
@Component
public class JobAcquisitionSkippingLocked extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectNextJobsToExecute";
  static final String STATEMENT = "selectNextJobsToExecuteSkippingLocked";
  private static final String MAPPER = "uk/safeguarding/operations/job-acquisition.xml";

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
    if (!"postgres".equals(sessions.getDatabaseType())) {
      return;
    }
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(STATEMENT)) {
      try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
        new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // this engine's own copy: the engine shares one map of statements among all engines on PostgreSQL
    Map<String, String> statements = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    statements.put(ENGINE_STATEMENT, STATEMENT);
    sessions.setStatementMappings(statements);
  }
}
