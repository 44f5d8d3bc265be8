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
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every timescale a diagram asks for ({@code standards.due(execution, 'CG-01', planStartDate)}, in a
 * due date, a timer, a breach's {@code dueAt}, a condition or the documentation) resolves in every
 * authority's profile. Without this, a rule ID or timescale name that one profile lacks would only
 * be found when a case of that authority reached the task.
 */
class DiagramTimescalesTest {

  static final StandardsProfiles PROFILES = StandardsProfiles.fromClasspath(StandardsProfiles.NATIONAL);
  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CALL = "standards.due(";

  /**
   * One call in a diagram. {@code timescale} is null for a rule with a single timescale, the name for
   * a quoted one, and {@code variable} holds the expression when the diagram picks it at run time.
   */
  record Lookup(Path diagram, String elementId, String ruleId, String timescale, String variable, String problem) {
    @Override
    public String toString() {
      return diagram + " " + elementId + " asks for " + ruleId
          + (timescale != null ? " '" + timescale + "'" : variable != null ? " (" + variable + ")" : "");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyTimescaleADiagramAsksForResolvesInEveryProfile() {
    List<Path> diagrams = diagrams();
    assertThat(diagrams).isNotEmpty();
    assertThat(PROFILES.all()).hasSizeGreaterThan(1);
    return diagrams.stream().map(diagram -> dynamicTest(diagram.toString(), () -> {
      List<String> failures = new ArrayList<>();
      for (Lookup lookup : lookups(diagram)) {
        if (lookup.problem() != null) {
          failures.add(lookup.diagram() + " " + lookup.elementId() + ": " + lookup.problem());
          continue;
        }
        for (StandardsProfile profile : PROFILES.all().values()) {
          String missing = missingIn(profile, lookup);
          if (missing != null) {
            failures.add(lookup + ", which profile '" + profile.id() + "' lacks: " + missing);
          }
        }
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
    Lookup unknownRule = new Lookup(Path.of("processes/x.bpmn"), "Task", "CG-99", null, null, null);
    Lookup unknownName = new Lookup(Path.of("processes/x.bpmn"), "Task", "CG-03", "fortnightly", null, null);
    Lookup singleByName = new Lookup(Path.of("processes/x.bpmn"), "Task", "CG-01", null, null, null);

    assertThat(missingIn(national, unknownRule)).contains("CG-99");
    assertThat(missingIn(national, unknownName)).contains("fortnightly");
    assertThat(missingIn(national, singleByName)).isNull();
  }

  /** What the profile lacks for the lookup, or null when it resolves. */
  static String missingIn(StandardsProfile profile, Lookup lookup) {
    try {
      StandardsProfile.Rule rule = profile.rule(lookup.ruleId());
      if (lookup.variable() == null) {
        rule.timescale(lookup.timescale());
        return null;
      }
      // The name is chosen at run time: every name national offers must be there in each profile.
      StandardsProfile.Rule national = PROFILES.profile(StandardsProfiles.NATIONAL).rule(lookup.ruleId());
      if (national.timescales().isEmpty() || !rule.timescales().keySet().containsAll(national.timescales().keySet())) {
        return "named timescales " + national.timescales().keySet() + ", has " + rule.timescales().keySet();
      }
      return null;
    } catch (UnknownTimescaleException e) {
      return e.getMessage();
    }
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
      List<Lookup> found = new ArrayList<>();
      walk(diagram, factory.newDocumentBuilder().parse(diagram.toFile()).getDocumentElement(), found);
      return found;
    } catch (Exception e) {
      throw new IllegalStateException(diagram + " does not parse", e);
    }
  }

  private static void walk(Path diagram, Element element, List<Lookup> found) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      read(diagram, element, ((Attr) attributes.item(i)).getValue(), found);
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        read(diagram, element, child.getNodeValue(), found);
      } else if (child instanceof Element inner) {
        walk(diagram, inner, found);
      }
    }
  }

  private static void read(Path diagram, Element where, String text, List<Lookup> found) {
    for (int at = text.indexOf(CALL); at >= 0; at = text.indexOf(CALL, at + CALL.length())) {
      found.add(lookup(diagram, elementId(where), arguments(text, at + CALL.length())));
    }
  }

  private static Lookup lookup(Path diagram, String elementId, List<String> arguments) {
    if (arguments == null || arguments.size() < 3 || arguments.size() > 4 || !quoted(arguments.get(1))) {
      return new Lookup(diagram, elementId, null, null, null,
          "a call to the profiles should read standards.due(execution, 'RULE-ID'[, timescale], from), not " + arguments);
    }
    String ruleId = unquote(arguments.get(1));
    if (arguments.size() == 3) {
      return new Lookup(diagram, elementId, ruleId, null, null, null);
    }
    String timescale = arguments.get(2);
    return quoted(timescale) ? new Lookup(diagram, elementId, ruleId, unquote(timescale), null, null)
        : new Lookup(diagram, elementId, ruleId, null, timescale, null);
  }

  /** The element a call belongs to: the nearest BPMN element with an id that is not an event definition. */
  private static String elementId(Element element) {
    for (Node at = element; at instanceof Element candidate; at = at.getParentNode()) {
      if (BPMN.equals(candidate.getNamespaceURI()) && candidate.hasAttribute("id")
          && !candidate.getLocalName().endsWith("EventDefinition")) {
        return candidate.getAttribute("id");
      }
    }
    return "(no element)";
  }

  /** The arguments of the call whose opening bracket ends just before {@code start}, split at the top level. */
  private static List<String> arguments(String text, int start) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean inQuote = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        inQuote = !inQuote;
      } else if (!inQuote && c == '(') {
        depth++;
      } else if (!inQuote && c == ')') {
        if (depth == 0) {
          arguments.add(current.toString().trim());
          return arguments;
        }
        depth--;
      } else if (!inQuote && c == ',' && depth == 0) {
        arguments.add(current.toString().trim());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    return null;
  }

  private static boolean quoted(String argument) {
    return argument.length() >= 2 && argument.startsWith("'") && argument.endsWith("'");
  }

  private static String unquote(String argument) {
    return argument.substring(1, argument.length() - 1);
  }
}
