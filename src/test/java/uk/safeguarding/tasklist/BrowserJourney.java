package uk.safeguarding.tasklist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one journey of {@code src/browser-test} (a Node script driving Tasklist in Debian's Chromium
 * with playwright-core) for a Tasklist browser test: the test sets up the case and checks the engine,
 * the script drives the pages and prints what it saw, one line per observation.
 *
 * <p>Scripts run with {@code TZ=Europe/London}: practitioners' browsers in England are on London
 * time, and Tasklist shows every time (and names the zone in its footer) in the browser's zone.
 */
public final class BrowserJourney {

  /**
   * The tag of every browser test: CI runs them on H2 only, not again on PostgreSQL (pom.xml), since
   * the browser meets the same REST API on either database and each run costs minutes.
   */
  public static final String TAG = "browser";
  public static final Path SCRIPTS = Path.of("src/browser-test");
  /**
   * Screenshots, each journey's output ({@code <name>.log}) and the page a failed journey was left on
   * ({@code <name>-failure.png}: the script saves failure.png, kept under the journey's own name so
   * that the next journey does not overwrite it).
   */
  public static final Path OUTPUT = Path.of("target/browser");
  /** Longer than a script's own 120 s limit (tasklist.js), so that a script normally reports its failure itself. */
  private static final Duration TIMEOUT = Duration.ofSeconds(150);
  static final String TIME_ZONE = "Europe/London";

  private BrowserJourney() {}

  /**
   * Chromium and the scripts' node modules, or a skip that names what to install; under CI a failure,
   * so that the browser checks never go missing unnoticed. Returns Chromium's path.
   */
  public static String requireChromium() {
    return requireChromium(null, null);
  }

  /**
   * As {@link #requireChromium()}, and a file the build makes for the script ({@code built}, such as the
   * bundled modeler of {@code src/browser-test/modeler}), with the command that makes it.
   */
  public static String requireChromium(Path built, String madeBy) {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    List<String> missing = new ArrayList<>();
    if (built != null && !Files.isRegularFile(built)) {
      missing.add(built + " (" + madeBy + ")");
    }
    if (!Files.isExecutable(Path.of(chromium))) {
      missing.add("Chromium at " + chromium + " (apt-get install chromium)");
    }
    if (onPath("node") == null) {
      missing.add("Node.js 20+ (apt-get install nodejs npm)");
    }
    if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
      missing.add("playwright-core (npm ci --prefix src/browser-test; mvn verify runs it unless -Dbpmnlint.skip)");
    }
    if (!missing.isEmpty()) {
      String message = "Browser test cannot run, missing: " + String.join("; ", missing);
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return chromium;
  }

  /** A screenshot's path in the output directory, with the file of an earlier run gone. */
  public static String freshScreenshot(String name) throws IOException {
    Files.createDirectories(OUTPUT);
    Path path = OUTPUT.resolve(name);
    Files.deleteIfExists(path);
    return path.toAbsolutePath().toString();
  }

  public record Run(int exitCode, String output, Path failurePage) {

    /** The lines the script printed that start with {@code prefix + " "}, without it. */
    public List<String> lines(String prefix) {
      return output.lines().filter(line -> line.startsWith(prefix + " "))
          .map(line -> line.substring(prefix.length() + 1)).toList();
    }

    /** The one line with this prefix, without it; fails with the whole output when there is none. */
    public String line(String prefix) {
      List<String> lines = lines(prefix);
      if (lines.size() != 1) {
        throw new AssertionError("expected one line " + prefix + " from the browser script, got " + lines.size()
            + ":\n" + output);
      }
      return lines.get(0);
    }
  }

  /**
   * Runs {@code script} with a bounded time; its output (and Chromium's) also goes to
   * {@code target/browser/<logName>.log}.
   */
  public static Run run(String chromium, String script, String logName, String... arguments) throws IOException, InterruptedException {
    return run(TIMEOUT, chromium, script, logName, arguments);
  }

