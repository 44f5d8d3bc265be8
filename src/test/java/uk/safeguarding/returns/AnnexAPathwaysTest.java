package uk.safeguarding.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.earlyhelp.EarlyHelpProcess;
import uk.safeguarding.lookedafter.LookedAfterScenario;

/**
 * Ofsted's Annex A workbook from the pathways on the engine clock: the census's two children (one assessed
 * and closed, one on a child protection plan), a child offered early help and a child who became looked
 * after, downloaded over REST by a manager and opened with POI as an inspector would, each child in the
 * lists of their own work with the days it happened.
 */
class AnnexAPathwaysTest extends ReturnsPathwaysTestBase {

  static final String PERIOD = "/api/returns/annex-a?from=2026-10-01&to=2027-01-05";

  /** An offer of early help from the early help team on Tuesday 15 December 2026. */
  private String offeredEarlyHelp() {
    String caseReference = uniqueCaseReference();
    clockAt("2026-12-15T10:00");
    Map<String, Object> offer = new HashMap<>(Map.of("caseReference", caseReference, "childName", "Amy Test",
        "childDateOfBirth", "2016-05-04", "householdMembers", "Mother Jo Test",
        "earlyHelpReason", "Amy often arrives late and hungry; mother asks for help with routines."));
    as("erin", "early-help", () -> engine.getRuntimeService().startProcessInstanceByKey(EarlyHelpProcess.KEY, offer));
    return caseReference;
  }

  /** A child looked after from Monday 14 December 2026, on an interim care order, in foster care. */
  private String lookedAfter() {
    String caseReference = uniqueCaseReference();
    clockAt("2026-12-14T10:00");
    LookedAfterScenario child = new LookedAfterScenario(engine, breachReviews, caseReference);
    child.start(child.becameLookedAfter("2012-05-01", "2026-12-14"));
    return caseReference;
  }

