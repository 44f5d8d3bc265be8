package uk.safeguarding.identity.signin;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Where the engine's users and groups come from: the authority's directory when one is connected
 * ({@code safeguarding.sign-in.directory.enabled}; Camunda's LDAP plugin, configured by
 * {@code safeguarding.sign-in.directory.ldap.*}), else the engine's own tables. Either way the people an
 * agency's provider signs in are known for their session ({@link PeopleAsEngineUsers}).
 */
@Configuration
@EnableConfigurationProperties(SignInSettings.class)
public class SignInIdentity {

  /** The directory, read-only; its groups mapped to ours ({@link DirectoryIdentity}). */
  public static class DirectoryPlugin extends LdapIdentityProviderPlugin {

    private final SignInSettings.Directory mapping;

    DirectoryPlugin(SignInSettings.Directory mapping) {
      this.mapping = mapping;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      super.preInit(configuration);
      configuration.setIdentityProviderSessionFactory(factory(DirectoryIdentity.class, () -> new DirectoryIdentity(this, mapping)));
    }
  }

  @Bean
  @ConditionalOnProperty(name = "safeguarding.sign-in.directory.enabled", havingValue = "true")
  @ConfigurationProperties("safeguarding.sign-in.directory.ldap")
  DirectoryPlugin directoryIdentity(SignInSettings settings) {
    return new DirectoryPlugin(settings.getDirectory());
  }

  /** Leavers and movers at their next request, after Spring Security's filters and before the webapps'. */
  @Bean
  @ConditionalOnProperty(name = "safeguarding.sign-in.directory.enabled", havingValue = "true")
  FilterRegistrationBean<DirectoryRecheck> directoryRecheck(ObjectProvider<ProcessEngine> engine,
      ApplicationEventPublisher events) {
    FilterRegistrationBean<DirectoryRecheck> registration = new FilterRegistrationBean<>(new DirectoryRecheck(engine, events));
    registration.setName("directory-recheck");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Leavers who never make another request: their claimed work back to the queues on a schedule. */
  @Bean
  @ConditionalOnProperty(name = "safeguarding.sign-in.directory.enabled", havingValue = "true")
  LeaversSweep leaversSweep(ProcessEngine engine, NamedParameterJdbcTemplate database, ApplicationEventPublisher events,
      SignInSettings settings) {
    return new LeaversSweep(engine, database, events, settings.getDirectory());
  }

  @Bean
  @ConditionalOnProperty(name = "safeguarding.sign-in.directory.enabled", havingValue = "false", matchIfMissing = true)
  ProcessEnginePlugin localIdentity(SignInSettings settings) {
    boolean localPasswords = settings.isLocalPasswords();
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(factory(LocalIdentity.class, () -> new LocalIdentity(localPasswords)));
      }
    };
  }

  private static SessionFactory factory(Class<? extends Session> type, java.util.function.Supplier<Session> open) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return open.get();
      }
    };
  }
}
