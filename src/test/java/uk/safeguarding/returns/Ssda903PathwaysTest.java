package uk.safeguarding.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.safeguarding.lookedafter.LookedAfterScenario;
import uk.safeguarding.lookedafter.OldWordsToSsda903Codes;

/**
 * The SSDA903 return from the looked after pathway on the engine clock: a child comes into care, her legal status
 * changes, she moves, goes missing, is reviewed and goes home, each recorded in the pathway's own forms with the
 * DfE's codes (and anything else refused on the server); a manager downloads the tables over REST and checks them,
 * and the check names exactly what the pathway has not recorded for her.
 */
class Ssda903PathwaysTest extends ReturnsPathwaysTestBase {

  static final String YEAR_2026 = "?year=2026";

  /** The day Mia's first review was set for and held. */
  private String reviewDay;

  private static Map<String, Object> change(String kind, String description) {
    return new HashMap<>(Map.of("changeKind", kind, "changeDescription", description));
  }

  /**
   * Mia (born 1 May 2012) is looked after from Monday 14 December 2026 on an interim care order with foster carers
   * (C1, U6, own provision); her first review on the day it is set; a care order from Monday 18 January 2027 (L); a
   * move to long-term foster carers on Monday 1 February when hers gave notice (P, CREQO); missing on 13 and 14
   * February (M); home to her mother on Monday 1 March (E4A).
   */
  private String miasYearInCare() {
    String caseReference = uniqueCaseReference();
    clockAt("2026-12-14T10:00");
    LookedAfterScenario mia = new LookedAfterScenario(engine, breachReviews, caseReference);
    Map<String, Object> inWords = mia.becameLookedAfter("2012-05-01", "2026-12-14");
    inWords.put("legalStatus", "interimCareOrder");
    assertThatThrownBy(() -> mia.start(inWords)).as("the SSDA903 codes only, refused on the server")
        .hasMessageContaining("legalStatus");
    Map<String, Object> temporary = mia.becameLookedAfter("2012-05-01", "2026-12-14");
    temporary.put("placementType", "T4");
    temporary.remove("placementPostcode");
    assertThatThrownBy(() -> mia.start(temporary))
        .hasMessageContaining("LAC-03 placementType: a period of care cannot start with a temporary placement (SSDA903 rule 380)")
        .hasMessageContaining("LAC-03 placementPostcode");
    Map<String, Object> noNeed = mia.becameLookedAfter("2012-05-01", "2026-12-14");
    noNeed.remove("primaryNeed");
    assertThatThrownBy(() -> mia.start(noNeed)).as("the category of need, asked when care starts (SSDA903 CIN)")
        .hasMessageContaining("LAC-01 primaryNeed");
    // No referral before: coming into care is her referral, and the police brought her (the census's source 6)
    Map<String, Object> start = mia.becameLookedAfter("2012-05-01", "2026-12-14");
    start.put("referralSource", "6");
    mia.start(start);

    mia.complete(mia.task("AllocateIro"));
    mia.complete(mia.task("ScheduleReview"));
    Task hold = mia.task("HoldReview");
    reviewDay = (String) engine.getTaskService().getVariable(hold.getId(), "reviewDate");
    clockAt(reviewDay + "T14:00");
    Map<String, Object> review = mia.answers(hold);
    review.put("childParticipation", "PN0");
    assertThatThrownBy(() -> engine.getTaskService().complete(hold.getId(), review))
        .hasMessageContaining("LAC-07 childParticipation: PN0 is for a child under 4; the child was 4 or over on the day of the"
            + " review (SSDA903 rule 440)");
    review.put("childParticipation", "PN1");
    engine.getTaskService().complete(hold.getId(), review);

    clockAt("2027-01-18T16:00");
    Map<String, Object> careOrder = change("legalStatusChanged", "The court made a full care order");
    careOrder.put("eventOn", "2027-01-18");
    careOrder.put("newLegalStatus", "C1");
    assertThatThrownBy(() -> mia.report(careOrder))
        .hasMessageContaining("LAC-02 newLegalStatus: is the child's legal status already (C1)");
    careOrder.put("newLegalStatus", "C2");
    mia.report(careOrder);

    clockAt("2027-02-01T17:00");
    Map<String, Object> move = change("placementEnded", "The foster carers gave notice; Mia moves to long-term carers");
    move.putAll(Map.of("eventOn", "2027-02-01", "newPlacementStartDate", "2027-02-01", "newPlacementType", "U4",
        "newPlacementLongTerm", true, "newPlacementProvider", "PR4", "newPlacementPostcode", "m20 2ls",
        "reasonForNewEpisode", "L"));
    assertThatThrownBy(() -> mia.report(move)).hasMessageContaining("LAC-10 reasonForNewEpisode")
        .hasMessageContaining("LAC-10 reasonPlaceChange");
    move.put("reasonForNewEpisode", "P");
    move.put("reasonPlaceChange", "CREQO");
    mia.report(move);

    clockAt("2027-02-15T09:00");
    Map<String, Object> missing = change("unplannedEvent", "Mia did not come home from school; found at a friend's");
    missing.putAll(Map.of("eventOn", "2027-02-13", "missingType", "M", "missingEndedOn", "2027-02-12"));
    assertThatThrownBy(() -> mia.report(missing)).hasMessageContaining("SSDA903 rule 567");
    missing.put("missingEndedOn", "2027-02-14");
    mia.report(missing);

    clockAt("2027-03-01T15:00");
    Map<String, Object> home = change("leftCare", "Mia goes home to her mother");
    home.putAll(Map.of("leftCareOn", "2027-03-01", "leftCareReason", "returnedHome"));
    assertThatThrownBy(() -> mia.report(home)).hasMessageContaining("leftCareReason");
    home.put("leftCareReason", "E4A");
    mia.report(home);
    return caseReference;
  }

