package uk.safeguarding.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The SSDA903 return's tables for a collection year, each a CSV with the DfE's column names, written with Apache
 * Commons CSV. A table the pathways cannot fill yet (adoption, previous permanence, social worker episodes,
 * deprivation of liberty orders) is its heading row alone, and the columns no pathway records are empty
 * (docs/returns.md says which).
 */
public final class Ssda903Tables {

  /** The tables and their columns, in the DfE's order (2026 to 2027 collection, with its DoLo table). */
  public static final Map<String, List<String>> COLUMNS = columns(
      "Header", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
      "Episodes", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      "Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE",
      "UASC", "CHILD,SEX,DOB,DUC",
      "OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,"
          + "INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
      "OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
      "AD1", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
      "PlacedAdoption", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
      "PrevPerm", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
      "Missing", "CHILD,DOB,MISSING,MIS_START,MIS_END",
      "SWEpisodes", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
      "DoLo", "CHILD,DOB,DOLO_START,DOLO_END");

  /** The DfE's days are dd/mm/yyyy. */
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Ssda903Tables() {}

  /** Each table's rows (without the heading), in the order of {@link #COLUMNS}. */
  public static Map<String, List<List<String>>> tables(CensusYear year, List<Ssda903Child> children) {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    COLUMNS.keySet().forEach(table -> tables.put(table, new ArrayList<>()));
    for (Ssda903Child child : children) {
      String dob = day(child.birthDate());
      tables.get("Header").add(row(child.childId(), child.sex(), dob, child.ethnicity(), child.upn(), null, null));
      child.episodes().forEach(episode -> tables.get("Episodes").add(row(child.childId(), day(episode.start()),
          episode.reasonForNewEpisode(), episode.legalStatus(), episode.categoryOfNeed(), episode.placementType(),
          episode.placementProvider(), day(episode.end()), episode.reasonEnded(), episode.reasonPlaceChange(),
          postcode(episode.homePostcode()), postcode(episode.placementPostcode()), null)));
      child.reviews().forEach(review -> tables.get("Reviews").add(row(child.childId(), dob, day(review.date()),
          review.participation())));
      if (child.uasc()) {
        tables.get("UASC").add(row(child.childId(), child.sex(), dob, day(uascCeased(child, year))));
      }
      if (continuouslyFor12Months(child, year)) {
        Ssda903Child.Health health = child.health();
        tables.get("OC2").add(row(child.childId(), dob, health.latestSdqScore() == null ? null : health.latestSdqScore().toString(),
            null, null, null, null, null, health.assessedInYear() ? "1" : "0", null, null, null));
      }
      child.missing().forEach(missing -> tables.get("Missing").add(row(child.childId(), dob, missing.type(),
          day(missing.start()), day(missing.end()))));
    }
    return tables;
  }

  /**
   * The care leavers' table (OC3) is of young people whose 17th to 21st birthday falls in the year: those whose care
   * ended at 18 are the ones the pathways know, read apart from the looked after children of the year.
   */
  public static void addCareLeavers(Map<String, List<List<String>>> tables, CensusYear year, List<Ssda903Child> careLeavers) {
    careLeavers.stream().filter(child -> child.leftCareAtEighteen() && child.birthDate() != null)
        .filter(child -> careLeaverBirthdayIn(child.birthDate(), year))
        .forEach(child -> tables.get("OC3").add(row(child.childId(), day(child.birthDate()), null, null, null)));
  }

  /** A postcode as the DfE writes it: upper case, one space before the inward code. */
  static String postcode(String postcode) {
    if (postcode == null) {
      return null;
    }
    String plain = postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    return plain.length() < 5 ? plain : plain.substring(0, plain.length() - 3) + " " + plain.substring(plain.length() - 3);
  }

  /** UASC status ceases at 18: the 18th birthday when it falls by the end of the year. */
  static LocalDate uascCeased(Ssda903Child child, CensusYear year) {
    if (child.birthDate() == null) {
      return null;
    }
    LocalDate eighteen = child.birthDate().plusYears(18);
    return eighteen.isAfter(year.end()) ? null : eighteen;
  }

  /** OC2's children: looked after without a break for the 12 months to 31 March (episodes joined day to day). */
  static boolean continuouslyFor12Months(Ssda903Child child, CensusYear year) {
    LocalDate from = year.end().minusYears(1).plusDays(1);
    LocalDate reached = null;
    for (Ssda903Child.Episode episode : child.episodes().stream()
        .sorted(java.util.Comparator.comparing(Ssda903Child.Episode::start)).toList()) {
      if (reached == null) {
        if (episode.start().isAfter(from)) {
          return false;
        }
      } else if (episode.start().isAfter(reached)) {
        return false;
      }
      if (episode.end() == null) {
        return true;
      }
      reached = episode.end();
    }
    return false;
  }

  private static Map<String, List<String>> columns(String... tableAndColumns) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    for (int i = 0; i < tableAndColumns.length; i += 2) {
      columns.put(tableAndColumns[i], List.of(tableAndColumns[i + 1].split(",")));
    }
    return java.util.Collections.unmodifiableMap(columns);
  }

  static String day(LocalDate day) {
    return day == null ? null : DAY.format(day);
  }

  private static List<String> row(String... cells) {
    return Arrays.asList(cells);
  }

  /** One table as CSV: the heading row, then its rows; an empty cell for what is not recorded. */
  public static String csv(String table, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    write(out, table, rows);
    return out.toString();
  }

  private static void write(Writer out, String table, List<List<String>> rows) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.get(table).toArray(String[]::new))
        .setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException cannotWrite) {
      throw new UncheckedIOException(cannotWrite);
    }
  }

  /** Every table as {@code <Table>.csv} in one zip, the way a return is loaded to DfE COLLECT or a validator. */
  public static byte[] zip(Map<String, List<List<String>>> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, List<List<String>>> table : tables.entrySet()) {
        zip.putNextEntry(new ZipEntry(table.getKey() + ".csv"));
        zip.write(csv(table.getKey(), table.getValue()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException cannotWrite) {
      throw new UncheckedIOException(cannotWrite);
    }
    return bytes.toByteArray();
  }

  /** Whether the young person's 19th, 20th or 21st birthday falls in the year (at 17 and 18 she was still in care or leaving it). */
  static boolean careLeaverBirthdayIn(LocalDate born, CensusYear year) {
    return year.contains(born.plusYears(19)) || year.contains(born.plusYears(20)) || year.contains(born.plusYears(21));
  }
}