  @Test
  void annexA_eachChildIsInTheListsOfTheirWorkWithItsDaysAsExcelDates() throws Exception {
    String assessed = referredAndAssessed();
    closedAfterAssessment(assessed);
    String onAPlan = onAPlan();
    String earlyHelp = offeredEarlyHelp();
    String inCare = lookedAfter();
    clockAt("2027-01-05T09:00");

    ResponseEntity<byte[]> download = rest.withBasicAuth("tom", "tom-demo").getForEntity(PERIOD, byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getHeaders().getContentType().toString()).isEqualTo(AnnexAWorkbook.MEDIA_TYPE);
    assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("annex-a-2026-10-01-to-2027-01-05.xlsx");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(9);
      Sheet contacts = workbook.getSheet("List 1 - Contacts");
      assertThat(workbook.getFontAt(contacts.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .as("the headings in bold").isTrue();
      assertThat(contacts.getPaneInformation().isFreezePane()).isTrue();
      assertThat(contacts.getPaneInformation().getHorizontalSplitTopRow()).as("the heading row stays in view").isEqualTo((short) 1);

      Map<String, Object> contact = only(contacts, assessed);
      assertThat(contact).containsEntry("Date of Contact", LocalDate.of(2026, 12, 9)).containsEntry("Contact Source", "2A")
          .containsEntry("Gender", "b) Female").containsEntry("Ethnicity", "WIRI")
          .containsEntry("Date of Birth", LocalDate.of(2014, 3, 2)).containsEntry("Age of Child (Years)", 12.0);
      Cell day = cell(contacts, assessed, "Date of Contact");
      assertThat(DateUtil.isCellDateFormatted(day)).as("a real Excel date").isTrue();
      assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");

      assertThat(only(workbook.getSheet("List 2 - Early help"), earlyHelp))
          .containsEntry("Assessment start date", LocalDate.of(2026, 12, 15));

      assertThat(only(workbook.getSheet("List 3 - Referrals"), assessed)).containsEntry("Date of referral", LocalDate.of(2026, 12, 9))
          .containsEntry("Referral Source", "2A").containsEntry("Number of Referrals in Last 12 Months", 1.0);
      assertThat(only(workbook.getSheet("List 3 - Referrals"), onAPlan)).containsEntry("Date of referral", LocalDate.of(2026, 12, 9));

      assertThat(only(workbook.getSheet("List 4 - Assessments"), assessed))
          .containsEntry("Continuous Assessment Start Date", LocalDate.of(2026, 12, 10))
          .containsEntry("Continuous Assessment Date of Authorisation", LocalDate.of(2026, 12, 18))
          .containsEntry("Child Seen During Continuous Assessment", "a) Yes")
          .containsEntry("Was the child assessed as requiring LA children's social care support", "b) No")
          .containsEntry("Does the Child have a Disability", "b) No");

      Sheet enquiries = workbook.getSheet("List 5 - Section 47 and ICPC");
      assertThat(rowsOf(enquiries, assessed)).isEmpty();
      assertThat(only(enquiries, onAPlan))
          .containsEntry("Strategy discussion initiating Section 47 Enquiry Start Date", LocalDate.of(2026, 12, 9))
          .containsEntry("Date of Initial Child Protection Conference", LocalDate.of(2027, 1, 4))
          .containsEntry("Was an Initial Child Protection Conference deemed unnecessary?", "b) No")
          .containsEntry("Did the Initial Child Protection Conference Result in a Child Protection Plan", "a) Yes")
          .containsEntry("Number of Section 47 Enquiries in the last 12 months", 1.0);

      Sheet inNeed = workbook.getSheet("List 6 - Children in need");
      assertThat(only(inNeed, assessed)).containsEntry("CIN Start Date", LocalDate.of(2026, 12, 9))
          .containsEntry("Primary Need Code", "N4").containsEntry("CIN Closure Date", LocalDate.of(2026, 12, 21))
          .containsEntry("Reason for Closure", "RC8").containsEntry("Case status", "e) Closed episode");
      assertThat(only(inNeed, onAPlan)).containsEntry("Case status", "b) Child Protection plan");
      assertThat(rowsOf(inNeed, earlyHelp)).as("early help alone is no referral").isEmpty();

      Sheet protection = workbook.getSheet("List 7 - Child protection");
      assertThat(rowsOf(protection, assessed)).isEmpty();
      assertThat(only(protection, onAPlan)).containsEntry("Child Protection Plan Start Date", LocalDate.of(2027, 1, 4))
          .containsEntry("Initial Category of Abuse", "PHY").containsEntry("Latest Category of Abuse", "PHY")
          .containsEntry("Number of Previous Child Protection Plans", 0.0).doesNotContainKey("Child Protection Plan End Date");

      Sheet inCareList = workbook.getSheet("List 8 - Children in care");
      assertThat(only(inCareList, inCare)).containsEntry("Date Started to be Looked After", LocalDate.of(2026, 12, 14))
          .containsEntry("Child's Legal Status", "C1").containsEntry("Placement Type", "U6")
          .containsEntry("Start Date of Most Recent Placement", LocalDate.of(2026, 12, 14))
          .containsEntry("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", "b) No");
      assertThat(rowsOf(inCareList, onAPlan)).isEmpty();
      assertThat(rowsOf(workbook.getSheet("List 9 - Care leavers"), inCare)).as("still in care").isEmpty();
    }

    // Every child in the workbook is a read in the child's access log.
    for (String child : List.of(assessed, onAPlan, earlyHelp, inCare)) {
      assertThat(jdbc.queryForList("select way from sg_record_access where case_reference = ? and read_by = 'tom'",
          String.class, child).stream().collect(Collectors.toSet())).as(child).containsExactly("annex-a");
    }

    // A period that ended before the contact came does not hold it.
    ResponseEntity<byte[]> before = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/annex-a?from=2026-06-01&to=2026-11-30", byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(before.getBody()))) {
      assertThat(rowsOf(workbook.getSheet("List 1 - Contacts"), assessed)).isEmpty();
      assertThat(rowsOf(workbook.getSheet("List 6 - Children in need"), assessed)).isEmpty();
    }
  }

