package uk.safeguarding.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.safeguarding.operations.AnswerHeldBack;

/**
 * A refusal as a practitioner reads it in Tasklist. When a form is sent and a gate refuses it, the
 * engine's REST API wraps the gate's words in its own ("Cannot submit task form 9191537e-efd8-11f1-...:
 * ICPC-01 conferenceDate: cannot be in the past (03/12/2026)"), and Tasklist shows all of it. For
 * Tasklist's own API ({@code /camunda/api/engine/}) the wrapping goes, so the message names the rule,
 * the field and what to put right, and nothing a practitioner cannot use. {@code /engine-rest} keeps
 * the engine's wording for API clients. Only the answers to sending a form are read, and only a 4xx
 * is changed; nothing else passes through here.
 */
@Configuration
public class PlainRefusals {

  /** The engine's wrapping of a refusal: a task form, a start form, a process definition started. */
  static final Pattern ENGINE_WRAPPING = Pattern.compile(
      "^Cannot (submit task form|submit start form|instantiate process definition|complete task) [^:\\s]+: ");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> plainRefusalsInTasklist() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
        new AnswerHeldBack(uri -> uri.endsWith("/submit-form") || uri.endsWith("/complete")) {
          @Override
          protected void beforeItGoes(HttpServletRequest request, ContentCachingResponseWrapper answer) throws IOException {
            plain(answer);
          }
        });
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setName("plainRefusalsInTasklist");
    return registration;
  }

  private static void plain(ContentCachingResponseWrapper answer) throws IOException {
    int status = answer.getStatus();
    String type = answer.getContentType();
    if (status < 400 || status >= 500 || type == null || !type.contains("json")) {
      return;
    }
    byte[] body = answer.getContentAsByteArray();
    ObjectNode json;
    try {
      json = (ObjectNode) JSON.readTree(body);
    } catch (IOException | ClassCastException notAnObject) {
      return;
    }
    if (json == null || !json.path("message").isTextual()) {
      return;
    }
    String message = json.get("message").asText();
    String plain = ENGINE_WRAPPING.matcher(message).replaceFirst("");
    if (!plain.equals(message)) {
      json.put("message", plain);
      answer.resetBuffer();
      answer.getOutputStream().write(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }
  }
}
