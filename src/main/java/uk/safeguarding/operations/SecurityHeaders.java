package uk.safeguarding.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' security headers (camunda.bpm.webapp.header-security: HSTS, Content-Security-Policy,
 * X-Content-Type-Options, X-XSS-Protection) on everything else we serve too: the REST API, our own
 * /api and the child's case and returns pages. It is Camunda's own filter with Camunda's settings; only
 * the content security policy differs, because the webapps' policy trusts scripts by a nonce that
 * Tasklist's pages carry and ours do not: ours load their scripts and styles from this server only.
 * Nothing under /api/ is kept in a browser's or proxy's cache: it is a child's record.
 */
@Configuration
public class SecurityHeaders {

  /** Our pages load scripts, styles and data from this server only; no frame, plugin or form elsewhere. */
  static final String OUR_PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> securityHeadersOnOurPages(CamundaBpmProperties camunda) {
    Map<String, String> settings = new HashMap<>(camunda.getWebapp().getHeaderSecurity().getInitParams());
    settings.put("contentSecurityPolicyValue", OUR_PAGES_POLICY);
    String webapps = camunda.getWebapp().getApplicationPath() + "/";
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      private final HttpHeaderSecurityFilter camundas = new HttpHeaderSecurityFilter();

      @Override
      protected void initFilterBean() throws ServletException {
        camundas.init(new Settings(getServletContext(), settings));
      }

      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        // The webapps set their own (with the nonce of their pages) in the same Camunda filter.
        return request.getRequestURI().startsWith(request.getContextPath() + webapps);
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
          response.setHeader("Cache-Control", "no-store");
        }
        camundas.doFilter(request, response, chain);
      }
    });
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    // before the sign-in filters, so that a 401 carries the headers too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  private record Settings(ServletContext context, Map<String, String> values) implements FilterConfig {
    @Override
    public String getFilterName() {
      return "security-headers";
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }

    @Override
    public String getInitParameter(String name) {
      return values.get(name);
    }

    @Override
    public java.util.Enumeration<String> getInitParameterNames() {
      return Collections.enumeration(values.keySet());
    }
  }
}