  /** Looked after from 14 December 2026 at 17; her 18th birthday, Sunday 20 December, ends her time in care. */
  @Test
  void annexA_aYoungPersonWhoLeftCareAt18HasCeasedToBeLookedAfterAndIsACareLeaver() throws Exception {
    String caseReference = uniqueCaseReference();
    clockAt("2026-12-14T10:00");
    LookedAfterScenario child = new LookedAfterScenario(engine, breachReviews, caseReference);
    ProcessInstance inCare = child.start(child.becameLookedAfter("2008-12-20", "2026-12-14"));
    clockAt("2026-12-20T09:00");
    engine.getManagementService().executeJob(timer(inCare.getId(), "EighteenthBirthday").getId());
    clockAt("2027-01-05T09:00");

    ResponseEntity<byte[]> download = rest.withBasicAuth("tom", "tom-demo").getForEntity(PERIOD, byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getBody()))) {
      assertThat(only(workbook.getSheet("List 8 - Children in care"), caseReference))
          .containsEntry("Date Started to be Looked After", LocalDate.of(2026, 12, 14))
          .containsEntry("Date Ceased to be Looked After", LocalDate.of(2026, 12, 20))
          .containsEntry("Reason Ceased to be Looked After", "E8");
      assertThat(only(workbook.getSheet("List 9 - Care leavers"), caseReference))
          .containsEntry("Age of Child (Years)", 18.0).containsEntry("Date of Birth", LocalDate.of(2008, 12, 20));
    }
    ResponseEntity<byte[]> beforeHerBirthday = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/annex-a?from=2026-12-01&to=2026-12-19", byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(beforeHerBirthday.getBody()))) {
      assertThat(rowsOf(workbook.getSheet("List 9 - Care leavers"), caseReference)).as("still in care then").isEmpty();
      assertThat(only(workbook.getSheet("List 8 - Children in care"), caseReference))
          .doesNotContainKey("Date Ceased to be Looked After");
    }
  }

  @Test
  void annexA_isForManagersAndAPeriodThatIsNoneIsRefusedSayingWhy() {
    assertThat(rest.getForEntity(PERIOD, String.class).getStatusCode().value()).as("nobody signed in").isEqualTo(401);
    ResponseEntity<JsonNode> police = rest.withBasicAuth("paul", "paul-demo").getForEntity(PERIOD, JsonNode.class);
    assertThat(police.getStatusCode().value()).as("a police officer").isEqualTo(403);
    assertThat(police.getBody().get("message").asText()).contains("team and service managers");

    ResponseEntity<JsonNode> backwards = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/annex-a?from=2027-01-05&to=2026-10-01", JsonNode.class);
    assertThat(backwards.getStatusCode().value()).isEqualTo(400);
    assertThat(backwards.getBody().get("message").asText()).contains("from (2027-01-05) is after to (2026-10-01)");
    ResponseEntity<JsonNode> notADay = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/annex-a?from=2026-13-01", JsonNode.class);
    assertThat(notADay.getStatusCode().value()).isEqualTo(400);
    assertThat(notADay.getBody().get("message").asText()).contains("2026-13-01").contains("year-month-day");
    assertThat(rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/returns/annex-a?from=2020-01-01&to=2027-01-05",
        JsonNode.class).getStatusCode().value()).as("longer than any inspection asks").isEqualTo(400);

    clockAt("2027-01-05T09:00");
    ResponseEntity<byte[]> byDefault = rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/returns/annex-a", byte[].class);
    assertThat(byDefault.getStatusCode().value()).isEqualTo(200);
    assertThat(byDefault.getHeaders().getContentDisposition().getFilename())
        .as("the six months to today").isEqualTo("annex-a-2026-07-06-to-2027-01-05.xlsx");
  }

  /** The rows of {@code child} in a list, each as heading to value (a date cell as its day); empty cells left out. */
  private static List<Map<String, Object>> rowsOf(Sheet sheet, String child) {
    Row headings = sheet.getRow(0);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int number = 1; number <= sheet.getLastRowNum(); number++) {
      Row row = sheet.getRow(number);
      if (!child.equals(row.getCell(0).getStringCellValue())) {
        continue;
      }
      Map<String, Object> values = new HashMap<>();
      for (Cell cell : row) {
        String heading = headings.getCell(cell.getColumnIndex()).getStringCellValue();
        if (cell.getCellType() == CellType.NUMERIC) {
          values.put(heading, DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
              : cell.getNumericCellValue());
        } else if (cell.getCellType() == CellType.STRING) {
          values.put(heading, cell.getStringCellValue());
        }
      }
      rows.add(values);
    }
    return rows;
  }

  private static Map<String, Object> only(Sheet sheet, String child) {
    List<Map<String, Object>> rows = rowsOf(sheet, child);
    assertThat(rows).as(sheet.getSheetName() + " holds one row of " + child).hasSize(1);
    return rows.get(0);
  }

  private static Cell cell(Sheet sheet, String child, String heading) {
    Row headings = sheet.getRow(0);
    int column = 0;
    while (!headings.getCell(column).getStringCellValue().equals(heading)) {
      column++;
    }
    for (int number = 1; number <= sheet.getLastRowNum(); number++) {
      if (child.equals(sheet.getRow(number).getCell(0).getStringCellValue())) {
        return sheet.getRow(number).getCell(column);
      }
    }
    throw new AssertionError(child + " is not in " + sheet.getSheetName());
  }
}
