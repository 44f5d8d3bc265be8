package uk.safeguarding.notifications;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code safeguarding.notifications.*}: where an authority's emails go (docs/operations.md). The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}; the embedded demo starts its own
 * ({@link DemoMailServer}).
 */
@Component
@ConfigurationProperties("safeguarding.notifications")
public class NotificationSettings {

  /** The address people sign in at; every email links to Tasklist under it. */
  private String baseUrl = "http://localhost:8080";
  /** The sender of every email. */
  private String from = "safeguarding-notifications@localhost";
  /** Each agency's (group's) shared mailbox: police: public-protection@police.example. */
  private Map<String, String> agencies = new LinkedHashMap<>();
  /** A person's address where it is not the one their user has in Admin: paul: paul.reid@police.example. */
  private Map<String, String> people = new LinkedHashMap<>();
  /** The waits between a failed send and the next try; after the last, Cockpit shows an incident. */
  private List<Duration> retryIntervals = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
      Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1));
  /** How long a node holds a notification it is sending before another node may send it (a node that died). */
  private Duration sendingLease = Duration.ofMinutes(5);

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public Map<String, String> getAgencies() {
    return agencies;
  }

  public void setAgencies(Map<String, String> agencies) {
    this.agencies = agencies;
  }

  public Map<String, String> getPeople() {
    return people;
  }

  public void setPeople(Map<String, String> people) {
    this.people = people;
  }

  public List<Duration> getRetryIntervals() {
    return retryIntervals;
  }

  public void setRetryIntervals(List<Duration> retryIntervals) {
    this.retryIntervals = List.copyOf(retryIntervals);
  }

  public Duration getSendingLease() {
    return sendingLease;
  }

  public void setSendingLease(Duration sendingLease) {
    this.sendingLease = sendingLease;
  }

  /** The link in every email: Tasklist at the task, which asks for a sign-in first. */
  public String tasklistLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/" + (taskId == null ? "" : "#/?task=" + taskId);
  }
}
