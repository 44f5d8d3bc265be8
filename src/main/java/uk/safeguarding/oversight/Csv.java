package uk.safeguarding.oversight;

import java.util.List;
import java.util.stream.Collectors;

/** A table as CSV (RFC 4180): every field quoted where it must be, so a step's name with a comma stays one column. */
final class Csv {

  private Csv() {}

  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder(line(header));
    rows.forEach(row -> csv.append(line(row)));
    return csv.toString();
  }

  private static String line(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
  }

  static String field(String value) {
    String text = value == null ? "" : value;
    // A leading = + - @ makes a spreadsheet run the cell as a formula: quote it as text.
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
