package uk.safeguarding.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The SSDA903 tables of a year as the DfE loads them: each a CSV with the DfE's column names, a row for each child
 * (Header, UASC, OC2, OC3), episode, review or missing episode; the tables no pathway fills yet are their heading row.
 */
class Ssda903TablesTest {

  static final CensusYear YEAR = Ssda903RulesTest.YEAR;

  static Map<String, String> tablesOf(List<Ssda903Child> children, List<Ssda903Child> careLeavers) throws Exception {
    Map<String, List<List<String>>> tables = Ssda903Tables.tables(YEAR, children);
    Ssda903Tables.addCareLeavers(tables, YEAR, careLeavers);
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Ssda903Tables.zip(tables)))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void eachTableIsACsvWithTheDfesColumnsAndARowForEachOfTheChildsRecords() throws Exception {
    Ssda903RulesTest.Child child = new Ssda903RulesTest.Child();
    Map<String, String> files = tablesOf(List.of(child.build()), List.of());

    assertThat(files.keySet()).containsExactly("Header.csv", "Episodes.csv", "Reviews.csv", "UASC.csv", "OC2.csv", "OC3.csv",
        "AD1.csv", "PlacedAdoption.csv", "PrevPerm.csv", "Missing.csv", "SWEpisodes.csv", "DoLo.csv");
    assertThat(files.get("Header.csv")).isEqualTo("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n"
        + "LAC0001,F,02/03/2014,WBRI,P201123456789,,\r\n");
    assertThat(files.get("Episodes.csv").split("\r\n")).containsExactly(
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
        "LAC0001,04/05/2026,S,C1,N1,U6,PR1,03/08/2026,X1,,M14 5RB,M1 1AE,",
        "LAC0001,03/08/2026,L,C2,N1,U6,PR1,02/11/2026,X1,CARPL,M14 5RB,M1 1AE,",
        "LAC0001,02/11/2026,P,C2,N1,U4,PR4,26/02/2027,E4A,,M14 5RB,M20 2LS,");
    assertThat(files.get("Reviews.csv").split("\r\n")).containsExactly("CHILD,DOB,REVIEW,REVIEW_CODE",
        "LAC0001,02/03/2014,01/06/2026,PN1", "LAC0001,02/03/2014,20/11/2026,PN1");
    assertThat(files.get("Missing.csv").split("\r\n")).containsExactly("CHILD,DOB,MISSING,MIS_START,MIS_END",
        "LAC0001,02/03/2014,M,01/12/2026,03/12/2026");
    assertThat(files.get("UASC.csv")).as("she is no unaccompanied asylum-seeking child").isEqualTo("CHILD,SEX,DOB,DUC\r\n");
    assertThat(files.get("OC2.csv")).as("looked after from May, not for the 12 months to 31 March")
        .startsWith("CHILD,DOB,SDQ_SCORE,").doesNotContain("LAC0001");
    assertThat(files.get("AD1.csv")).isEqualTo("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n");
    assertThat(files.get("PlacedAdoption.csv")).isEqualTo("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\r\n");
    assertThat(files.get("PrevPerm.csv")).isEqualTo("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\n");
    assertThat(files.get("SWEpisodes.csv")).isEqualTo("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n");
    assertThat(files.get("DoLo.csv")).isEqualTo("CHILD,DOB,DOLO_START,DOLO_END\r\n");
  }

  @Test
  void aChildInCareAllYearIsInOc2AnUnaccompaniedChildInUascWithTheDayHerStatusCeasesAndACareLeaverInOc3() throws Exception {
    Ssda903Child allYear = new Ssda903Child("LAC-0002", "LAC0002", "M", Ssda903RulesTest.day("2009-01-10"), "BAFR", null, true,
        List.of(Ssda903RulesTest.episode("2025-02-01", "S", "V2", "K2", "PR4", "M1 1AE", "2025-09-01", "X1", "CARPL"),
            Ssda903RulesTest.episode("2025-09-01", "P", "V2", "U6", "PR1", "M20 2LS", null, null, null)),
        List.of(), List.of(), false, new Ssda903Child.Health(true, 14));
    Ssda903Child careLeaver = new Ssda903Child("LAC-0003", "LAC0003", "F", Ssda903RulesTest.day("2007-02-20"), "WBRI", null, false,
        List.of(), List.of(), List.of(), true, Ssda903Child.Health.NONE);
    Map<String, String> files = tablesOf(List.of(allYear), List.of(careLeaver));

    assertThat(files.get("OC2.csv").split("\r\n")).containsExactly(Ssda903Tables.COLUMNS.get("OC2").stream()
        .reduce((a, b) -> a + "," + b).orElseThrow(), "LAC0002,10/01/2009,14,,,,,,1,,,");
    assertThat(files.get("UASC.csv").split("\r\n")).as("UASC status ceases at 18, on 10 January 2027")
        .containsExactly("CHILD,SEX,DOB,DUC", "LAC0002,M,10/01/2009,10/01/2027");
    assertThat(files.get("OC3.csv").split("\r\n")).as("her 19th birthday is in the year")
        .containsExactly("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "LAC0003,20/02/2007,,,");
  }

  @Test
  void aCellWithACommaOrAQuoteIsQuotedByTheLibrary() {
    assertThat(Ssda903Tables.csv("DoLo", List.of(List.of("A,1", "say \"no\"", "", ""))))
        .isEqualTo("CHILD,DOB,DOLO_START,DOLO_END\r\n\"A,1\",\"say \"\"no\"\"\",,\r\n");
  }

  @Test
  void aPostcodeIsWrittenAsTheDfeWritesIt() {
    assertThat(Ssda903Tables.postcode("m205ls")).isEqualTo("M20 5LS");
    assertThat(Ssda903Tables.postcode("SW1A1AA")).isEqualTo("SW1A 1AA");
  }
}
