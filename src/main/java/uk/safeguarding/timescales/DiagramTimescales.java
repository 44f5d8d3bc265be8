package uk.safeguarding.timescales;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every timescale a diagram asks for ({@code standards.due(execution, 'CG-01', planStartDate)}, in a
 * due date, a timer, a breach's {@code dueAt}, a condition or the documentation), and whether each
 * profile holds it. Read at build time for the diagrams of processes/ (DiagramTimescalesTest) and on
 * every deployment a person makes (designers/DiagramChecks): a rule ID or timescale name that one
 * authority's profile lacks would otherwise be found only when a case of that authority reached the task.
 */
public final class DiagramTimescales {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String CALL = "standards.due(";

  private DiagramTimescales() {}

  /**
   * One call in a diagram. {@code timescale} is null for a rule with a single timescale, the name for
   * a quoted one, and {@code variable} holds the expression when the diagram picks it at run time;
   * {@code from} is what it counts from; {@code problem} says why a call could not be read.
   */
  public record Lookup(String diagram, String elementId, String ruleId, String timescale, String variable, String problem,
      String from) {

    public Lookup(String diagram, String elementId, String ruleId, String timescale, String variable, String problem) {
      this(diagram, elementId, ruleId, timescale, variable, problem, null);
    }

    /** The call as a diagram writes it, for a rule and timescale named in the diagram; null otherwise. */
    public String expression() {
      if (problem != null || variable != null || from == null) {
        return null;
      }
      return "${standards.due(execution, '" + ruleId + "', " + (timescale == null ? "" : "'" + timescale + "', ") + from + ")}";
    }

    @Override
    public String toString() {
      return diagram + " " + elementId + " asks for " + ruleId
          + (timescale != null ? " '" + timescale + "'" : variable != null ? " (" + variable + ")" : "");
    }
  }

  /** Every call in the diagram's attributes and texts, with the element it belongs to. */
  public static List<Lookup> lookups(String diagram, org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
    org.w3c.dom.Document document = (org.w3c.dom.Document) ((javax.xml.transform.dom.DOMSource) model.getDocument().getDomSource()).getNode();
    return lookups(diagram, document.getDocumentElement());
  }

  /** Every call in the diagram's attributes and texts, with the element it belongs to. */
  public static List<Lookup> lookups(String diagram, Element root) {
    List<Lookup> found = new ArrayList<>();
    walk(diagram, root, found);
    return found;
  }

  /**
   * What {@code profile} lacks for the lookup, or null when it resolves. A timescale chosen at run time
   * must offer in every profile each name national offers.
   */
  public static String missingIn(StandardsProfiles profiles, StandardsProfile profile, Lookup lookup) {
    try {
      StandardsProfile.Rule rule = profile.rule(lookup.ruleId());
      if (lookup.variable() == null) {
        rule.timescale(lookup.timescale());
        return null;
      }
      StandardsProfile.Rule national = profiles.profile(StandardsProfiles.NATIONAL).rule(lookup.ruleId());
      if (national.timescales().isEmpty() || !rule.timescales().keySet().containsAll(national.timescales().keySet())) {
        return "named timescales " + national.timescales().keySet() + ", has " + rule.timescales().keySet();
      }
      return null;
    } catch (UnknownTimescaleException e) {
      return e.getMessage();
    }
  }

  /** Each shortfall of the lookup: unreadable, or missing in a profile, as "... which profile 'x' lacks: ...". */
  public static List<String> shortfalls(StandardsProfiles profiles, Lookup lookup) {
    if (lookup.problem() != null) {
      return List.of(lookup.problem());
    }
    List<String> shortfalls = new ArrayList<>();
    for (StandardsProfile profile : profiles.all().values()) {
      String missing = missingIn(profiles, profile, lookup);
      if (missing != null) {
        shortfalls.add("asks for " + lookup.ruleId()
            + (lookup.timescale() != null ? " '" + lookup.timescale() + "'" : "")
            + ", which profile '" + profile.id() + "' lacks: " + missing);
      }
    }
    return shortfalls;
  }

  private static void walk(String diagram, Element element, List<Lookup> found) {
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

  private static void read(String diagram, Element where, String text, List<Lookup> found) {
    for (int at = text.indexOf(CALL); at >= 0; at = text.indexOf(CALL, at + CALL.length())) {
      found.add(lookup(diagram, elementId(where), arguments(text, at + CALL.length())));
    }
  }

  private static Lookup lookup(String diagram, String elementId, List<String> arguments) {
    if (arguments == null || arguments.size() < 3 || arguments.size() > 4 || !quoted(arguments.get(1))) {
      return new Lookup(diagram, elementId, null, null, null,
          "a call to the profiles should read standards.due(execution, 'RULE-ID'[, timescale], from), not " + arguments);
    }
    String ruleId = unquote(arguments.get(1));
    String from = arguments.get(arguments.size() - 1);
    if (arguments.size() == 3) {
      return new Lookup(diagram, elementId, ruleId, null, null, null, from);
    }
    String timescale = arguments.get(2);
    return quoted(timescale) ? new Lookup(diagram, elementId, ruleId, unquote(timescale), null, null, from)
        : new Lookup(diagram, elementId, ruleId, null, timescale, null, from);
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
