package uk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The picture of the pathways in docs/architecture.md ("How the pathways hand a child on") cannot
 * drift from the diagrams and the code: every process it draws is a diagram's, every diagram is in
 * it, and every hand-on the diagrams or the Java make is an arrow of it.
 */
class PathwayMapTest {

  static final Path ARCHITECTURE = Path.of("docs/architecture.md");
  static final Path PROCESSES = Path.of("processes");
  static final Path MAIN = Path.of("src/main/java/uk/safeguarding");
  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private static final Pattern NODE = Pattern.compile("^\\s*(\\w+)\\s*(?:[\\[(].*)?$");
  private static final Pattern EDGE =
      Pattern.compile("^\\s*(\\w+)\\s*(-->|-\\.->)\\s*(?:\\|\"?([^|\"]*)\"?\\|)?\\s*(\\w+(?:\\s*&\\s*\\w+)*)\\s*$");
  private static final Pattern STARTS_BY_KEY =
      Pattern.compile("(?:NextPathway\\.start\\(\\s*execution,|startProcessInstanceByKey\\()\\s*(?:(\\w+)\\.)?([A-Z_]+)\\b");
  private static final Pattern STARTS_BY_MESSAGE =
      Pattern.compile("(?:startByMessage\\(\\s*execution,|createMessageCorrelation\\()\\s*(?:(\\w+)\\.)?([A-Z_]+)\\b");
  /**
   * The strategy discussion's own door for other pathways (ESC-03, FD-04, CFA-05, CFA-07): each caller
   * is drawn, not the door.
   */
  private static final String DOOR = "StrategyDiscussionReferrals";
  private static final Pattern STARTS_A_STRATEGY_DISCUSSION = Pattern.compile(DOOR + "\\.startNow\\(");

  record Edge(String from, String arrow, String label, String to) {}

  record Diagram(String key, String folder, Set<String> calls, Set<String> messagesHeard, Set<String> startMessages) {}

  @Test
  void thePictureDrawsEveryDiagramAndNoProcessThatIsNotOne() throws Exception {
    Map<String, Diagram> diagrams = diagrams();
    Picture picture = picture();
    Set<String> processNodes = new LinkedHashSet<>();
    picture.nodes.stream().filter(PathwayMapTest::namesAProcess).forEach(processNodes::add);
    picture.edges.forEach(edge -> Stream.of(edge.from, edge.to).filter(PathwayMapTest::namesAProcess).forEach(processNodes::add));
    assertThat(processNodes).as("process keys drawn in " + ARCHITECTURE + " that no diagram has").isSubsetOf(diagrams.keySet());
    assertThat(processNodes).as("diagrams missing from the picture in " + ARCHITECTURE).containsAll(diagrams.keySet());
  }

  @Test
  void everyCallActivityIsASolidArrow() throws Exception {
    Picture picture = picture();
    List<String> missing = new ArrayList<>();
    for (Diagram diagram : diagrams().values()) {
      for (String called : diagram.calls) {
        if (picture.edges.stream().noneMatch(edge -> edge.from.equals(diagram.key) && edge.to.equals(called) && edge.arrow.equals("-->"))) {
          missing.add(diagram.key + " --> " + called);
        }
      }
    }
    assertThat(missing).as("call activities not drawn in " + ARCHITECTURE).isEmpty();
  }

  @Test
  void everyMessageStartIsAnArrowNamedByItsMessage() throws Exception {
    Picture picture = picture();
    List<String> missing = new ArrayList<>();
    for (Diagram diagram : diagrams().values()) {
      for (String message : diagram.startMessages) {
        if (picture.edges.stream().noneMatch(edge -> edge.to.equals(diagram.key) && edge.label.contains(message))) {
          missing.add("an arrow into " + diagram.key + " named " + message);
        }
      }
    }
    assertThat(missing).as("message starts not drawn in " + ARCHITECTURE).isEmpty();
  }

