package uk.safeguarding.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret is kept in the repository (issue 23 point 4): production reads every credential from its
 * environment, and the only passwords written down are the demo users', created in the embedded setup
 * only (DemoUsers; never under the postgres profile unless SAFEGUARDING_DEMO_DATA=true).
 */
class NoSecretsInTheRepositoryTest {

  /** Folders that are not the project's own text: build output, npm packages, the H2 demo database. */
  static final Set<String> NOT_OURS = Set.of(".git", "target", "node_modules", "data");
  /** Shapes of real secrets: private keys, cloud and code-hosting tokens (written so as not to match themselves). */
  static final List<Pattern> SECRET_SHAPES = List.of(
      Pattern.compile("-----BEGIN ([A-Z]+ )?" + "PRIVATE KEY-----"),
      Pattern.compile("\\bAKIA" + "[0-9A-Z]{16}\\b"),
      Pattern.compile("\\bgh[pousr]_" + "[A-Za-z0-9]{36}\\b"),
      Pattern.compile("\\bxox[abprs]-" + "[A-Za-z0-9-]{10,}"),
      Pattern.compile("\\bsk-" + "[A-Za-z0-9]{32,}"));
  /**
   * A credential property in the application's configuration: a key that ends in the credential's word, so that a
   * switch such as {@code local-passwords: true} or an address such as {@code token-uri} is not taken for one.
   */
  static final Pattern CREDENTIAL = Pattern.compile("^\\s*[\\w.-]*(password|secret|token|credentials?|api-?key)\\s*:\\s*(.*)$",
      Pattern.CASE_INSENSITIVE);

  @Test
  void noPrivateKeyOrTokenAnywhereInTheRepository() throws IOException {
    try (Stream<Path> files = ourFiles()) {
      List<String> found = files.flatMap(file -> SECRET_SHAPES.stream().filter(shape -> shape.matcher(text(file)).find())
          .map(shape -> file + ": " + shape.pattern())).toList();
      assertThat(found).isEmpty();
    }
  }

  @Test
  void productionTakesEveryCredentialFromItsEnvironment() throws IOException {
    try (Stream<Path> configuration = Files.list(Path.of("src/main/resources")).filter(file -> file.toString().endsWith(".yaml"))) {
      for (Path file : configuration.toList()) {
        for (String line : text(file).lines().toList()) {
          var credential = CREDENTIAL.matcher(line);
          if (credential.matches() && !line.trim().startsWith("#")) {
            String value = credential.group(2).trim();
            // An environment variable with no default, or the embedded H2 database's empty password.
            assertThat(value).as(file + ": " + line.trim()).matches("\\$\\{[A-Z_]+:?\\}|\"\"|''");
          }
        }
      }
    }
  }

  @Test
  void demoPasswordsAreWrittenOnlyWhereTheDemoUsersAreMade() throws IOException {
    try (Stream<Path> main = Files.walk(Path.of("src/main"))) {
      assertThat(main.filter(Files::isRegularFile).filter(file -> text(file).contains("-demo\"")).map(Path::toString))
          .containsExactly(Path.of("src/main/java/uk/safeguarding/identity/DemoUsers.java").toString());
    }
  }

  private static Stream<Path> ourFiles() throws IOException {
    return Files.walk(Path.of("."))
        .filter(file -> Stream.iterate(file, Path::getParent).takeWhile(p -> p != null && p.getFileName() != null)
            .noneMatch(part -> NOT_OURS.contains(part.getFileName().toString())))
        .filter(Files::isRegularFile)
        .filter(file -> !file.getFileName().toString().equals("NoSecretsInTheRepositoryTest.java"));
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException binary) {
      return ""; // images, PDFs, spreadsheets: not text a secret is pasted into
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
