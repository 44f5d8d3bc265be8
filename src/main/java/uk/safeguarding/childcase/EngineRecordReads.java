package uk.safeguarding.childcase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.safeguarding.childcase.RecordAccessLog.Way;
import uk.safeguarding.childcase.WhichChild.Subject;
import uk.safeguarding.identity.SignedIn;

/**
 * The reads of a child's record that go through the engine's REST API, recorded in
 * {@link RecordAccessLog}: Tasklist opening a task's form, and any reading of a task's or a process
 * instance's variables, running or in the history, over /engine-rest or the webapps' API.
 *
 * <ul>
 *   <li>Opening a task in Tasklist asks for the task, its form, the deployed form and the form's
 *       variables; only the last carries the child's record, so it alone is the read
 *       ({@code tasklist-form}): one opening, one row.</li>
 *   <li>A query of variables ({@code variable-instance}, {@code history/variable-instance},
 *       {@code history/detail}) may cover several children: its answer names the process instance of
 *       every value, and each child in it gets a row.</li>
 *   <li>Only reads that succeeded (2xx): a refused or failed read showed nothing. Recorded after the
 *       answer, so a read is never slowed by more than the lookup of its child, which is remembered.</li>
 *   <li>Everything else passes untouched after one match of its path: above all Tasklist's trays
 *       ({@code POST filter/{id}/list}), which carry only the cards' variables the filter names.</li>
 * </ul>
 */
public class EngineRecordReads extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRecordReads.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE_REST = "/engine-rest/";

  private static final Pattern TASK_FORM = Pattern.compile("task/([^/]+)/form-variables");
  private static final Pattern TASK_VARIABLES = Pattern.compile("task/([^/]+)/(?:variables|localVariables)(?:/.*)?");
  private static final Pattern INSTANCE_VARIABLES = Pattern.compile("process-instance/([^/]+)/variables(?:/.*)?");
  private static final Pattern EXECUTION_VARIABLES = Pattern.compile("execution/([^/]+)/localVariables(?:/.*)?");
  /** Queries, and one value by its id: the answer says whose each value is. Not {@code count}, not {@code data}. */
  private static final Pattern VARIABLE_QUERY =
      Pattern.compile("(?:history/)?variable-instance(?:/(?!count$)[^/]+)?|history/detail(?:/(?!count$)[^/]+)?");

  private final ProcessEngine engine;
  private final WhichChild whichChild;
  private final RecordAccessLog log;
  private final Pattern webappEngineApi;

  public EngineRecordReads(ProcessEngine engine, WhichChild whichChild, RecordAccessLog log, String webappPath) {
    this.engine = engine;
    this.whichChild = whichChild;
    this.log = log;
    this.webappEngineApi = Pattern.compile(Pattern.quote(webappPath) + "/api/engine/engine/[^/]+/(.*)");
  }

  /** A read of a child's record: which way, and what it reads. */
  private record Reading(Way way, Pattern kind, String id, boolean engineRest) {}

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Reading reading = reading(request);
    if (reading == null) {
      chain.doFilter(request, response);
      return;
    }
    if (reading.kind() == VARIABLE_QUERY) {
      ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, answer);
        if (succeeded(answer)) {
          recordQuery(request, reading, answer.getContentAsByteArray());
        }
      } finally {
        answer.copyBodyToResponse();
      }
      return;
    }
    chain.doFilter(request, response);
    if (succeeded(response)) {
      Optional<Subject> subject = reading.kind() == TASK_FORM || reading.kind() == TASK_VARIABLES ? whichChild.ofTask(reading.id())
          : reading.kind() == EXECUTION_VARIABLES ? whichChild.ofExecution(reading.id())
          : whichChild.ofProcessInstance(reading.id());
      subject.ifPresent(child -> record(request, reading, Map.of(child.caseReference(), child.description())));
    }
  }

  private Reading reading(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean engineRest = path.startsWith(ENGINE_REST);
    String resource;
    if (engineRest) {
      resource = path.substring(ENGINE_REST.length());
    } else {
      Matcher webapp = webappEngineApi.matcher(path);
      if (!webapp.matches()) {
        return null;
      }
      resource = webapp.group(1);
    }
    boolean get = "GET".equals(request.getMethod());
    if (VARIABLE_QUERY.matcher(resource).matches() && (get || "POST".equals(request.getMethod()))) {
      return new Reading(engineRest ? Way.REST_VARIABLES : Way.WEBAPP_VARIABLES, VARIABLE_QUERY, null, engineRest);
    }
    if (!get) {
      return null;
    }
    for (Pattern kind : new Pattern[] {TASK_FORM, TASK_VARIABLES, INSTANCE_VARIABLES, EXECUTION_VARIABLES}) {
      Matcher matcher = kind.matcher(resource);
      if (matcher.matches()) {
        Way way = engineRest ? Way.REST_VARIABLES : kind == TASK_FORM ? Way.TASKLIST_FORM : Way.WEBAPP_VARIABLES;
        return new Reading(way, kind, matcher.group(1), engineRest);
      }
    }
    return null;
  }

  private void recordQuery(HttpServletRequest request, Reading reading, byte[] answer) {
    Set<String> instances = new LinkedHashSet<>();
    try {
      JsonNode values = JSON.readTree(answer);
      for (JsonNode value : values.isArray() ? values : java.util.List.of(values)) {
        JsonNode instance = value.get("processInstanceId");
        if (instance != null && instance.isTextual()) {
          instances.add(instance.asText());
        }
      }
    } catch (IOException notJson) {
      return;
    }
    Map<String, String> children = new LinkedHashMap<>();
    whichChild.ofProcessInstances(instances).values()
        .forEach(child -> children.merge(child.caseReference(), child.description(), (one, other) -> one));
    if (!children.isEmpty()) {
      record(request, reading, children);
    }
  }

  private void record(HttpServletRequest request, Reading reading, Map<String, String> children) {
    Optional<String> reader = SignedIn.ofSucceededRequest(request, reading.engineRest(), engine.getName());
    if (reader.isEmpty()) {
      LOG.warn("A read of {} case(s) by {} {} succeeded without a signed-in user; not recorded", children.size(),
          request.getMethod(), request.getRequestURI());
      return;
    }
    try {
      log.recordAll(reader.get(), children, reading.way(), null);
    } catch (RuntimeException failed) {
      // The answer has gone: say loudly that the log misses a read rather than fail a read already made.
      LOG.error("A read of {} case(s) by {} through {} could not be recorded", children.size(), reader.get(),
          reading.way().id(), failed);
    }
  }

  private static boolean succeeded(HttpServletResponse response) {
    return response.getStatus() >= 200 && response.getStatus() < 300;
  }

  /** The filter on the engine's REST API and the webapps' (Tasklist's, Cockpit's) API. */
  @Configuration
  public static class Registration {

    @Bean
    public FilterRegistrationBean<EngineRecordReads> engineRecordReads(ProcessEngine engine, WhichChild whichChild,
        RecordAccessLog log, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
      FilterRegistrationBean<EngineRecordReads> registration =
          new FilterRegistrationBean<>(new EngineRecordReads(engine, whichChild, log, webappPath));
      registration.setName("engine-record-reads");
      registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
      return registration;
    }
  }
}