  /** As {@link #run(String, String, String, String...)}, for a script that runs longer than one journey: many forms, or a session running out on purpose (its own limit set to match). */
  static Run run(Duration timeout, String chromium, String script, String logName, String... arguments)
      throws IOException, InterruptedException {
    Files.createDirectories(OUTPUT);
    Files.deleteIfExists(OUTPUT.resolve("failure.png"));
    Path log = OUTPUT.resolve(logName + ".log");
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(SCRIPTS.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("CHROMIUM", chromium);
    builder.environment().put("TZ", TIME_ZONE);
    long started = System.nanoTime();
    Process node = builder.start();
    if (!node.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      node.descendants().forEach(ProcessHandle::destroyForcibly);
      node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      return new Run(-1, "timed out after " + timeout.toSeconds() + " s\n" + Files.readString(log), keepFailure(logName));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf("Browser script %s, %d ms:%n%s%n", script, (System.nanoTime() - started) / 1_000_000, output);
    return new Run(node.exitValue(), output, keepFailure(logName));
  }

  /**
   * One script serving a test class's journeys one after another in the same Chromium, each user's
   * page kept logged in between them (a log-in is most of a short journey's time on two cores): the
   * script reads one request line per journey and answers with the journey's lines and
   * {@link #END}. A journey that fails ends the script; the next journey starts a new one.
   * Each journey's output goes to {@code target/browser/<logName>.log}, as with {@link #run}.
   */
  public static final class Session implements AutoCloseable {

    /** The line a serving script prints after each journey it finished. */
    static final String END = "JOURNEY-END";
    private final String chromium;
    private final String script;
    private final List<String> arguments;
    private Process node;
    private Writer requests;
    private BlockingQueue<String> lines;

    public Session(String chromium, String script, String... arguments) {
      this.chromium = chromium;
      this.script = script;
      this.arguments = List.of(arguments);
    }

    /** Sends one journey's request line and waits, at most as long as {@link #run} would, for its end. */
    public Run journey(String request, String logName) throws IOException, InterruptedException {
      Files.createDirectories(OUTPUT);
      Files.deleteIfExists(OUTPUT.resolve("failure.png"));
      if (node == null || !node.isAlive()) {
        start();
      }
      long started = System.nanoTime();
      requests.write(request + "\n");
      requests.flush();
      StringBuilder output = new StringBuilder();
      long deadline = started + TIMEOUT.toNanos();
      Integer exitCode = null;
      while (exitCode == null) {
        String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null) {
          close();
          output.insert(0, "timed out after " + TIMEOUT.toSeconds() + " s\n");
          exitCode = -1;
        } else if (line.equals(END)) {
          exitCode = 0;
        } else if (line == EOF) {
          exitCode = node.waitFor(10, TimeUnit.SECONDS) ? node.exitValue() : -1;
        } else {
          output.append(line).append('\n');
        }
      }
      Files.writeString(OUTPUT.resolve(logName + ".log"), output, StandardCharsets.UTF_8);
      System.out.printf("Browser script %s (serving), %d ms:%n%s%n", script, (System.nanoTime() - started) / 1_000_000, output);
      return new Run(exitCode, output.toString(), keepFailure(logName));
    }

    private static final String EOF = new String("end of the script's output");

    private void start() throws IOException {
      List<String> command = new ArrayList<>(List.of("node", script));
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true);
      builder.environment().put("CHROMIUM", chromium);
      builder.environment().put("TZ", TIME_ZONE);
      node = builder.start();
      requests = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
      BlockingQueue<String> queue = new LinkedBlockingQueue<>();
      lines = queue;
      Process reading = node;
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(reading.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            queue.add(line);
          }
        } catch (IOException closed) {
          // the script was stopped: what it printed is in the queue
        }
        queue.add(EOF);
      }, "browser-journeys");
      reader.setDaemon(true);
      reader.start();
    }

    /** Ends the script: stdin closed, it closes Chromium; killed if it does not within 10 s. */
    @Override
    public void close() throws InterruptedException {
      if (node == null) {
        return;
      }
      try {
        requests.close();
      } catch (IOException alreadyGone) {
        // the script had ended
      }
      if (!node.waitFor(10, TimeUnit.SECONDS)) {
        node.descendants().forEach(ProcessHandle::destroyForcibly);
        node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      node = null;
    }
  }

  /** The failed page's screenshot under the journey's name, or null when the journey saved none. */
  private static Path keepFailure(String logName) throws IOException {
    Path failure = OUTPUT.resolve("failure.png");
    if (!Files.exists(failure)) {
      return null;
    }
    return Files.move(failure, OUTPUT.resolve(logName + "-failure.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** How a failed run reads in an assertion: where the page was left, and what the script said. */
  public static String failure(Run run) {
    return String.format("the browser script's exit code (the page is in %s); its output:%n%s",
        run.failurePage() == null ? "no screenshot" : run.failurePage().toAbsolutePath(), run.output());
  }

  private static Path onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