  /**
   * A Java class that starts a process, or sends a message one waits for, is drawn as an arrow into
   * that process from a process of its own package (the package is the diagram's folder). A class that
   * starts a process of its own package for every pathway (the child's case, a breach review, a
   * disagreement raised by a breach) is drawn from a note.
   */
  @Test
  void everyHandOnInTheJavaIsAnArrow() throws Exception {
    Map<String, Diagram> diagrams = diagrams();
    Picture picture = picture();
    List<String> missing = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(MAIN)) {
      for (Path source : sources.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals(DOOR + ".java")).sorted().toList()) {
        String pkg = MAIN.relativize(source).getParent() == null ? "" : MAIN.relativize(source).getParent().toString();
        String code = Files.readString(source);
        List<String[]> handOns = new ArrayList<>();
        Matcher byKey = STARTS_BY_KEY.matcher(code);
        while (byKey.find()) {
          handOns.add(new String[] {(String) constant(source, code, byKey.group(1), byKey.group(2)), null});
        }
        if (STARTS_A_STRATEGY_DISCUSSION.matcher(code).find()) {
          handOns.add(new String[] {"StrategyDiscussion", null});
        }
        Matcher byMessage = STARTS_BY_MESSAGE.matcher(code);
        while (byMessage.find()) {
          String message = (String) constant(source, code, byMessage.group(1), byMessage.group(2));
          List<String> receivers = diagrams.values().stream().filter(d -> d.messagesHeard.contains(message)).map(Diagram::key).toList();
          assertThat(receivers).as(source + " sends " + message + ", which some diagram waits for").isNotEmpty();
          receivers.forEach(receiver -> handOns.add(new String[] {receiver, message}));
        }
        for (String[] handOn : handOns) {
          String target = handOn[0];
          String message = handOn[1];
          boolean ownPackage = diagrams.get(target).folder.equals(pkg);
          boolean drawn = picture.edges.stream().anyMatch(edge -> edge.to.equals(target)
              && (message == null || edge.label.contains(message))
              && (ownPackage ? !namesAProcess(edge.from) || diagrams.get(edge.from).folder.equals(pkg)
                  : diagrams.containsKey(edge.from) && diagrams.get(edge.from).folder.equals(pkg)));
          if (!drawn) {
            missing.add(source.getFileName() + ": an arrow into " + target + (message == null ? "" : " named " + message)
                + (ownPackage ? "" : " from a process of processes/" + pkg + "/"));
          }
        }
      }
    }
    assertThat(missing).as("hand-ons in the Java not drawn in " + ARCHITECTURE).isEmpty();
  }

  /** Upper case is a process key; lower-case ids are notes and groups of the picture. */
  static boolean namesAProcess(String id) {
    return Character.isUpperCase(id.charAt(0));
  }

  record Picture(Set<String> nodes, List<Edge> edges) {}

  static Picture picture() throws IOException {
    String doc = Files.readString(ARCHITECTURE);
    int start = doc.indexOf("```mermaid");
    assertThat(start).as(ARCHITECTURE + " has a mermaid picture").isNotNegative();
    String block = doc.substring(start, doc.indexOf("```", start + 3));
    Set<String> nodes = new LinkedHashSet<>();
    List<Edge> edges = new ArrayList<>();
    for (String line : block.split("\n")) {
      Matcher edge = EDGE.matcher(line);
      if (edge.matches()) {
        for (String to : edge.group(4).split("\\s*&\\s*")) {
          edges.add(new Edge(edge.group(1), edge.group(2), edge.group(3) == null ? "" : edge.group(3), to));
        }
        continue;
      }
      Matcher node = NODE.matcher(line);
      if (node.matches() && !List.of("end", "flowchart", "subgraph").contains(node.group(1))) {
        nodes.add(node.group(1));
      }
    }
    assertThat(edges).as("arrows in the picture of " + ARCHITECTURE).isNotEmpty();
    return new Picture(nodes, edges);
  }

  static Map<String, Diagram> diagrams() throws Exception {
    Map<String, Diagram> diagrams = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        Element definitions = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        Map<String, String> messageNames = new TreeMap<>();
        NodeList messages = definitions.getElementsByTagNameNS(BPMN, "message");
        for (int i = 0; i < messages.getLength(); i++) {
          Element message = (Element) messages.item(i);
          messageNames.put(message.getAttribute("id"), message.getAttribute("name"));
        }
        NodeList processes = definitions.getElementsByTagNameNS(BPMN, "process");
        for (int i = 0; i < processes.getLength(); i++) {
          Element process = (Element) processes.item(i);
          Set<String> calls = new LinkedHashSet<>();
          NodeList callActivities = process.getElementsByTagNameNS(BPMN, "callActivity");
          for (int c = 0; c < callActivities.getLength(); c++) {
            calls.add(((Element) callActivities.item(c)).getAttribute("calledElement"));
          }
          Set<String> heard = new LinkedHashSet<>();
          Set<String> startMessages = new LinkedHashSet<>();
          NodeList definitionsOfMessages = process.getElementsByTagNameNS(BPMN, "messageEventDefinition");
          for (int m = 0; m < definitionsOfMessages.getLength(); m++) {
            Element definition = (Element) definitionsOfMessages.item(m);
            String name = messageNames.get(definition.getAttribute("messageRef"));
            heard.add(name);
            Node event = definition.getParentNode();
            if (event.getLocalName().equals("startEvent") && event.getParentNode() == process) {
              startMessages.add(name);
            }
          }
          String key = process.getAttribute("id");
          diagrams.put(key, new Diagram(key, PROCESSES.relativize(file).getParent().toString(), calls, heard, startMessages));
        }
      }
    }
    return diagrams;
  }

  /** The value of {@code owner.name} (or of {@code name} in this class or a static import) as the code has it. */
  static Object constant(Path source, String code, String owner, String name) throws Exception {
    String pkg = "uk.safeguarding." + MAIN.relativize(source).getParent().toString().replace('/', '.');
    List<String> candidates = new ArrayList<>();
    if (owner != null) {
      Matcher imported = Pattern.compile("import ([\\w.]+\\." + owner + ");").matcher(code);
      candidates.add(imported.find() ? imported.group(1) : pkg + "." + owner);
    } else {
      candidates.add(pkg + "." + source.getFileName().toString().replace(".java", ""));
      Matcher staticImport = Pattern.compile("import static ([\\w.]+)\\.(?:\\*|" + name + ");").matcher(code);
      while (staticImport.find()) {
        candidates.add(staticImport.group(1));
      }
    }
    for (String className : candidates) {
      try {
        Field field = Class.forName(className).getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
      } catch (ClassNotFoundException | NoSuchFieldException notHere) {
        // the next candidate
      }
    }
    throw new AssertionError(source + ": cannot find the constant " + (owner == null ? "" : owner + ".") + name);
  }
}
