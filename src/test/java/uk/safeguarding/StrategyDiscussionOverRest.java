package uk.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A strategy discussion as the practitioners start it over {@code /engine-rest}, for tests of what
 * comes after: sarah raises today's concern, tom convenes the discussion for today with the three
 * agencies invited, so that a contribution waits for each of them.
 */
public final class StrategyDiscussionOverRest {

  public static final String INVITED = "csc-social-worker,police,health";

  private StrategyDiscussionOverRest() {}

  /** Started and convened; returns the process instance's id. */
  public static String startedAndConvened(TestRestTemplate rest, String caseReference, String childName) {
    ResponseEntity<JsonNode> started = rest.withBasicAuth("sarah", "sarah-demo").postForEntity(
        "/engine-rest/process-definition/key/StrategyDiscussion/start",
        Map.of("variables", Map.of(
            "caseReference", value(caseReference),
            "childName", value(childName),
            "childDateOfBirth", value("2018-05-14"),
            "householdMembers", value("Mother; stepfather"),
            "concern", value("Bruising seen at school"),
            "concernRaisedDate", value(LocalDate.now().toString()),
            "childInEducation", Map.of("value", false, "type", "Boolean"))), JsonNode.class);
    assertThat(started.getStatusCode()).as("started").isEqualTo(HttpStatus.OK);
    String instance = started.getBody().get("id").asText();
    TestRestTemplate tom = rest.withBasicAuth("tom", "tom-demo");
    JsonNode convene = tom.getForObject("/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=ConveneStrategyDiscussion", JsonNode.class);
    assertThat(convene.size()).as("one Convene task").isOne();
    ResponseEntity<String> convened = tom.postForEntity("/engine-rest/task/" + convene.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of(
            "strategyDiscussionDate", value(LocalDate.now().toString()),
            "discussionFormat", value("meeting"),
            "invitedAgencies", value(INVITED))), String.class);
    assertThat(convened.getStatusCode()).as(convened.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return instance;
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}
