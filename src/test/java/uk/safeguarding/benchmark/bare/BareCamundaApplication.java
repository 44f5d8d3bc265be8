package uk.safeguarding.benchmark.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The yardstick for start-up and memory: Camunda 7.24's Spring Boot starter with its webapps and
 * REST API on PostgreSQL, authorization on, history full, and nothing of ours. Started in its own
 * JVM by {@code StartupBenchmark} with the project's own jars and classes left off the classpath.
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
