package uk.safeguarding.operations;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, on its own port, so that a test may restart or stop the
 * database under a running application without disturbing anyone else's. Made with the binaries of
 * the PostgreSQL installed on the machine (/usr/lib/postgresql/&lt;version&gt;/bin). As root the cluster
 * runs as the {@code postgres} OS user, because PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

  static final String USER = "postgres";
  private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path home;
  private final int port;
  private final Thread stopOnExit = new Thread(this::stopQuietly, "private-postgres-stop");

  private PrivatePostgres(Path bin, Path home, int port) {
    this.bin = bin;
    this.home = home;
    this.port = port;
  }

  /** Why this machine cannot run a private cluster, or empty when it can. */
  static Optional<String> whyUnavailable() {
    if (binaries().isEmpty()) {
      return Optional.of("no PostgreSQL server binaries (initdb, pg_ctl) under " + INSTALLATIONS
          + "/<version>/bin; install the Debian package postgresql");
    }
    if (runningAsRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
      return Optional.of("running as root and no runuser to start PostgreSQL as the postgres OS user (package util-linux)");
    }
    return Optional.empty();
  }

  /** A fresh cluster in {@code home} (anything there is wiped), trusting local connections, started on a free port from {@code preferredPort}. */
  static PrivatePostgres start(Path home, int preferredPort) throws IOException, InterruptedException {
    Path bin = binaries().orElseThrow(() -> new IllegalStateException(whyUnavailable().orElse("no PostgreSQL")));
    PrivatePostgres postgres = new PrivatePostgres(bin, reachableByPostgres(home.toAbsolutePath()), freePort(preferredPort));
    postgres.create();
    Runtime.getRuntime().addShutdownHook(postgres.stopOnExit);
    postgres.pgCtl("start", "-l", postgres.log().toString(), "-o", postgres.serverOptions());
    return postgres;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  int port() {
    return port;
  }

  Path log() {
    return home.resolve("postgres.log");
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), USER, "");
  }

  void createDatabase(String database) throws SQLException {
    try (Connection admin = connect("postgres"); var s = admin.createStatement()) {
      s.execute("create database " + database);
    }
  }

  /**
   * What an operator's restart does: a fast shutdown, which ends every open connection and rolls back
   * every open transaction, then a start. Returns when the server accepts connections again.
   */
  void restart() throws IOException, InterruptedException {
    pgCtl("restart", "-m", "fast", "-l", log().toString(), "-o", serverOptions());
  }

  void stop() throws IOException, InterruptedException {
    if (Files.exists(data().resolve("postmaster.pid"))) {
      pgCtl("stop", "-m", "fast");
    }
  }

  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not stop the private PostgreSQL in " + home + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Path data() {
    return home.resolve("data");
  }

  private String serverOptions() {
    // -k: the socket goes to /tmp, which every user may write; the default socket folder may not exist.
    return "-p " + port + " -h 127.0.0.1 -k /tmp";
  }

  private void create() throws IOException, InterruptedException {
    if (Files.exists(data().resolve("postmaster.pid"))) {
      // a run that was killed left its cluster running: stop it before wiping it
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "stop"), true);
    }
    wipe(data());
    Files.createDirectories(data());
    ownByPostgres(home);
    run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "-A", "trust",
        "-E", "UTF8", "--locale=C", "--no-sync"), false);
  }

  private void pgCtl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-w", "-t", "60"));
    command.addAll(List.of(arguments));
    run(command, false);
  }

  private void run(List<String> command, boolean mayFail) throws IOException, InterruptedException {
    List<String> asPostgres = new ArrayList<>();
    if (runningAsRoot()) {
      asPostgres.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    asPostgres.addAll(command);
    File output = File.createTempFile("pg-command", ".out");
    try {
      Process process = new ProcessBuilder(asPostgres).redirectErrorStream(true)
          .redirectOutput(output).directory(home.toFile()).start();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + String.join(" ", asPostgres));
      }
      if (process.exitValue() != 0 && !mayFail) {
        throw new IllegalStateException(String.join(" ", asPostgres) + " failed (exit " + process.exitValue() + "):\n"
            + Files.readString(output.toPath()) + "\nserver log: " + log());
      }
    } finally {
      output.delete();
    }
  }

  private static Optional<Path> binaries() {
    if (!Files.isDirectory(INSTALLATIONS)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
      return versions.map(version -> version.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> version(b.getParent().getFileName().toString())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int version(String folder) {
    try {
      return Integer.parseInt(folder.replaceAll("\\..*", ""));
    } catch (NumberFormatException notAVersion) {
      return -1;
    }
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * The postgres OS user must reach the folder: a checkout under a private home folder is out of its
   * reach, and then the cluster goes to a temporary folder instead.
   */
  private static Path reachableByPostgres(Path preferred) throws IOException, InterruptedException {
    Files.createDirectories(preferred);
    if (!runningAsRoot()) {
      return preferred;
    }
    Process probe = new ProcessBuilder("runuser", "-u", "postgres", "--", "test", "-x", preferred.getParent().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
      return preferred;
    }
    return Files.createTempDirectory("private-postgres");
  }

  private static void ownByPostgres(Path folder) throws IOException, InterruptedException {
    if (runningAsRoot()) {
      Process chown = new ProcessBuilder("chown", "-R", "postgres:postgres", folder.toString()).inheritIO().start();
      if (!chown.waitFor(30, TimeUnit.SECONDS) || chown.exitValue() != 0) {
        throw new IllegalStateException("Could not hand " + folder + " to the postgres OS user");
      }
    }
  }

  private static void wipe(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static int freePort(int from) throws IOException {
    for (int port = from; port < from + 100; port++) {
      try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException taken) {
        // try the next one
      }
    }
    throw new IOException("No free port in " + from + ".." + (from + 99));
  }
}
