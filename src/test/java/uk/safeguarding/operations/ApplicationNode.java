package uk.safeguarding.operations;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One application node as production runs it: its own JVM, the postgres profile, the job executor
 * on, sharing one database with the other nodes. Started from the test's own classpath.
 */
public final class ApplicationNode implements AutoCloseable {

  final String name;
  final int port;
  /** The operational endpoints' port (security.yaml: health in detail and metrics, not on the public port). */
  final int managementPort;
  private final Process process;

  private ApplicationNode(String name, int port, int managementPort, Process process) {
    this.name = name;
    this.port = port;
    this.managementPort = managementPort;
    this.process = process;
  }

  public static ApplicationNode start(String name, String jdbcUrl, String user, String password, String... more)
      throws IOException {
    List<String> args = new ArrayList<>(List.of(
        // a node that dies releases its jobs to the others after this long
        "--camunda.bpm.job-execution.lock-time-in-millis=20000",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000"));
    args.addAll(List.of(more));
    return startAsInProduction(name, jdbcUrl, user, password, args.toArray(String[]::new));
  }

  /**
   * A node with the job executor exactly as production configures it (for the benchmarks). It
   * listens on a port nobody holds: on a fixed port, a node left over from an earlier run would
   * answer the health check while this one failed to bind, and its timers would never fire.
   */
  public static ApplicationNode startAsInProduction(String name, String jdbcUrl, String user, String password,
      String... more) throws IOException {
    int port = freePort();
    int managementPort = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", classpath(), "uk.safeguarding.SafeguardingApplication",
        "--spring.profiles.active=postgres", "--server.port=" + port, "--management.server.port=" + managementPort,
        "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password, "--safeguarding.demo-data.enabled=true",
        // the node's name in the job log (which node ran a job) and in pg_stat_activity (whose connection)
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--spring.datasource.hikari.data-source-properties.ApplicationName=" + name));
    command.addAll(List.of(more));
    File log = Path.of("target", "nodes", name + ".log").toFile();
    log.getParentFile().mkdirs();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
    // a test JVM stopped from outside (Ctrl-C, a build killed on timeout) takes its nodes with it
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop " + name));
    return new ApplicationNode(name, port, managementPort, process);
  }

  /** A port nobody holds now, so that a process left over from an earlier run cannot answer for ours. */
  public static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * The test's classpath, each entry once. Surefire hands a manifest-only jar whose Class-Path may
   * name a folder twice, and a folder named twice would deploy every diagram twice.
   */
  public static String classpath() throws IOException {
    java.util.Set<String> entries = new java.util.LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
          String manifestPath = jar.getManifest() == null ? null
              : jar.getManifest().getMainAttributes().getValue("Class-Path");
          if (manifestPath != null && jar.getEntry("uk/safeguarding/SafeguardingApplication.class") == null) {
            for (String url : manifestPath.trim().split("\\s+")) {
              entries.add(Path.of(Path.of(entry).toAbsolutePath().getParent().toUri().resolve(url)).toString());
            }
            continue;
          }
        }
      }
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** An operational endpoint ({@code /actuator/...}), on the management port as the monitoring system reaches it. */
  public String managementUrl(String path) {
    return "http://localhost:" + managementPort + path;
  }

  public void awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " stopped while starting; see target/nodes/" + name + ".log");
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(managementUrl("/actuator/health"))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"") && process.isAlive()) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Node " + name + " was not healthy within " + timeout);
  }

  /** kill -9: no shutdown hook, no clean release of the jobs it holds. Returns once the process is gone. */
  void killHard() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new IllegalStateException("Node " + name + " survived kill -9");
    }
  }

  /** The same JVM since it was started: it was neither restarted nor replaced. */
  boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
