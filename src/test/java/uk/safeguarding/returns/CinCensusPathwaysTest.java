package uk.safeguarding.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Two children through the real pathways on the engine clock, then their census: one referred by
 * her school and assessed, one through a strategy discussion and section 47 enquiry to a conference
 * and a child protection plan. The XML has the DfE's structure and the codes recorded on the way;
 * the check names what is still missing and where it is put right; each read is in the access log.
 */
class CinCensusPathwaysTest extends ReturnsPathwaysTestBase {

  static final CensusYear YEAR = new CensusYear(2026);

  @Test
  void cinCensus_theXmlHoldsTheDfeStructureAndTheCodesRecordedInThePathways() throws Exception {
    String assessed = referredAndAssessed();
    closedAfterAssessment(assessed);
    String onAPlan = onAPlan();
    clockAt("2027-01-05T09:00");

    List<CinCensusChild> children = records.children(YEAR).stream()
        .filter(child -> Set.of(assessed, onAPlan).contains(child.caseReference())).toList();
    String xml = CinCensusXml.write(YEAR, new CinCensusXml.Source("999", "Safeguarding pathways", "1"),
        LocalDateTime.of(2027, 1, 5, 9, 0), children);
    Document message = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    XPath path = XPathFactory.newInstance().newXPath();

    assertThat(path.evaluate("/Message/Header/CollectionDetails/Collection", message)).isEqualTo("CIN");
    assertThat(path.evaluate("/Message/Header/CollectionDetails/ReferenceDate", message)).isEqualTo("2027-03-31");
    assertThat(path.evaluate("/Message/Header/Source/LEA", message)).isEqualTo("999");
    assertThat(path.evaluate("/Message/Header/Source/DateTime", message)).isEqualTo("2027-01-05T09:00:00");
    assertThat(((NodeList) path.evaluate("/Message/Children/Child", message, XPathConstants.NODESET)).getLength()).isEqualTo(2);

    String a = "/Message/Children/Child[ChildIdentifiers/LAchildID='" + CinCensusRecords.laChildId(assessed) + "']";
    assertThat(path.evaluate(a + "/ChildIdentifiers/UPN", message)).isEqualTo("P201123456789");
    assertThat(path.evaluate(a + "/ChildIdentifiers/PersonBirthDate", message)).isEqualTo("2014-03-02");
    assertThat(path.evaluate(a + "/ChildIdentifiers/Sex", message)).isEqualTo("F");
    assertThat(path.evaluate(a + "/ChildCharacteristics/Ethnicity", message)).as("the social worker's, written last").isEqualTo("WIRI");
    assertThat(path.evaluate(a + "/ChildCharacteristics/Disabilities/Disability", message)).isEqualTo("NONE");
    assertThat(path.evaluate(a + "/CINdetails/CINreferralDate", message)).as("the day the contact came").isEqualTo("2026-12-09");
    assertThat(path.evaluate(a + "/CINdetails/ReferralSource", message)).as("schools, from the referrer's agency").isEqualTo("2A");
    assertThat(path.evaluate(a + "/CINdetails/PrimaryNeedCode", message)).isEqualTo("N4");
    assertThat(path.evaluate(a + "/CINdetails/ReferralNFA", message)).isEqualTo("0");
    assertThat(path.evaluate(a + "/CINdetails/CINclosureDate", message)).isEqualTo("2026-12-21");
    assertThat(path.evaluate(a + "/CINdetails/ReasonForClosure", message)).isEqualTo("RC8");
    assertThat(path.evaluate(a + "/CINdetails/Assessments/AssessmentActualStartDate", message)).isEqualTo("2026-12-10");
    assertThat(path.evaluate(a + "/CINdetails/Assessments/AssessmentAuthorisationDate", message)).isEqualTo("2026-12-18");
    String factors = a + "/CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors";
    assertThat(List.of(path.evaluate(factors + "[1]", message), path.evaluate(factors + "[2]", message)))
        .containsExactly("4B", "16A");
    assertThat(path.evaluate("count(" + a + "/CINdetails/ChildProtectionPlans)", message)).isEqualTo("0");

    String p = "/Message/Children/Child[ChildIdentifiers/LAchildID='" + CinCensusRecords.laChildId(onAPlan) + "']/CINdetails";
    assertThat(path.evaluate(p + "/CINreferralDate", message)).as("the day the concern arose").isEqualTo("2026-12-09");
    assertThat(path.evaluate(p + "/ReferralSource", message)).as("schools, the discussion's referrer").isEqualTo("2A");
    assertThat(path.evaluate(p + "/PrimaryNeedCode", message)).as("said at the initial conference").isEqualTo("N1");
    assertThat(path.evaluate(p + "/Section47/S47ActualStartDate", message)).isEqualTo("2026-12-09");
    assertThat(path.evaluate(p + "/Section47/InitialCPCtarget", message)).isEqualTo("2027-01-04");
    assertThat(path.evaluate(p + "/Section47/DateOfInitialCPC", message)).isEqualTo("2027-01-04");
    assertThat(path.evaluate(p + "/Section47/ICPCnotRequired", message)).isEqualTo("false");
    assertThat(path.evaluate(p + "/ChildProtectionPlans/CPPstartDate", message)).isEqualTo("2027-01-04");
    assertThat(path.evaluate(p + "/ChildProtectionPlans/InitialCategoryOfAbuse", message)).isEqualTo("PHY");
    assertThat(path.evaluate(p + "/ChildProtectionPlans/LatestCategoryOfAbuse", message)).isEqualTo("PHY");
    assertThat(path.evaluate(p + "/ChildProtectionPlans/NumberOfPreviousCPP", message)).isEqualTo("0");
    assertThat(path.evaluate("count(" + p + "/ChildProtectionPlans/CPPendDate)", message)).as("the plan is open").isEqualTo("0");

    // The check all year round: the assessed child keeps every rule; the child on a plan was never asked her
    // characteristics (no contact, no assessment), and the page says where they are put right; her enquiry with no
    // assessment on the episode is the DfE's query 2991Q (a reason is given, or an assessment recorded).
    List<CinCensusValidation.Failure> failures = validation.failures(YEAR, children);
    assertThat(failures).noneMatch(failure -> failure.caseReference().equals(assessed));
    assertThat(failures).extracting(CinCensusValidation.Failure::rule).containsExactlyInAnyOrder("4180", "4220", "8540", "2991Q");
    assertThat(failures).allSatisfy(failure -> assertThat(failure.link()).isIn(
        "/child-case.html?case=" + onAPlan, failure.link().startsWith("/camunda/app/tasklist/") ? failure.link() : ""));
  }

