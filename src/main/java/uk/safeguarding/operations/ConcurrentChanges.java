package uk.safeguarding.operations;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Two changes to one case at the same moment: a practitioner sends a form while a colleague, a
 * manager or the case's own breach timer changes the same case. The engine lets the first change
 * through and refuses the second with an {@link OptimisticLockingException} (on PostgreSQL a deadlock
 * or a serialization failure can come instead); the refused change's transaction is rolled back, so
 * nothing of it is written. Camunda's REST API answers that with a 500 and the engine's SQL wording;
 * here every way in answers {@code 409 Conflict} with {@link #MESSAGE}, in Camunda's shape
 * ({@code {"type": "OptimisticLockingException", "message": ..., "code": 1}}), which Tasklist shows
 * under "An error happened while submitting the task form":
 *
 * <ul>
 *   <li>{@code /engine-rest}: {@link EngineConflicts} and {@link RestConflicts} added to Camunda's
 *       Jersey application ({@link ResourceConfigCustomizer}) before its own exception handlers;</li>
 *   <li>the webapps' APIs under {@code /camunda/api/} (Tasklist's {@code /camunda/api/engine/...},
 *       Cockpit's, Admin's): their Jersey applications are built by Camunda's webapp initializer from
 *       fixed classes, so the same two mappers are named in the servlet context's attribute
 *       {@code jersey.config.server.provider.classnames}, which Jersey reads for each of them;</li>
 *   <li>our own Spring MVC APIs under {@code /api/}: {@link ConcurrentChangeAdvice}.</li>
 * </ul>
 *
 * Every other exception keeps the answer it had: the mappers take only what {@link #isConflict} says
 * is a concurrent change.
 */
@Configuration
public class ConcurrentChanges {

  /** What the person who lost the race reads, in Tasklist or from the API. */
  public static final String MESSAGE = "Someone else changed this case at the same moment, so nothing you sent was "
      + "saved and nothing is saved twice: open the task again and send it once more.";
  /** Camunda's name for the error, kept so that an API client that already looks for it still finds it. */
  public static final String TYPE = OptimisticLockingException.class.getSimpleName();
  /**
   * What the person reads who sends a task that a colleague completed (or the case moved on from) a
   * moment before: the same race lost a little earlier, which Camunda answers with a 500.
   */
  public static final String TASK_GONE = "This task is no longer open: a colleague completed it, or the case moved on, "
      + "just before you sent it, so nothing you sent was saved. Open your task list again to see what is left to do.";
  /** The engine's words when a command names a task that is not there (EnsureUtil's "... is null"). */
  private static final String NO_SUCH_TASK = "Cannot find task with id ";

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChanges.class);
  /** PostgreSQL's serialization failure and deadlock (SQLSTATE class 40: transaction rollback). */
  private static final Set<String> ROLLED_BACK_BY_THE_DATABASE = Set.of("40001", "40P01");
  /** A unique key violated (the same SQLSTATE on PostgreSQL and H2). */
  private static final String UNIQUE_VIOLATION = "23505";
  /**
   * The engine's own unique keys, which only two transactions adding the same row at once can break:
   * both give the same person a task and each grants them the task (ACT_UNIQ_AUTH_USER), or both
   * create the same variable (ACT_UNIQ_VARIABLE). Our own tables' keys are not among them: a clash
   * there stays a fault.
   */
  private static final String ENGINE_UNIQUE_KEY = "act_uniq_";
  private static final Set<Integer> ENGINE_CODES = Set.of(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode(),
      BuiltinExceptionCode.DEADLOCK.getCode());
  /** Before Camunda's handlers, which have no priority (Jersey counts that as {@link Priorities#USER}). */
  static final int BEFORE_CAMUNDAS_HANDLERS = Priorities.USER - 100;

  /**
   * The concurrent change behind {@code failure}, if it is one: an optimistic locking exception
   * anywhere in its causes, an engine exception with the engine's code for optimistic locking or a
   * deadlock, a serialization failure or deadlock from the database, the same row of the engine's
   * added twice at once, or Spring's name for a concurrency failure.
   */
  public static Optional<Throwable> conflictIn(Throwable failure) {
    for (Throwable cause : causes(failure)) {
      if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
        return Optional.of(cause);
      }
      if (cause instanceof ProcessEngineException engine && ENGINE_CODES.contains(engine.getCode())) {
        return Optional.of(cause);
      }
      for (SQLException sql = cause instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
        if (sql.getSQLState() != null && ROLLED_BACK_BY_THE_DATABASE.contains(sql.getSQLState())
            || UNIQUE_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null
            && sql.getMessage().toLowerCase(Locale.ROOT).contains(ENGINE_UNIQUE_KEY)) {
          return Optional.of(sql);
        }
      }
    }
    return Optional.empty();
  }

  /** The failure and its causes, outermost first; a cycle of causes ends after twenty. */
  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable cause = failure; cause != null && causes.size() < 20; cause = cause.getCause()) {
      causes.add(cause);
    }
    return causes;
  }

  public static boolean isConflict(Throwable failure) {
    return conflictIn(failure).isPresent();
  }

  /** The engine's code of the conflict (1 optimistic locking, 10000 a deadlock), as Camunda's REST API gives it. */
  static int codeOf(Throwable conflict) {
    if (conflict instanceof ProcessEngineException engine && ENGINE_CODES.contains(engine.getCode())) {
      return engine.getCode();
    }
    if (conflict instanceof PessimisticLockingFailureException
        || conflict instanceof SQLException sql && ROLLED_BACK_BY_THE_DATABASE.contains(sql.getSQLState())) {
      return BuiltinExceptionCode.DEADLOCK.getCode();
    }
    return BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode();
  }

  /** One line per conflict, without case data: the engine's own words name the table and the row's id. */
  static void log(String door, Throwable conflict) {
    LOG.info("A change met another to the same case at the same moment and was rolled back; answered 409 on {}: {}",
        door, summary(conflict));
  }

  /** On one line and short: a batch's SQL error names its statement first and the key broken last. */
  static String summary(Throwable conflict) {
    String words = String.valueOf(conflict.getMessage()).replaceAll("\\s+", " ").strip();
    if (conflict instanceof SQLException sql) {
      words = "SQLSTATE " + sql.getSQLState() + ": " + words;
    }
    return words.length() <= 300 ? words : words.substring(0, 100) + " ... " + words.substring(words.length() - 195);
  }

  /** Whether the engine refused because the task named is not there (any more). */
  static boolean isTaskGone(Throwable failure) {
    return causes(failure).stream().anyMatch(cause -> cause instanceof NullValueException
        && String.valueOf(cause.getMessage()).startsWith(NO_SUCH_TASK));
  }

  static Response taskGone() {
    ExceptionDto body = new ExceptionDto();
    body.setType(NullValueException.class.getSimpleName());
    body.setMessage(TASK_GONE);
    // the engine's code for an error without one of its own, as Camunda's REST API gives it
    body.setCode(BuiltinExceptionCode.FALLBACK.getCode());
    return Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static Response answer(String door, Throwable failure) {
    Throwable conflict = conflictIn(failure).orElse(failure);
    log(door, conflict);
    ExceptionDto body = new ExceptionDto();
    body.setType(TYPE);
    body.setMessage(MESSAGE);
    body.setCode(codeOf(conflict));
    return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The engine's exception as it leaves a resource unwrapped (claim, a variable set, a message). */
  @Provider
  @Priority(BEFORE_CAMUNDAS_HANDLERS)
  public static class EngineConflicts implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return isConflict(exception);
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer("the REST API", exception);
    }
  }

  /**
   * The engine's exception wrapped by the REST resource, as complete and submit-form do ("Cannot
   * complete task ..."): a conflict, or a task completed by someone else a moment before, which those
   * resources answer with a 500 where every other resource answers a missing task with a 404.
   */
  @Provider
  @Priority(BEFORE_CAMUNDAS_HANDLERS)
  public static class RestConflicts implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException exception) {
      return isConflict(exception) || isTaskGone(exception);
    }

    @Override
    public Response toResponse(RestException exception) {
      return isConflict(exception) ? answer("the REST API", exception) : taskGone();
    }
  }

  /** {@code /engine-rest}: Camunda's Jersey application in Spring Boot. */
  @Bean
  public ResourceConfigCustomizer concurrentChangesInTheEngineRestApi() {
    return config -> config.register(EngineConflicts.class).register(RestConflicts.class);
  }

  /**
   * The webapps' Jersey applications (Tasklist's engine API among them): Jersey takes the servlet
   * context's attributes as properties of every application it builds from a servlet's configuration,
   * and adds the providers this one names. {@code /engine-rest} is given its application ready-made,
   * so it does not read them, and has the customizer above.
   */
  @Bean
  public ServletContextInitializer concurrentChangesInTheWebapps() {
    return servletContext -> {
      Object already = servletContext.getAttribute(ServerProperties.PROVIDER_CLASSNAMES);
      if (already != null) {
        throw new IllegalStateException(ServerProperties.PROVIDER_CLASSNAMES + " is set already (" + already + "): add "
            + EngineConflicts.class.getName() + " and " + RestConflicts.class.getName() + " to it");
      }
      servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
          EngineConflicts.class.getName() + "," + RestConflicts.class.getName());
    };
  }
}
