package uk.safeguarding.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.RecordAccessLog;
import uk.safeguarding.identity.ManagersOnly;
import uk.safeguarding.identity.SignedIn;

/**
 * The statutory returns for managers: the children in need census of a collection year as the DfE's
 * XML, the SSDA903 looked after children return's tables as CSV, each checked against the DfE's rules, and
 * Ofsted's Annex A lists for an inspection as a workbook. Each
 * is a read of every child in it, so each child is one row of the record access log, as any read of a
 * child's record is.
 */
@RestController
@RequestMapping("/api/returns")
public class ReturnsApi {

  private static final String RETURNS = "The statutory returns";

  /** Annex A asks for the six months before the inspection for most lists (docs/returns.md). */
  static final int ANNEX_A_MONTHS = 6;
  /** A longer period than a year and its year before is no inspection's. */
  static final int ANNEX_A_LONGEST_MONTHS = 24;

  private final ProcessEngine engine;
  private final CinCensusRecords records;
  private final CinCensusValidation validation;
  private final RecordAccessLog accessLog;
  private final CinCensusXml.Source source;
  private final AnnexALists annexA;
  private final Ssda903Records ssda903;
  private final Ssda903Validation ssda903Validation;

  public ReturnsApi(ProcessEngine engine, CinCensusRecords records, CinCensusValidation validation, RecordAccessLog accessLog,
      AnnexALists annexA, Ssda903Records ssda903, Ssda903Validation ssda903Validation,
      @Value("${safeguarding.returns.la-number}") String laNumber,
      @Value("${safeguarding.returns.software-code:Safeguarding pathways}") String softwareCode,
      @Value("${safeguarding.returns.release:1}") String release) {
    this.engine = engine;
    this.records = records;
    this.validation = validation;
    this.accessLog = accessLog;
    this.source = new CinCensusXml.Source(laNumber, softwareCode, release);
    this.annexA = annexA;
    this.ssda903 = ssda903;
    this.ssda903Validation = ssda903Validation;
  }

