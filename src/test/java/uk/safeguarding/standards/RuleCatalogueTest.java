package uk.safeguarding.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.safeguarding.timescales.StandardsProfile;
import uk.safeguarding.timescales.StandardsProfiles;
import uk.safeguarding.timescales.Timescale;

/**
 * The rule catalogue in the repository ({@code docs/standards.md}, the specification), the code and
 * {@code docs/standards-traceability.md} agree: a rule ID the code uses is one the catalogue
 * defines, and a traceability row names only rules, files, tests and elements that exist.
 */
class RuleCatalogueTest {

  static final RuleCatalogue CATALOGUE = RuleCatalogue.read();
  static final Path TRACEABILITY = Path.of("docs/standards-traceability.md");
  static final Path SOURCES = Path.of("docs/sources");

  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern ABBREVIATION = Pattern.compile("`([^`\\s]+)` = `([^`]+)`");
  private static final Pattern ROW_RULE = Pattern.compile("[A-Z][A-Z0-9]*-\\d{2}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** What a designer calls a diagram's element: a name in Modeler's id style. */
  private static final Pattern ELEMENT_LIKE = Pattern.compile("[A-Z][a-z][A-Za-z0-9]*");
  private static final Pattern FILE_LIKE = Pattern.compile("[\\w.*/-]+\\.(bpmn|dmn|form|java|sql|yaml|xml|html|js|csv|md)");
  private static final Pattern CLASS_IN_PACKAGE = Pattern.compile("[a-z]+/[A-Z]\\w*");
  private static final Pattern TEST_CLASS = Pattern.compile("(?:([a-z]+)/)?([A-Z]\\w*)(?:#(\\w+))?");
  /** The catalogue and its seeds as they were before they came into the repository. */
  private static final Pattern OUTSIDE = Pattern.compile("shared/(standards\\.md|seeds)");
  private static final Pattern SEED_CITATION = Pattern.compile("(?i)\\bseeds? (\\d{3})\\b");

  @Test
  void everyRuleOfTheCatalogueHasAKindAndSaysWhereItComesFrom() {
    assertThat(CATALOGUE.rules()).as("rules in " + RuleCatalogue.FILE).isNotEmpty();
    assertThat(CATALOGUE.definedTwice()).as("rules defined twice in " + RuleCatalogue.FILE).isEmpty();
    for (RuleCatalogue.Rule rule : CATALOGUE.rules().values()) {
      assertThat(rule.kinds()).as(rule.id() + " names its kind, one of " + RuleCatalogue.KINDS).isNotEmpty();
      assertThat(rule.source()).as(rule.id() + " says where it comes from (a Seeds: line or its seed column)").isNotBlank();
    }
  }

  @Test
  void everyRuleIdInTheDiagramsFormsCodeAndDocsIsARuleOfTheCatalogue() throws IOException {
    List<Path> files = new ArrayList<>(textFiles(Path.of("processes"), Path.of("forms"), Path.of("src/main")));
    files.add(Path.of("README.md"));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<String> unknown = new ArrayList<>();
    for (Path file : files) {
      Matcher id = RuleCatalogue.RULE_ID_SHAPE.matcher(read(file));
      while (id.find()) {
        if (!CATALOGUE.defines(id.group())) {
          unknown.add(file + ": " + id.group());
        }
      }
    }
    assertThat(unknown).as("rule IDs that " + RuleCatalogue.FILE + " does not define").isEmpty();
  }

  @Test
  void everyRowOfTheTraceabilityTableIsARuleOfTheCatalogueOfTheSameKind() {
    List<Row> rows = ruleRows();
    assertThat(rows).isNotEmpty();
    for (Row row : rows) {
      String ruleId = row.first();
      assertThat(CATALOGUE.defines(ruleId)).as(row + ": " + ruleId + " is a rule of " + RuleCatalogue.FILE).isTrue();
      Set<String> kindsInRow = Arrays.stream(row.cell("kind").toLowerCase().split("[^a-z]+"))
          .map(word -> word.replaceFirst("s$", "")).collect(Collectors.toSet());
      assertThat(kindsInRow).as(row + ": the catalogue's kind of " + ruleId).containsAll(CATALOGUE.rule(ruleId).kinds());
    }
  }

  @Test
  void everyRuleOfTheCatalogueHasARowOrIsListedAsNotBuiltYet() throws IOException {
    Set<String> inRows = ruleRows().stream().map(Row::first).collect(Collectors.toSet());
    String notBuilt = section(Files.readString(TRACEABILITY), "## Catalogue rules not referenced anywhere yet");
    for (String ruleId : CATALOGUE.rules().keySet()) {
      assertThat(inRows.contains(ruleId) || Pattern.compile("\\b" + ruleId + "\\b").matcher(notBuilt).find())
          .as(ruleId + " has a row in " + TRACEABILITY + " or is listed as not referenced yet").isTrue();
    }
  }

  @Test
  void everyAbbreviationOfTheTraceabilityTableNamesAFileOrATestClassThatExists() {
    Map<String, String> abbreviations = abbreviations();
    assertThat(abbreviations).isNotEmpty();
    abbreviations.forEach((shortName, meaning) -> {
      if (meaning.startsWith("uk.safeguarding.")) {
        assertThat(loads(meaning)).as(shortName + " = " + meaning + " is a test class").isTrue();
      } else {
        assertThat(Path.of(meaning)).as(shortName + " = " + meaning).isRegularFile();
      }
    });
  }

  @Test
  void everyTestARowNamesExistsMethodIncluded() {
    Map<String, String> abbreviations = abbreviations();
    List<String> missing = new ArrayList<>();
    for (Row row : allRows()) {
      Class<?> current = null;
      for (String token : backticked(row.cell("tests"))) {
        String method = null;
        Matcher named = TEST_CLASS.matcher(token);
        if (token.startsWith("#") || token.startsWith("@")) {
          method = token.replaceFirst("^(#|@\\w+ )", "");
        } else if (named.matches() && isTestClassReference(named, abbreviations)) {
          String fqn = abbreviations.containsKey(named.group(2)) ? abbreviations.get(named.group(2))
              : PROJECT.testClass(named.group(1), named.group(2));
          current = fqn == null ? null : load(fqn);
          if (current == null) {
            missing.add(row + ": no test class " + token);
            continue;
          }
          method = named.group(3);
        } else {
          PROJECT.missingWords(token).forEach(word -> missing.add(row + ": `" + token + "` names " + word + ", which nothing defines"));
          continue;
        }
        if (method != null && (current == null || !hasMethod(current, method))) {
          missing.add(row + ": " + (current == null ? "?" : current.getSimpleName()) + " has no test " + method);
        }
      }
    }
    assertThat(missing).as("tests that " + TRACEABILITY + " names").isEmpty();
  }

  @Test
  void everythingARowSaysARuleIsBuiltInExistsAndAnElementNamedAfterADiagramIsInIt() {
    Map<String, String> abbreviations = abbreviations();
    List<String> missing = new ArrayList<>();
    for (Row row : allRows()) {
      Path diagram = null;
      for (String token : backticked(row.cell("built in"))) {
        String meaning = abbreviations.get(token);
        if (meaning != null) {
          diagram = meaning.endsWith(".bpmn") || meaning.endsWith(".dmn") ? Path.of(meaning) : diagram;
        } else if (FILE_LIKE.matcher(token).matches() || CLASS_IN_PACKAGE.matcher(token).matches()) {
          if (!PROJECT.hasFile(token)) {
            missing.add(row + ": no file " + token);
          }
        } else if (diagram != null && ELEMENT_LIKE.matcher(token).matches()) {
          if (!PROJECT.isIn(diagram, token)) {
            missing.add(row + ": `" + token + "` is not an element of " + diagram
                + " (nor a process key, a message, a class or a form)");
          }
        } else {
          PROJECT.missingWords(token).forEach(word -> missing.add(row + ": `" + token + "` names " + word + ", which nothing defines"));
        }
      }
    }
    assertThat(missing).as("what " + TRACEABILITY + " says rules are built in").isEmpty();
  }

  @Test
  void everySeedTheProjectCitesIsInDocsSourcesAndNothingPointsOutsideTheRepository() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> citing = new ArrayList<>(textFiles(Path.of("docs"), Path.of("processes"), Path.of("src/main")));
    citing.add(Path.of("README.md"));
    for (Path file : citing) {
      String text = read(file);
      Matcher seed = SEED_CITATION.matcher(text);
      while (seed.find()) {
        if (sourceOf(seed.group(1)) == null) {
          problems.add(file + ": seed " + seed.group(1) + " is not in " + SOURCES);
        }
      }
      if (OUTSIDE.matcher(text).find()) {
        problems.add(file + ": points at the catalogue or its seeds outside the repository");
      }
    }
    for (RuleCatalogue.Rule rule : CATALOGUE.rules().values()) {
      Matcher number = Pattern.compile("\\b(\\d{3})\\b").matcher(rule.source());
      while (number.find()) {
        if (sourceOf(number.group(1)) == null) {
          problems.add(rule.id() + " comes from seed " + number.group(1) + ", which is not in " + SOURCES);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  // ------------------------------------------------------------------ the traceability table

  /** One table row, its cells by the table's column names. */
  record Row(int line, Map<String, String> cells) {
    String first() {
      return cells.values().iterator().next();
    }

    String cell(String column) {
      return cells.getOrDefault(column, "");
    }

    @Override
    public String toString() {
      return TRACEABILITY + ":" + line + " (" + first().replaceAll("\\s+", " ").substring(0, Math.min(40, first().length())) + ")";
    }
  }

  /**
   * Issue 18: the traceability document says, for each rule, which authorities differ from national and
   * which test proves it. Its table of differences is read against the profiles themselves: a local
   * timescale, or a day a clock counts from, that is not national's must have its row (with a test, which
   * {@link #everyTestARowNamesExistsMethodIncluded} checks exists), and no row may claim a difference the
   * profiles do not hold. Office hours and the escalating breaches, which the table leaves out, are
   * national's in every profile.
   */
  @Test
  void everyWayALocalProfileDiffersFromNationalIsInTheTableOfDifferences() {
    StandardsProfiles profiles = StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL);
    StandardsProfile national = profiles.profile(StandardsProfiles.NATIONAL);
    Set<String> differences = new java.util.TreeSet<>();
    for (StandardsProfile local : profiles.all().values()) {
      if (local.id().equals(national.id())) {
        continue;
      }
      assertThat(local.officeHours()).as(local.id() + " office hours").isEqualTo(national.officeHours());
      assertThat(local.breachEscalations()).as(local.id() + " escalating breaches").isEqualTo(national.breachEscalations());
      for (StandardsProfile.Rule rule : local.rules().values()) {
        StandardsProfile.Rule theirs = national.rule(rule.id());
        if (rule.timescale() != null && (!rule.timescale().equals(theirs.timescale())
            || !java.util.Objects.equals(countsFrom(rule, StandardsProfile.Rule.SINGLE_TIMESCALE),
                countsFrom(theirs, StandardsProfile.Rule.SINGLE_TIMESCALE)))) {
          differences.add(local.id() + " " + rule.id() + " -");
        }
        (rule.timescales() == null ? Map.<String, Timescale>of() : rule.timescales()).forEach((key, timescale) -> {
          if (theirs.timescales() == null || !timescale.equals(theirs.timescales().get(key))
              || !java.util.Objects.equals(countsFrom(rule, key), countsFrom(theirs, key))) {
            differences.add(local.id() + " " + rule.id() + " " + key);
          }
        });
      }
    }
    List<Row> table = allRows().stream().filter(row -> row.cells().containsKey("authority")).toList();
    assertThat(table).as("the table of differences").isNotEmpty()
        .allSatisfy(row -> assertThat(backticked(row.cell("tests"))).as(row + " names its test").isNotEmpty());
    assertThat(table.stream().map(row -> row.cell("authority") + " " + row.cell("rule") + " " + row.cell("timescale")))
        .as("differences from national in " + TRACEABILITY).containsExactlyInAnyOrderElementsOf(differences);
  }

  private static String countsFrom(StandardsProfile.Rule rule, String key) {
    return rule.countsFrom() == null ? null : rule.countsFrom().get(key);
  }

  static List<Row> allRows() {
    List<String> lines = lines(TRACEABILITY);
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|")) {
        header = null;
      } else if (header == null) {
        header = RuleCatalogue.cells(line);
      } else if (!line.startsWith("|---")) {
        List<String> cells = RuleCatalogue.cells(line);
        Map<String, String> named = new LinkedHashMap<>();
        for (int c = 0; c < header.size() && c < cells.size(); c++) {
          named.put(header.get(c), cells.get(c));
        }
        rows.add(new Row(i + 1, named));
      }
    }
    return rows;
  }

  static List<Row> ruleRows() {
    return allRows().stream().filter(row -> ROW_RULE.matcher(row.first()).matches()).toList();
  }

  static Map<String, String> abbreviations() {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher abbreviation = ABBREVIATION.matcher(String.join("\n", lines(TRACEABILITY)));
    while (abbreviation.find()) {
      found.put(abbreviation.group(1), abbreviation.group(2));
    }
    return found;
  }

  private static boolean isTestClassReference(Matcher named, Map<String, String> abbreviations) {
    String name = named.group(2);
    return named.group(3) != null || abbreviations.containsKey(name) || name.endsWith("Test") || name.endsWith("Benchmark");
  }

  private static List<String> backticked(String cell) {
    List<String> tokens = new ArrayList<>();
    Matcher token = BACKTICKED.matcher(cell);
    while (token.find()) {
      tokens.add(token.group(1).trim());
    }
    return tokens;
  }

  private static String section(String markdown, String heading) {
    int start = markdown.indexOf(heading);
    if (start < 0) {
      return "";
    }
    int end = markdown.indexOf("\n## ", start + heading.length());
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  private static Path sourceOf(String seedNumber) {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(file -> file.getFileName().toString().startsWith(seedNumber + "_")).findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean loads(String className) {
    return load(className) != null;
  }

  private static Class<?> load(String className) {
    try {
      return Class.forName(className, false, RuleCatalogueTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static boolean hasMethod(Class<?> type, String name) {
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      for (Method method : at.getDeclaredMethods()) {
        if (method.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ what the project holds

  static final Project PROJECT = new Project();

  /** The names the repository defines: files, diagram elements, classes, forms and the words of its code. */
  static final class Project {
    /** Built, installed or run: not the project's own text. */
    static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "data");

    final List<String> files;
    final Map<Path, Set<String>> diagramNames = new LinkedHashMap<>();
    final Set<String> processKeysAndMessages = new HashSet<>();
    final Set<String> types = new HashSet<>();
    final Set<String> formIds = new HashSet<>();
    final Set<String> words = new HashSet<>();

    Project() {
      List<String> walked = new ArrayList<>();
      try {
        Files.walkFileTree(Path.of("."), new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            return SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            walked.add(Path.of(".").relativize(file).toString().replace('\\', '/'));
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files = walked.stream().sorted().toList();
      ObjectMapper json = new ObjectMapper();
      for (String file : files) {
        Path path = Path.of(file);
        if (file.endsWith(".java")) {
          types.add(path.getFileName().toString().replace(".java", ""));
        }
        if (file.matches("(processes|src/test/resources)/.*\\.(bpmn|dmn)")) {
          diagramNames.put(path, diagramNames(path));
        }
        if (file.startsWith("forms/") && file.endsWith(".form")) {
          try {
            formIds.add(json.readTree(path.toFile()).path("id").asText());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        if (file.matches("(processes|forms|src/main|src/test)/.*")) {
          String text = readOrNull(path);
          if (text != null) {
            Matcher word = IDENTIFIER.matcher(text);
            while (word.find()) {
              words.add(word.group());
            }
          }
        }
      }
    }

    private Set<String> diagramNames(Path diagram) {
      Set<String> names = new HashSet<>();
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList elements = factory.newDocumentBuilder().parse(diagram.toFile()).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
          Element element = (Element) elements.item(i);
          if (element.hasAttribute("id")) {
            names.add(element.getAttribute("id"));
          }
          if (element.hasAttribute("name")) {
            names.add(element.getAttribute("name"));
          }
          if ("process".equals(element.getLocalName()) || "decision".equals(element.getLocalName())) {
            processKeysAndMessages.add(element.getAttribute("id"));
          }
          if ("message".equals(element.getLocalName())) {
            processKeysAndMessages.add(element.getAttribute("name"));
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(diagram + " does not parse", e);
      }
      return names;
    }

    /** An element named after a diagram: one of its own, or another process, message, class or form it hands to. */
    boolean isIn(Path diagram, String name) {
      Set<String> own = diagramNames.get(Path.of(diagram.toString().replace('\\', '/')));
      return own != null && own.contains(name) || processKeysAndMessages.contains(name) || types.contains(name)
          || formIds.contains(name);
    }

    /** A path as the table writes it: whole, from any folder down, with {@code *} for any name, or a class by package. */
    boolean hasFile(String written) {
      String pattern = Arrays.stream(written.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining("[^/]*"));
      Pattern file = Pattern.compile("(.*/)?" + pattern + "(\\.java)?");
      return files.stream().anyMatch(path -> file.matcher(path).matches());
    }

    /** The fully qualified name of the one test class called {@code name} (in {@code folder}, if given). */
    String testClass(String folder, String name) {
      String suffix = (folder == null ? "" : folder + "/") + name + ".java";
      List<String> found = files.stream().filter(path -> path.startsWith("src/test/java/"))
          .filter(path -> path.endsWith("/" + suffix)).toList();
      return found.size() != 1 ? null
          : found.get(0).substring("src/test/java/".length()).replace(".java", "").replace('/', '.');
    }

    /** The words of a backticked name that appear nowhere in the diagrams, forms or code. */
    List<String> missingWords(String token) {
      List<String> missing = new ArrayList<>();
      Matcher word = IDENTIFIER.matcher(token);
      while (word.find()) {
        String found = word.group();
        if (found.length() >= 3 && !found.equals(found.toUpperCase()) && !words.contains(found)) {
          missing.add(found);
        }
      }
      return missing;
    }
  }

  // ------------------------------------------------------------------ files

  static List<Path> textFiles(Path... roots) {
    List<Path> found = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).filter(file -> readOrNull(file) != null).sorted().forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static String read(Path file) {
    String text = readOrNull(file);
    if (text == null) {
      throw new IllegalStateException(file + " is not text");
    }
    return text;
  }

  /** A file's text, or null for a binary file (images, fonts). */
  private static String readOrNull(Path file) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
