package uk.safeguarding.returns;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
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
 * XML, and its check against the DfE's rules. Each is a read of every child in it, so each child is
 * one row of the record access log, as any read of a child's record is.
 */
@RestController
@RequestMapping("/api/returns")
public class ReturnsApi {

  private static final String RETURNS = "The statutory returns";

  private final ProcessEngine engine;
  private final CinCensusRecords records;
  private final CinCensusValidation validation;
  private final RecordAccessLog accessLog;
  private final CinCensusXml.Source source;

  public ReturnsApi(ProcessEngine engine, CinCensusRecords records, CinCensusValidation validation, RecordAccessLog accessLog,
      @Value("${safeguarding.returns.la-number}") String laNumber,
      @Value("${safeguarding.returns.software-code:Safeguarding pathways}") String softwareCode,
      @Value("${safeguarding.returns.release:1}") String release) {
    this.engine = engine;
    this.records = records;
    this.validation = validation;
    this.accessLog = accessLog;
    this.source = new CinCensusXml.Source(laNumber, softwareCode, release);
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
      audit(manager, children, RecordAccessLog.Way.CIN_CENSUS, censusYear.get());
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
      audit(manager, children, RecordAccessLog.Way.CIN_CENSUS_CHECK, censusYear);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("year", censusYear.start() + " to " + censusYear.end());
      answer.put("children", children.size());
      answer.put("rulesChecked", CinCensusRules.ALL.stream().map(CinCensusRule::number).toList());
      answer.put("failures", validation.failures(censusYear, children));
      return ResponseEntity.ok(answer);
    });
  }

  private static Optional<CensusYear> collectionYear(int year) {
    try {
      return Optional.of(new CensusYear(year));
    } catch (IllegalArgumentException notAYear) {
      return Optional.empty();
    }
  }

  private static ResponseEntity<?> notAYear(int year) {
    return ResponseEntity.badRequest().body(Map.of("message",
        "year is the first year of a collection, such as 2026 for 1 April 2026 to 31 March 2027, not " + year));
  }

  private void audit(SignedIn manager, List<CinCensusChild> children, RecordAccessLog.Way way, CensusYear year) {
    if (children.isEmpty()) {
      return;
    }
    Map<String, String> detail = new LinkedHashMap<>();
    children.forEach(child -> detail.put(child.caseReference(), "children in need census " + year.year() + " to " + (year.year() + 1)));
    accessLog.recordAll(manager.userId(), detail, way, null);
  }
}