  /** The census XML for the year from 1 April {@code year} to 31 March the next. */
  @GetMapping("/cin-census")
  public ResponseEntity<?> cinCensus(@RequestParam int year) {
    return ManagersOnly.answer(engine, RETURNS, manager -> {
      Optional<CensusYear> censusYear = collectionYear(year);
      if (censusYear.isEmpty()) {
        return notAYear(year);
      }
      List<CinCensusChild> children = records.children(censusYear.get());
      audit(manager, caseReferences(children), RecordAccessLog.Way.CIN_CENSUS, census(censusYear.get()));
      LocalDateTime madeAt = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON);
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
          .header("Content-Disposition", "attachment; filename=\"cin-census-" + year + ".xml\"")
          .body(CinCensusXml.write(censusYear.get(), source, madeAt, children));
    });
  }

  /** Every child of the year that breaks a census rule, with the rule's number and message and where to put it right. */
  @GetMapping("/cin-census/validation")
  public ResponseEntity<?> cinCensusValidation(@RequestParam int year) {
    return ManagersOnly.answer(engine, RETURNS, manager -> {
      Optional<CensusYear> collectionYear = collectionYear(year);
      if (collectionYear.isEmpty()) {
        return notAYear(year);
      }
      CensusYear censusYear = collectionYear.get();
      List<CinCensusChild> children = records.children(censusYear);
      audit(manager, caseReferences(children), RecordAccessLog.Way.CIN_CENSUS_CHECK, census(censusYear));
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("year", censusYear.start() + " to " + censusYear.end());
      answer.put("children", children.size());
      answer.put("rulesChecked", CinCensusRules.ALL.stream().map(CinCensusRule::number).toList());
      answer.put("failures", validation.failures(censusYear, children));
      return ResponseEntity.ok(answer);
    });
  }

  /** Every SSDA903 table of the year, each as {@code <Table>.csv} with the DfE's column names, in one zip. */
  @GetMapping("/ssda903")
  public ResponseEntity<?> ssda903(@RequestParam int year) {
    return ManagersOnly.answer(engine, RETURNS, manager -> {
      Optional<CensusYear> collectionYear = collectionYear(year);
      if (collectionYear.isEmpty()) {
        return notAYear(year);
      }
      Ssda903Read read = ssda903Tables(collectionYear.get());
      audit(manager, read.caseReferences(read.tables().values()), RecordAccessLog.Way.SSDA903, ssda903(collectionYear.get()));
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
          .header("Content-Disposition", "attachment; filename=\"ssda903-" + year + ".zip\"")
          .body(Ssda903Tables.zip(read.tables()));
    });
  }

  /** One SSDA903 table of the year as CSV, named as the DfE names it: Header, Episodes, Reviews ... */
  @GetMapping("/ssda903/{table}.csv")
  public ResponseEntity<?> ssda903Table(@PathVariable String table, @RequestParam int year) {
    return ManagersOnly.answer(engine, RETURNS, manager -> {
      Optional<CensusYear> collectionYear = collectionYear(year);
      if (collectionYear.isEmpty()) {
        return notAYear(year);
      }
      if (!Ssda903Tables.COLUMNS.containsKey(table)) {
        return ResponseEntity.status(404).body(Map.of("message", "the SSDA903 return has no table " + table + "; its tables are "
            + String.join(", ", Ssda903Tables.COLUMNS.keySet())));
      }
      Ssda903Read read = ssda903Tables(collectionYear.get());
      List<List<String>> rows = read.tables().get(table);
      audit(manager, read.caseReferences(List.of(rows)), RecordAccessLog.Way.SSDA903,
          ssda903(collectionYear.get()) + " " + table);
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
          .header("Content-Disposition", "attachment; filename=\"ssda903-" + year + "-" + table + ".csv\"")
          .body(Ssda903Tables.csv(table, rows));
    });
  }

  /** Every looked after child of the year that breaks an SSDA903 rule, with the rule's number and message and where to put it right. */
  @GetMapping("/ssda903/validation")
  public ResponseEntity<?> ssda903Validation(@RequestParam int year) {
    return ManagersOnly.answer(engine, RETURNS, manager -> {
      Optional<CensusYear> collectionYear = collectionYear(year);
      if (collectionYear.isEmpty()) {
        return notAYear(year);
      }
      List<Ssda903Child> children = ssda903.children(collectionYear.get());
      audit(manager, children.stream().map(Ssda903Child::caseReference).toList(), RecordAccessLog.Way.SSDA903_CHECK,
          ssda903(collectionYear.get()));
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("year", collectionYear.get().start() + " to " + collectionYear.get().end());
      answer.put("children", children.size());
      answer.put("rulesChecked", Ssda903Rules.ALL.stream().map(Ssda903Rule::number).toList());
      answer.put("failures", ssda903Validation.failures(collectionYear.get(), children));
      return ResponseEntity.ok(answer);
    });
  }

  /** The year's tables, and whose rows they hold (the looked after children and the care leavers). */
  private record Ssda903Read(Map<String, List<List<String>>> tables, Map<String, String> caseReferenceOf) {
    /** The children whose rows are in these tables: the first cell of a row is the child's ID. */
    Collection<String> caseReferences(Collection<List<List<String>>> tables) {
      Collection<String> children = new LinkedHashSet<>();
      tables.forEach(rows -> rows.forEach(row -> children.add(caseReferenceOf.get(row.get(0)))));
      children.remove(null);
      return children;
    }
  }

  private Ssda903Read ssda903Tables(CensusYear year) {
    List<Ssda903Child> children = ssda903.children(year);
    List<Ssda903Child> careLeavers = ssda903.careLeavers(year);
    Map<String, List<List<String>>> tables = Ssda903Tables.tables(year, children);
    Ssda903Tables.addCareLeavers(tables, year, careLeavers);
    Map<String, String> caseReferenceOf = new LinkedHashMap<>();
    Stream.concat(children.stream(), careLeavers.stream())
        .forEach(child -> caseReferenceOf.put(child.childId(), child.caseReference()));
    return new Ssda903Read(tables, caseReferenceOf);
  }

  private static String ssda903(CensusYear year) {
    return "SSDA903 " + year.year() + " to " + (year.year() + 1);
  }

  /**
   * Ofsted's Annex A lists for the days from {@code from} to {@code to} (both included, ISO days such as
   * 2026-10-01) as an .xlsx workbook. Without {@code to}, today; without {@code from}, the
   * {@value #ANNEX_A_MONTHS} months before {@code to}, the period Annex A asks for.
   */
  @GetMapping("/annex-a")
  public ResponseEntity<?> annexA(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return ManagersOnly.answer(engine, RETURNS, manager -> {
      LocalDate last;
      LocalDate first;
      try {
        last = blank(to) ? WorkingDayCalendar.today() : LocalDate.parse(to.trim());
        first = blank(from) ? last.minusMonths(ANNEX_A_MONTHS).plusDays(1) : LocalDate.parse(from.trim());
      } catch (DateTimeParseException notADay) {
        return badRequest("from and to are days written as year-month-day, such as 2026-10-01, not \""
            + notADay.getParsedString() + "\"");
      }
      if (first.isAfter(last)) {
        return badRequest("from (" + first + ") is after to (" + last + "): the period must start on or before the day it ends");
      }
      if (first.plusMonths(ANNEX_A_LONGEST_MONTHS).isBefore(last)) {
        return badRequest("from " + first + " to " + last + " is longer than Annex A asks for: at most "
            + ANNEX_A_LONGEST_MONTHS + " months");
      }
      List<AnnexAList> lists = annexA.lists(first, last);
      Collection<String> children = new LinkedHashSet<>();
      lists.forEach(list -> list.rows().forEach(row -> children.add(row.caseReference())));
      audit(manager, children, RecordAccessLog.Way.ANNEX_A, "Ofsted Annex A " + first + " to " + last);
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(AnnexAWorkbook.MEDIA_TYPE))
          .header("Content-Disposition", "attachment; filename=\"annex-a-" + first + "-to-" + last + ".xlsx\"")
          .body(AnnexAWorkbook.write(lists));
    });
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static ResponseEntity<?> badRequest(String message) {
    return ResponseEntity.badRequest().body(Map.of("message", message));
  }

  private static Optional<CensusYear> collectionYear(int year) {
    try {
      return Optional.of(new CensusYear(year));
    } catch (IllegalArgumentException notAYear) {
      return Optional.empty();
    }
  }

  private static ResponseEntity<?> notAYear(int year) {
    return badRequest("year is the first year of a collection, such as 2026 for 1 April 2026 to 31 March 2027, not " + year);
  }

  private static List<String> caseReferences(List<CinCensusChild> children) {
    return children.stream().map(CinCensusChild::caseReference).toList();
  }

  private static String census(CensusYear year) {
    return "children in need census " + year.year() + " to " + (year.year() + 1);
  }

  /** Each child of a return is one read in the child's access log, saying which return. */
  private void audit(SignedIn manager, Collection<String> caseReferences, RecordAccessLog.Way way, String detail) {
    if (caseReferences.isEmpty()) {
      return;
    }
    Map<String, String> reads = new LinkedHashMap<>();
    caseReferences.forEach(caseReference -> reads.put(caseReference, detail));
    accessLog.recordAll(manager.userId(), reads, way, null);
  }
}
