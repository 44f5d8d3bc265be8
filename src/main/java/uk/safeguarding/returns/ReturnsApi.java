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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.RecordAccessLog;
import uk.safeguarding.identity.ManagersOnly;
import uk.safeguarding.identity.SignedIn;

/**
 * The statutory returns for managers: the children in need census of a collection year as the DfE's
 * XML, its check against the DfE's rules, and Ofsted's Annex A lists for an inspection as a workbook. Each
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

  public ReturnsApi(ProcessEngine engine, CinCensusRecords records, CinCensusValidation validation, RecordAccessLog accessLog,
      AnnexALists annexA,
      @Value("${safeguarding.returns.la-number}") String laNumber,
      @Value("${safeguarding.returns.software-code:Safeguarding pathways}") String softwareCode,
      @Value("${safeguarding.returns.release:1}") String release) {
    this.engine = engine;
    this.records = records;
    this.validation = validation;
    this.accessLog = accessLog;
    this.source = new CinCensusXml.Source(laNumber, softwareCode, release);
    this.annexA = annexA;
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
