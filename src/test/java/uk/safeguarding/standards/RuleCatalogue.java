package uk.safeguarding.standards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rule catalogue, {@code docs/standards.md}, as the tests read it: each rule's ID, its kinds and
 * where it comes from. The catalogue is the specification, so the tests take the rule IDs from it
 * instead of keeping a list of their own.
 */
public final class RuleCatalogue {

  public static final Path FILE = Path.of("docs/standards.md");

  /** What a rule is, in the catalogue's words. */
  public static final Set<String> KINDS = Set.of("timescale", "gate", "routing", "trigger", "outcome");

  /** Anything shaped like a rule ID, whether or not the catalogue defines it. */
  public static final Pattern RULE_ID_SHAPE = Pattern.compile("\\b[A-Z][A-Z0-9]{0,4}-\\d{2}\\b");

  /** One rule as the catalogue defines it; {@code source} is its pathway's "Seeds:" line or its seed column. */
  public record Rule(String id, Set<String> kinds, String section, String source, String text) {}

  private static final Pattern HEADING = Pattern.compile("^#{2,3} (.+)$");
  private static final Pattern LIST_RULE = Pattern.compile("^- `([A-Z][A-Z0-9]*-\\d{2})`([^:]*):(.*)$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\| `([A-Z][A-Z0-9]*-\\d{2})` \\|(.*)\\|$");
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  private final Map<String, Rule> rules;
  private final List<String> definedTwice;

  private RuleCatalogue(Map<String, Rule> rules, List<String> definedTwice) {
    this.rules = Collections.unmodifiableMap(rules);
    this.definedTwice = List.copyOf(definedTwice);
  }

  public static RuleCatalogue read() {
    try {
      return parse(Files.readAllLines(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("the rule catalogue " + FILE + " could not be read", e);
    }
  }

  static RuleCatalogue parse(List<String> lines) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    List<String> twice = new ArrayList<>();
    String section = "";
    String seeds = "";
    List<String> tableHeader = List.of();
    for (String line : lines) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        section = heading.group(1).trim();
        seeds = "";
        tableHeader = List.of();
        continue;
      }
      if (line.startsWith("Seeds:")) {
        seeds = line.substring("Seeds:".length()).trim();
        continue;
      }
      if (line.startsWith("| ID |")) {
        tableHeader = cells(line);
        continue;
      }
      Rule rule = null;
      Matcher listed = LIST_RULE.matcher(line);
      Matcher tabled = TABLE_RULE.matcher(line);
      if (listed.matches()) {
        rule = new Rule(listed.group(1), kinds(listed.group(2)), section, seeds, listed.group(3).trim());
      } else if (tabled.matches() && !tableHeader.isEmpty()) {
        List<String> row = cells(line);
        String kind = column(tableHeader, row, "kind");
        rule = new Rule(tabled.group(1), kinds(kind), section, column(tableHeader, row, "seed"),
            column(tableHeader, row, "rule"));
      }
      if (rule != null && rules.putIfAbsent(rule.id(), rule) != null) {
        twice.add(rule.id());
      }
    }
    return new RuleCatalogue(rules, twice);
  }

  /** The kinds a rule names before its colon ("timescale and routing", "outcomes", "trigger on CP plan"). */
  private static Set<String> kinds(String words) {
    Set<String> kinds = new LinkedHashSet<>();
    Matcher word = WORD.matcher(words);
    while (word.find()) {
      String singular = word.group().replaceFirst("s$", "");
      if (KINDS.contains(singular)) {
        kinds.add(singular);
      }
    }
    return kinds;
  }

  static List<String> cells(String row) {
    String inner = row.trim().replaceFirst("^\\|", "").replaceFirst("\\|$", "");
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.trim());
    }
    return cells;
  }

  private static String column(List<String> header, List<String> row, String name) {
    int index = header.indexOf(name);
    return index < 0 || index >= row.size() ? "" : row.get(index);
  }

  public Map<String, Rule> rules() {
    return rules;
  }

  public boolean defines(String ruleId) {
    return rules.containsKey(ruleId);
  }

  public Rule rule(String ruleId) {
    Rule rule = rules.get(ruleId);
    if (rule == null) {
      throw new IllegalArgumentException(ruleId + " is not a rule of " + FILE);
    }
    return rule;
  }

  /** IDs that the catalogue defines more than once. */
  public List<String> definedTwice() {
    return definedTwice;
  }

  /** A pattern that finds any rule ID the catalogue defines, and nothing else. */
  public Pattern ruleIds() {
    return Pattern.compile(rules.keySet().stream().map(Pattern::quote)
        .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
  }
}
