package uk.safeguarding.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

/**
 * Which failures are two changes to one case meeting (answered 409, the person sends again) and which
 * are not (they keep the answer they had): the engine's optimistic locking, and PostgreSQL's own ways
 * of rolling back one of two transactions, however the engine and the REST API wrap them.
 */
class ConcurrentChangesTest {

  @Test
  void theEnginesOptimisticLockingIsAConflictHoweverTheRestApiWrapsIt() {
    OptimisticLockingException conflict = new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[42]' "
        + "failed. Entity was updated by another transaction concurrently.");
    assertThat(ConcurrentChanges.isConflict(conflict)).isTrue();
    assertThat(ConcurrentChanges.isConflict(new RestException(Response.Status.INTERNAL_SERVER_ERROR, conflict,
        "Cannot complete task 42: " + conflict.getMessage()))).isTrue();
    assertThat(new ConcurrentChanges.RestConflicts().isMappable(new InvalidRequestException(Response.Status.BAD_REQUEST,
        new ProcessEngineException("wrapped", conflict), "Cannot submit task form 42"))).isTrue();
  }

  @Test
  void aDeadlockOrASerializationFailureOnPostgresIsAConflict() {
    ProcessEngineException deadlock = new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
        new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01")));
    assertThat(ConcurrentChanges.isConflict(deadlock)).isTrue();
    assertThat(ConcurrentChanges.isConflict(new ProcessEngineException("flush failed",
        new PersistenceException(new SQLException("could not serialize access due to concurrent update", "40001"))))).isTrue();
    assertThat(ConcurrentChanges.isConflict(new ProcessEngineException("with the engine's code for a deadlock", 10_000))).isTrue();
    assertThat(ConcurrentChanges.isConflict(new CannotAcquireLockException("our own table, through Spring"))).isTrue();
  }

  @Test
  void theSameGrantOrVariableAddedByTwoTransactionsAtOnceIsAConflict() {
    // Both give paul the task, and each grants him it: H2's words, then PostgreSQL's.
    assertThat(ConcurrentChanges.isConflict(new ProcessEngineException("ENGINE-03004 Exception while executing Database "
        + "Operation 'INSERT AuthorizationEntity[8723015e]'", new PersistenceException(new SQLException(
        "Unique index or primary key violation: \"PUBLIC.ACT_UNIQ_AUTH_USER_INDEX_6 ON PUBLIC.ACT_RU_AUTHORIZATION\"",
        "23505"))))).isTrue();
    assertThat(ConcurrentChanges.isConflict(new ProcessEngineException("flush failed", new PersistenceException(
        new SQLException("ERROR: duplicate key value violates unique constraint \"act_uniq_variable\"", "23505"))))).isTrue();
  }

  @Test
  void theLogLineIsOneShortLineThatStillNamesTheKeyBroken() {
    String summary = ConcurrentChanges.summary(new SQLException("Batch entry 0 insert into ACT_RU_AUTHORIZATION (\n      ID_,\n"
        + "      TYPE_,\n".repeat(40) + ") was aborted: ERROR: duplicate key value violates unique constraint \"act_uniq_auth_user\"",
        "23505"));
    assertThat(summary).startsWith("SQLSTATE 23505: Batch entry 0 insert into ACT_RU_AUTHORIZATION ( ID_,")
        .endsWith("unique constraint \"act_uniq_auth_user\"").doesNotContain("\n").hasSizeLessThanOrEqualTo(330);
  }

  @Test
  void everythingElseKeepsItsOwnAnswer() {
    assertThat(ConcurrentChanges.isConflict(new AuthorizationException("paul may not"))).isFalse();
    assertThat(ConcurrentChanges.isConflict(new ProcessEngineException("ENGINE-03083", new PersistenceException(
        new SQLException("duplicate key value violates unique constraint \"sg_task_draft_pkey\"", "23505")))))
        .as("a clash on our own tables stays a fault").isFalse();
    assertThat(ConcurrentChanges.isConflict(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("a fault"), "Cannot complete task 42: a fault"))).isFalse();
    assertThat(new ConcurrentChanges.EngineConflicts().isMappable(new ProcessEngineException("a fault"))).isFalse();
  }

  @Test
  void theAnswerIsA409InCamundasShapeWithTheMessageTasklistShows() {
    Response answer = new ConcurrentChanges.RestConflicts().toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("updated by another transaction concurrently"), "Cannot complete task 42"));

    assertThat(answer.getStatus()).isEqualTo(409);
    ExceptionDto body = (ExceptionDto) answer.getEntity();
    assertThat(body.getType()).isEqualTo("OptimisticLockingException");
    assertThat(body.getMessage()).isEqualTo(ConcurrentChanges.MESSAGE).doesNotContain("transaction", "UPDATE");
    assertThat(body.getCode()).isEqualTo(1);
  }
}
