package uk.safeguarding.operations;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway runs after the engine has created or upgraded its own tables, so a migration may add an
 * index to an engine table (V3, the task list) on a fresh database as on an old one.
 */
@Configuration
public class MigrationsAfterEngine {

  static final String FLYWAY = "flywayInitializer";
  static final String ENGINE = "processEngineFactoryBean";

  @Bean
  static BeanFactoryPostProcessor flywayAfterTheEngine() {
    return factory -> {
      if (factory.containsBeanDefinition(FLYWAY) && factory.containsBeanDefinition(ENGINE)) {
        BeanDefinition flyway = factory.getBeanDefinition(FLYWAY);
        String[] existing = flyway.getDependsOn() == null ? new String[0] : flyway.getDependsOn();
        flyway.setDependsOn(Stream.concat(Arrays.stream(existing), Stream.of(ENGINE)).toArray(String[]::new));
      }
    };
  }
}