  private Map<String, String> download(String path) throws Exception {
    ResponseEntity<byte[]> zip = rest.withBasicAuth("tom", "tom-demo").getForEntity(path, byte[].class);
    assertThat(zip.getStatusCode().value()).isEqualTo(200);
    assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("ssda903-2026.zip");
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getBody()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void ssda903_aYearInCareIsItsEpisodesReviewAndMissingEpisodeAndTheCheckNamesWhatWasNotRecorded() throws Exception {
    String caseReference = miasYearInCare();
    String child = CinCensusRecords.laChildId(caseReference);
    Map<String, String> files = download("/api/returns/ssda903" + YEAR_2026);

    assertThat(files.keySet()).hasSize(12).contains("Header.csv", "Episodes.csv", "AD1.csv", "SWEpisodes.csv");
    assertThat(files.get("Episodes.csv").split("\r\n")).contains(
        child + ",14/12/2026,S,C1,N1,U6,PR1,18/01/2027,X1,,M14 5RB,M1 1AE,",
        child + ",18/01/2027,L,C2,N1,U6,PR1,01/02/2027,X1,CREQO,M14 5RB,M1 1AE,",
        child + ",01/02/2027,P,C2,N1,U4,PR4,01/03/2027,E4A,,M14 5RB,M20 2LS,");
    assertThat(files.get("Reviews.csv")).contains(child + ",01/05/2012," + Ssda903Tables.day(java.time.LocalDate.parse(reviewDay))
        + ",PN1");
    assertThat(files.get("Missing.csv")).contains(child + ",01/05/2012,M,13/02/2027,14/02/2027");
    assertThat(files.get("Header.csv")).contains(child + ",,01/05/2012,,,,");

    ResponseEntity<String> episodes = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/ssda903/Episodes.csv" + YEAR_2026, String.class);
    assertThat(episodes.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(episodes.getBody()).isEqualTo(files.get("Episodes.csv"));

    // What the pathway did not record for her: no sex, ethnicity or UPN (no contact, no first visit); her category of
    // need is the one said when care began. Each with the DfE's number and message, and where it is put right.
    JsonNode check = rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/returns/ssda903/validation" + YEAR_2026,
        JsonNode.class).getBody();
    assertThat(check.get("rulesChecked")).hasSizeGreaterThan(60);
    List<JsonNode> hers = new java.util.ArrayList<>();
    check.get("failures").forEach(failure -> {
      if (failure.get("caseReference").asText().equals(caseReference)) {
        hers.add(failure);
      }
    });
    assertThat(hers).extracting(failure -> failure.get("rule").asText()).containsExactlyInAnyOrder("101", "103", "442");
    assertThat(hers).filteredOn(failure -> failure.get("rule").asText().equals("442")).first()
        .satisfies(failure -> {
          assertThat(failure.get("message").asText()).isEqualTo("Unique Pupil Number (UPN) field is not completed.");
          assertThat(failure.get("fixedAt").asText()).startsWith("the child's sex, ethnicity, disability and UPN");
        });

    // The census: coming into care was her referral, from the police, and her primary need the one said then
    CinCensusChild.Episode episode = records.children(new CensusYear(2026)).stream()
        .filter(one -> one.caseReference().equals(caseReference)).findFirst().orElseThrow().episodes().get(0);
    assertThat(episode.referralDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 14));
    assertThat(episode.referralSource()).isEqualTo("6");
    assertThat(episode.primaryNeed()).isEqualTo("N1");

    assertThat(jdbc.queryForList("select way from sg_record_access where case_reference = ? and read_by = 'tom'", String.class,
        caseReference)).as("each read of the return is in her access log").contains("ssda903", "ssda903-check");
  }

