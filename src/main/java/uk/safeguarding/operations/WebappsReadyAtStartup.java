package uk.safeguarding.operations;

import java.util.Set;
import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist, Cockpit and Admin answer their first page as fast as any other: the webapps' REST
 * applications (Jersey servlets registered by Camunda's starter without a load-on-startup) are started
 * with the server, not by the first request. Started by that request, they took several seconds each
 * on a busy machine while the first page waited for all of them at once, and Tasklist's module loader
 * gave up on its plugins ("Load timeout for modules: tasklist-plugin-tasklistPlugins/plugin"): the page
 * stayed a spinner, first seen as the sign-in browser test's flake.
 */
@Configuration
public class WebappsReadyAtStartup {

  /** The servlets' names as Camunda's starter (CamundaBpmWebappInitializer) registers them. */
  static final Set<String> WEBAPP_APIS = Set.of("Cockpit Api", "Admin Api", "Tasklist Api", "Engine Api", "Welcome Api");

  @Bean
  public WebServerFactoryCustomizer<TomcatServletWebServerFactory> webappApisStartWithTheServer() {
    return factory -> factory.addContextCustomizers(context -> context.addContainerListener(event -> {
      if (Container.ADD_CHILD_EVENT.equals(event.getType()) && event.getData() instanceof Wrapper servlet
          && WEBAPP_APIS.contains(servlet.getName())) {
        servlet.setLoadOnStartup(1);
      }
    }));
  }
}
