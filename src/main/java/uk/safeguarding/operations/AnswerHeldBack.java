package uk.safeguarding.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A filter on the webapps' POSTs to some paths that holds the answer back until it has read it: what it
 * does then (rewording a refusal, changing the session) goes to the browser with the answer, never after
 * it, when the browser may already have asked its next question.
 */
public abstract class AnswerHeldBack extends OncePerRequestFilter {

  private final Predicate<String> paths;

  /** @param paths which request URIs' answers are held back */
  protected AnswerHeldBack(Predicate<String> paths) {
    this.paths = paths;
  }

  /** The answer, whole, before it goes; its body may be replaced. */
  protected abstract void beforeItGoes(HttpServletRequest request, ContentCachingResponseWrapper answer) throws IOException;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !paths.test(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      beforeItGoes(request, answer);
    } finally {
      answer.copyBodyToResponse();
    }
  }
}