  /**
   * Leo came into care on Monday 2 November 2026, before the pathway recorded the DfE's codes: his case holds the words
   * the forms offered then (an interim care order, foster care meant to last), as an old installation stored them. V23
   * turns them into their codes in the running case and its history, so the return reports C1 and U4; run again, it
   * changes nothing.
   */
  @Test
  void ssda903_aCaseStartedBeforeTheCodesIsReportedInCodesOnceItsWordsAreMigrated() throws Exception {
    String caseReference = uniqueCaseReference();
    clockAt("2026-11-02T10:00");
    LookedAfterScenario leo = new LookedAfterScenario(engine, breachReviews, caseReference);
    org.camunda.bpm.engine.runtime.ProcessInstance care = leo.start(leo.becameLookedAfter("2014-03-01", "2026-11-02"));
    String ofHisCase = " where name_ = ? and proc_inst_id_ in (select id_ from act_hi_procinst where business_key_ = ?)";
    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
      jdbc.update("update " + table + " set text_ = 'interimCareOrder'" + ofHisCase, "legalStatus", caseReference);
      jdbc.update("update " + table + " set text_ = 'fosterCare'" + ofHisCase, "placementType", caseReference);
    }
    String child = CinCensusRecords.laChildId(caseReference);
    assertThat(download("/api/returns/ssda903" + YEAR_2026).get("Episodes.csv"))
        .as("the words, which the return cannot report").contains(child + ",02/11/2026,S,interimCareOrder,N1,fosterCare,");

    assertThat(jdbc.execute((java.sql.Connection connection) -> OldWordsToSsda903Codes.translate(connection)))
        .as("V23: his words, in every process of his case, running and in their history").isPositive();
    assertThat(jdbc.execute((java.sql.Connection connection) -> OldWordsToSsda903Codes.translate(connection)))
        .as("V23 again").isZero();

    assertThat(engine.getRuntimeService().getVariables(care.getId(), List.of("legalStatus", "placementType")))
        .as("the running case").containsEntry("legalStatus", "C1").containsEntry("placementType", "U4");
    assertThat(download("/api/returns/ssda903" + YEAR_2026).get("Episodes.csv").split("\r\n"))
        .as("the return, read from the history").contains(child + ",02/11/2026,S,C1,N1,U4,PR1,,,,M14 5RB,M1 1AE,");
  }

  @Test
  void ssda903_isForManagersOnlyAndSaysWhatIsWrongWithAQuestion() {
    assertThat(rest.getForEntity("/api/returns/ssda903" + YEAR_2026, String.class).getStatusCode().value())
        .as("nobody signed in").isEqualTo(401);
    assertThat(rest.withBasicAuth("paul", "paul-demo").getForEntity("/api/returns/ssda903/validation" + YEAR_2026, JsonNode.class)
        .getStatusCode().value()).as("a police officer").isEqualTo(403);
    ResponseEntity<JsonNode> notAYear = rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/returns/ssda903?year=1999",
        JsonNode.class);
    assertThat(notAYear.getStatusCode().value()).isEqualTo(400);
    ResponseEntity<JsonNode> noTable = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/ssda903/Adoptions.csv" + YEAR_2026, JsonNode.class);
    assertThat(noTable.getStatusCode().value()).isEqualTo(404);
    assertThat(noTable.getBody().get("message").asText()).contains("no table Adoptions").contains("Episodes");
  }
}
