package uk.safeguarding.returns;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.safeguarding.contract.CensusCodes;

/**
 * The children in need census as the DfE's XML message (Header; Children/Child with ChildIdentifiers,
 * ChildCharacteristics, CINdetails with Assessments, CINPlanDates, Section47 and ChildProtectionPlans
 * with Reviews), written with the JDK's StAX writer so every value is escaped as XML needs.
 */
public final class CinCensusXml {

  /** The local authority's DfE number and the software's name, for the header. */
  public record Source(String lea, String softwareCode, String release) {}

  private CinCensusXml() {}

  public static String write(CensusYear year, Source source, LocalDateTime madeAt, List<CinCensusChild> children) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("Message");
      header(xml, year, source, madeAt);
      xml.writeStartElement("Children");
      for (CinCensusChild child : children) {
        child(xml, child);
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the census XML could not be written", e);
    }
    return out.toString();
  }

  private static void header(XMLStreamWriter xml, CensusYear year, Source source, LocalDateTime madeAt)
      throws XMLStreamException {
    xml.writeStartElement("Header");
    xml.writeStartElement("CollectionDetails");
    element(xml, "Collection", "CIN");
    element(xml, "Year", String.valueOf(year.year() + 1));
    element(xml, "ReferenceDate", year.end());
    xml.writeEndElement();
    xml.writeStartElement("Source");
    element(xml, "SourceLevel", "L");
    element(xml, "LEA", source.lea());
    element(xml, "SoftwareCode", source.softwareCode());
    element(xml, "Release", source.release());
    element(xml, "SerialNo", "001");
    element(xml, "DateTime", madeAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void child(XMLStreamWriter xml, CinCensusChild child) throws XMLStreamException {
    xml.writeStartElement("Child");
    xml.writeStartElement("ChildIdentifiers");
    element(xml, "LAchildID", child.laChildId());
    // a reason the child has no UPN goes in UPNunknown, in the UPN's place
    boolean unknown = CensusCodes.upnUnknown(child.upn());
    element(xml, "UPN", unknown ? null : child.upn());
    element(xml, "UPNunknown", unknown ? child.upn() : null);
    element(xml, "PersonBirthDate", child.birthDate());
    element(xml, "Sex", child.sex());
    xml.writeEndElement();
    xml.writeStartElement("ChildCharacteristics");
    element(xml, "Ethnicity", child.ethnicity());
    if (!child.disabilities().isEmpty()) {
      xml.writeStartElement("Disabilities");
      for (String disability : child.disabilities()) {
        element(xml, "Disability", disability);
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    for (CinCensusChild.Episode episode : child.episodes()) {
      episode(xml, episode);
    }
    xml.writeEndElement();
  }

  private static void episode(XMLStreamWriter xml, CinCensusChild.Episode episode) throws XMLStreamException {
    xml.writeStartElement("CINdetails");
    element(xml, "CINreferralDate", episode.referralDate());
    element(xml, "ReferralSource", episode.referralSource());
    element(xml, "PrimaryNeedCode", episode.primaryNeed());
    element(xml, "CINclosureDate", episode.closureDate());
    element(xml, "ReasonForClosure", episode.reasonForClosure());
    element(xml, "ReferralNFA", episode.referralNfa() ? "1" : "0");
    for (CinCensusChild.Assessment assessment : episode.assessments()) {
      xml.writeStartElement("Assessments");
      element(xml, "AssessmentActualStartDate", assessment.startDate());
      element(xml, "AssessmentAuthorisationDate", assessment.authorisationDate());
      if (!assessment.factors().isEmpty()) {
        xml.writeStartElement("FactorsIdentifiedAtAssessment");
        for (String factor : assessment.factors()) {
          element(xml, "AssessmentFactors", factor);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    for (CinCensusChild.CinPlan plan : episode.cinPlans()) {
      xml.writeStartElement("CINPlanDates");
      element(xml, "CINPlanStartDate", plan.startDate());
      element(xml, "CINPlanEndDate", plan.endDate());
      xml.writeEndElement();
    }
    for (CinCensusChild.Section47 enquiry : episode.section47s()) {
      xml.writeStartElement("Section47");
      element(xml, "S47ActualStartDate", enquiry.startDate());
      element(xml, "InitialCPCtarget", enquiry.initialConferenceTarget());
      element(xml, "DateOfInitialCPC", enquiry.initialConferenceDate());
      element(xml, "ICPCnotRequired", enquiry.initialConferenceNotRequired() ? "true" : "false");
      xml.writeEndElement();
    }
    for (CinCensusChild.ProtectionPlan plan : episode.protectionPlans()) {
      xml.writeStartElement("ChildProtectionPlans");
      element(xml, "CPPstartDate", plan.startDate());
      element(xml, "CPPendDate", plan.endDate());
      element(xml, "InitialCategoryOfAbuse", plan.initialCategory());
      element(xml, "LatestCategoryOfAbuse", plan.latestCategory());
      element(xml, "NumberOfPreviousCPP", String.valueOf(plan.previousPlans()));
      if (!plan.reviewDates().isEmpty()) {
        xml.writeStartElement("Reviews");
        for (LocalDate review : plan.reviewDates()) {
          element(xml, "CPPreviewDate", review);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /** An item the record holds; one it does not hold is left out, as the census expects of an optional item. */
  private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
    if (value == null || value.toString().isBlank()) {
      return;
    }
    xml.writeStartElement(name);
    xml.writeCharacters(value.toString());
    xml.writeEndElement();
  }
}
