package uk.safeguarding.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.safeguarding.timescales.DiagramTimescales.Lookup;

/**
 * Every timescale a diagram asks for ({@code standards.due(execution, 'CG-01', planStartDate)}, in a
 * due date, a timer, a breach's {@code dueAt}, a condition or the documentation) resolves in every
 * authority's profile. Without this, a rule ID or timescale name that one profile lacks would only
 * be found when a case of that authority reached the task.
 */
class DiagramTimescalesTest {

  static final StandardsProfiles PROFILES = StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL);
  static final String CALL = DiagramTimescales.CALL;

  @TestFactory
  Stream<DynamicTest> everyTimescaleADiagramAsksForResolvesInEveryProfile() {
    List<Path> diagrams = diagrams();
    assertThat(diagrams).isNotEmpty();
    assertThat(PROFILES.all()).hasSizeGreaterThan(1);
    return diagrams.stream().map(diagram -> dynamicTest(diagram.toString(), () -> {
      List<String> failures = new ArrayList<>();
      for (Lookup lookup : lookups(diagram)) {
        DiagramTimescales.shortfalls(PROFILES, lookup)
            .forEach(shortfall -> failures.add(lookup.diagram() + " " + lookup.elementId() + " " + shortfall));
      }
      assertThat(failures).isEmpty();
    }));
  }

  /** The reading of the diagrams misses no call: each one in the text is one lookup. */
  @Test
  void everyCallToTheProfilesInADiagramIsRead() throws IOException {
    int calls = 0;
    int read = 0;
    for (Path diagram : diagrams()) {
      String xml = Files.readString(diagram).replace("&#39;", "'");
      calls += xml.split(java.util.regex.Pattern.quote(CALL), -1).length - 1;
      read += lookups(diagram).size();
    }
    assertThat(calls).as("calls to " + CALL + " in processes/").isPositive();
    assertThat(read).isEqualTo(calls);
  }

  @Test
  void aRuleOrTimescaleNameAProfileLacksIsReportedAndOneItHoldsIsNot() {
    StandardsProfile national = PROFILES.profile(StandardsProfiles.NATIONAL);
    Lookup unknownRule = new Lookup("processes/x.bpmn", "Task", "CG-99", null, null, null);
    Lookup unknownName = new Lookup("processes/x.bpmn", "Task", "CG-03", "fortnightly", null, null);
    Lookup singleByName = new Lookup("processes/x.bpmn", "Task", "CG-01", null, null, null);

    assertThat(DiagramTimescales.missingIn(PROFILES, national, unknownRule)).contains("CG-99");
    assertThat(DiagramTimescales.missingIn(PROFILES, national, unknownName)).contains("fortnightly");
    assertThat(DiagramTimescales.missingIn(PROFILES, national, singleByName)).isNull();
    assertThat(DiagramTimescales.shortfalls(PROFILES, unknownRule)).hasSize(PROFILES.all().size())
        .allSatisfy(shortfall -> assertThat(shortfall).contains("CG-99", "which profile"));
  }

  static List<Path> diagrams() {
    try (Stream<Path> walk = Files.walk(Path.of("processes"))) {
      return walk.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every call in the diagram's attributes and texts, with the element it belongs to. */
  static List<Lookup> lookups(Path diagram) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return DiagramTimescales.lookups(diagram.toString(),
          factory.newDocumentBuilder().parse(diagram.toFile()).getDocumentElement());
    } catch (Exception e) {
      throw new IllegalStateException(diagram + " does not parse", e);
    }
  }
}