  @Test
  void cinCensus_isForManagersOverRestAndEveryChildInItIsAReadInTheAccessLog() {
    String assessed = referredAndAssessed();

    assertThat(rest.getForEntity("/api/returns/cin-census?year=2026", String.class).getStatusCode().value())
        .as("nobody signed in").isEqualTo(401);
    assertThat(rest.withBasicAuth("sarah", "sarah-demo").getForEntity("/api/returns/cin-census?year=2026", String.class)
        .getStatusCode().value()).as("a social worker").isEqualTo(403);
    ResponseEntity<String> census = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/cin-census?year=2026", String.class);
    assertThat(census.getStatusCode().value()).isEqualTo(200);
    assertThat(census.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
    assertThat(census.getBody()).contains("<LAchildID>" + CinCensusRecords.laChildId(assessed) + "</LAchildID>");
    ResponseEntity<JsonNode> checked = rest.withBasicAuth("tom", "tom-demo")
        .getForEntity("/api/returns/cin-census/validation?year=2026", JsonNode.class);
    assertThat(checked.getStatusCode().value()).isEqualTo(200);
    assertThat(checked.getBody().get("rulesChecked")).hasSize(CinCensusRules.ALL.size());
    assertThat(rest.withBasicAuth("tom", "tom-demo").getForEntity("/api/returns/cin-census?year=26", JsonNode.class)
        .getStatusCode().value()).as("not a collection year").isEqualTo(400);

    assertThat(jdbc.queryForList("select way from sg_record_access where case_reference = ? and read_by = 'tom'",
        String.class, assessed).stream().collect(Collectors.toSet())).containsExactlyInAnyOrder("cin-census", "cin-census-check");
  }
}
