package uk.safeguarding.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.contract.CensusCodes;

/**
 * A small demo year (2025 to 2026, 16 children) run through the pathways on the engine clock: every answer
 * passes the gates, every pathway is reached, and each return comes out in one call with the year's
 * children and no rule of either return broken; a second run adds nothing, and the clock is the real one afterwards.
 */
@org.junit.jupiter.api.Tag("demoyear")
class DemoYearTest extends ProcessTestBase {

  static final int YEAR = 2025;
  static final int CHILDREN = 16;


  @Autowired
  DemoYear demoYear;
  @Autowired
  TestRestTemplate rest;

  @Test
  void aDemoYearGoesThroughEveryPathwayAndEachReturnPassesItsRules() throws Exception {
    long before = System.currentTimeMillis();
    DemoYear.Outcome outcome = demoYear.run(YEAR, CHILDREN, LocalDate.of(YEAR + 1, 3, 31));
    assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())).as("the real clock again")
        .isLessThan(60_000);
    assertThat(outcome.refusedWith()).as("every answer passes the gates").isEmpty();
    assertThat(outcome.tasksCompleted()).isGreaterThan(CHILDREN * 5);
    String prefix = DemoYear.casePrefix(YEAR);
    List<String> pathways = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyLike(prefix + "%").list().stream().map(p -> p.getProcessDefinitionKey()).distinct().toList();
    assertThat(pathways).as("every pathway has children").contains("Contact", "EarlyHelp", "ChildAndFamilyAssessment",
        "StrategyDiscussion", "Section47Enquiry", "InitialChildProtectionConference", "ChildProtectionPlan",
        "ReviewChildProtectionConference", "ChildInNeedPlan", "LookedAfterChild", "ProfessionalDisagreement", "LadoReferral",
        "ChildCase");

    ResponseEntity<String> census = rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/returns/cin-census?year=" + YEAR,
        String.class);
    assertThat(census.getStatusCode().value()).isEqualTo(200);
    List<String> children = all(census.getBody(), "<LAchildID>(DEMO" + YEAR + "\\d{4})</LAchildID>");
    assertThat(children).as("the year's referred children").hasSizeGreaterThan(CHILDREN / 2);
    for (String upn : all(census.getBody(), "<UPN>([^<]+)</UPN>")) {
      assertThat(upn.charAt(0)).as("a UPN that passes the check letter").isEqualTo(CensusCodes.upnCheckLetter(upn));
    }
    JsonNode checked = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/cin-census/validation?year=" + YEAR, JsonNode.class).getBody();
    // the year's children only: the suite's other tests leave children of their own in the same year
    List<String> broken = new ArrayList<>();
    checked.get("failures").forEach(failure -> {
      if (failure.get("caseReference").asText().startsWith(prefix)) {
        System.out.println("Demo year census: " + failure + " after " + engine.getHistoryService()
            .createHistoricProcessInstanceQuery().processInstanceBusinessKey(failure.get("caseReference").asText())
            .orderByProcessInstanceStartTime().asc().list().stream()
            .map(p -> p.getProcessDefinitionKey() + " " + p.getStartTime() + "-" + p.getEndTime()).toList());
        broken.add(failure.get("rule").asText());
      }
    });
    assertThat(broken).as("no census rule broken by the year's children").isEmpty();

    ResponseEntity<byte[]> annexA = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/annex-a?from=" + YEAR + "-04-01&to=" + (YEAR + 1) + "-03-31", byte[].class);
    assertThat(annexA.getStatusCode().value()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annexA.getBody()))) {
      for (String list : List.of("List 1 - Contacts", "List 2 - Early help", "List 3 - Referrals", "List 4 - Assessments",
          "List 5 - Section 47", "List 6 - Children in need", "List 7 - Child protection", "List 8 - Children in care")) {
        assertThat(demoRows(workbook, list, prefix)).as(list + " holds the year's children").isPositive();
      }
    }

    ResponseEntity<byte[]> ssda903 = rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/returns/ssda903?year=" + YEAR,
        byte[].class);
    assertThat(ssda903.getStatusCode().value()).isEqualTo(200);
    assertThat(zipEntry(ssda903.getBody(), "Episodes.csv")).as("the year's looked after children have episodes")
        .contains("DEMO" + YEAR);
    JsonNode checked903 = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/ssda903/validation?year=" + YEAR, JsonNode.class).getBody();
    List<String> broken903 = new ArrayList<>();
    checked903.get("failures").forEach(failure -> {
      if (failure.get("caseReference").asText().startsWith(prefix)) {
        System.out.println("Demo year SSDA903: " + failure);
        broken903.add(failure.get("rule").asText());
      }
    });
    assertThat(broken903).as("no SSDA903 rule broken by the year's looked after children").isEmpty();

    long started = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "%")
        .count();
    assertThat(demoYear.run(YEAR, CHILDREN, LocalDate.of(YEAR + 1, 3, 31)).alreadyDone()).isTrue();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "%")
        .count()).as("a second run makes no second year").isEqualTo(started);
    System.out.println("Demo year test: " + outcome.tasksCompleted() + " tasks in " + (System.currentTimeMillis() - before) + " ms");
  }

  private static String zipEntry(byte[] zip, String name) throws java.io.IOException {
    try (java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      for (java.util.zip.ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("the SSDA903 zip has no " + name);
  }

  private static List<String> all(String text, String pattern) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** The rows of a list that are the year's children (the sheet whose name starts with {@code list}). */
  private static int demoRows(XSSFWorkbook workbook, String list, String prefix) {
    Sheet sheet = null;
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (workbook.getSheetName(i).startsWith(list)) {
        sheet = workbook.getSheetAt(i);
      }
    }
    assertThat(sheet).as(list).isNotNull();
    int rows = 0;
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith(prefix)) {
        rows++;
      }
    }
    return rows;
  }
}
