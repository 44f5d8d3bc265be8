package uk.safeguarding.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.SafeguardingApplication;

/** This project as production runs it (postgres profile, everything of ours on), in the benchmark's JVM. */
final class OurApplication {

  private OurApplication() {}

  static ConfigurableApplicationContext start(String jdbcUrl, String... more) {
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + BenchmarkDatabase.USER, "--spring.datasource.password=" + BenchmarkDatabase.PASSWORD,
        "--camunda.bpm.job-execution.enabled=false", "--safeguarding.demo-data.enabled=true", "--logging.level.root=WARN",
        "--server.port=0", "--management.server.port=0"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(SafeguardingApplication.class).profiles("postgres").run(args.toArray(String[]::new));
  }
}
