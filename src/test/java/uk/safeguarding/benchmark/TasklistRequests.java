package uk.safeguarding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguarding.WebappSession;

/**
 * Tasklist 7.24's own request for a tray, over HTTP, as Tasklist sends it from the browser (captured
 * in Chromium, issue 20): {@code POST /camunda/api/engine/engine/default/filter/{id}/list?firstResult=..&maxResults=15},
 * {@code Accept: application/hal+json}, signed in on the webapps' session with its CSRF token. The HAL
 * answer carries the page, the count and, for a filter whose {@code variables} property names them,
 * each card's variables (the REST API fetches those for the page): all of what a tray costs the user
 * but the browser's rendering. Every kind of user × every tray × the first and a later page × both sorts
 * Tasklist offers (created, newest first: its default; due date, soonest first).
 */
final class TasklistRequests {

  static final int PAGE = 15;
  /** The later page: the eleventh, as a practitioner scrolling a long tray reaches it. */
  static final int LATER_FIRST_RESULT = Integer.getInteger("bench.laterFirstResult", 150);
  static final List<Sort> SORTS = List.of(new Sort("created", "desc"), new Sort("dueDate", "asc"));
  private static final ObjectMapper JSON = new ObjectMapper();

  record Sort(String by, String order) {
    @Override
    public String toString() {
      return by + " " + order;
    }
  }

  /** One request of the matrix. */
  record Cell(String user, String tray, int firstResult, Sort sort) {
    String name() {
      return String.format(Locale.ROOT, "Tasklist HAL %s | %s | firstResult %d | %s", user, tray, firstResult, sort);
    }
  }

  /** A cell's timings and the count the answer gave. */
  record Measured(Cell cell, Latency latency, long count) {}

  private TasklistRequests() {}

  /**
   * Measures every cell for each user (signed in once, as in a browser), trays by name and id.
   * Checks every answer: 200, the count, and a page of exactly what the count leaves from firstResult.
   */
  static List<Measured> measure(int port, List<String> users, Map<String, String> trays, int warmups, int samples) {
    List<Measured> measured = new ArrayList<>();
    for (String user : users) {
      WebappSession.Browser browser = WebappSession.Browser.signIn(port, user);
      for (Map.Entry<String, String> tray : trays.entrySet()) {
        for (int firstResult : List.of(0, LATER_FIRST_RESULT)) {
          for (Sort sort : SORTS) {
            Cell cell = new Cell(user, tray.getKey(), firstResult, sort);
            long[] count = {-1};
            Latency latency = Latency.measure(cell.name(), warmups, samples, Math.min(samples, 5),
                () -> count[0] = list(browser, tray.getValue(), firstResult, sort));
            measured.add(new Measured(cell, latency, count[0]));
          }
        }
      }
    }
    return measured;
  }

  /** One tray request; returns the count. */
  static long list(WebappSession.Browser browser, String filterId, int firstResult, Sort sort) {
    String body = String.format(Locale.ROOT, "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"firstResult\":%d,\"maxResults\":%d,\"sorting\":[{\"sortBy\":\"%s\",\"sortOrder\":\"%s\"}],\"active\":true}",
        firstResult, PAGE, sort.by(), sort.order());
    HttpRequest request = HttpRequest.newBuilder(URI.create(browser.base() + "/camunda/api/engine/engine/default/filter/"
            + filterId + "/list?firstResult=" + firstResult + "&maxResults=" + PAGE))
        .timeout(Duration.ofMinutes(10))
        .header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", browser.csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response;
    long start = System.nanoTime();
    try {
      response = browser.client().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("POST filter " + filterId + "/list", e);
    }
    if (response.statusCode() == 500 && response.body().contains("ProcessEnginePersistenceException")
        && System.nanoTime() - start >= BareEngine.STATEMENT_TIMEOUT_MILLIS * 1_000_000L) {
      // The bare engine's cap (BareEngine.STATEMENT_TIMEOUT_MILLIS): the REST API keeps the cause in
      // its log, so a persistence failure that took the whole timeout is that; Latency records a lower bound.
      throw new IllegalStateException(new SQLException(response.body(), "57014"));
    }
    assertThat(response.statusCode()).as("filter %s list: %s", filterId, response.body()).isEqualTo(200);
    try {
      JsonNode hal = JSON.readTree(response.body());
      long count = hal.path("count").asLong(-1);
      int tasks = hal.path("_embedded").path("task").size();
      assertThat(count).as("the HAL answer's count").isNotNegative();
      assertThat(tasks).as("tasks on the page from %d of %d", firstResult, count)
          .isEqualTo((int) Math.max(0, Math.min(PAGE, count - firstResult)));
      return count;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The compact table for docs/performance.md: a row per user and tray, a column per page and sort
   * (p50 / p95 ms), and the bare engine's rows for the same request where it has the tray.
   */
  static String table(int openTasks, List<Measured> ours, List<Measured> bare) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "%n%,d open tasks: Tasklist's request over HTTP (HAL, page of %d, count, card variables), p50 / p95 ms%n%n", openTasks, PAGE));
    table.append("| user | tray | count |");
    for (int firstResult : List.of(0, LATER_FIRST_RESULT)) {
      for (Sort sort : SORTS) {
        table.append(String.format(Locale.ROOT, " from %d, %s |", firstResult, sort));
      }
    }
    table.append("\n|---|---|---:|---:|---:|---:|---:|\n");
    Map<String, List<Measured>> rows = new LinkedHashMap<>();
    for (Measured m : ours) {
      rows.computeIfAbsent(m.cell().user() + "|" + m.cell().tray(), k -> new ArrayList<>()).add(m);
    }
    for (Measured m : bare) {
      rows.computeIfAbsent("bare 7.24, " + m.cell().user() + "|" + m.cell().tray(), k -> new ArrayList<>()).add(m);
    }
    rows.forEach((key, cells) -> {
      String[] userAndTray = key.split("\\|");
      long count = cells.stream().mapToLong(Measured::count).max().orElse(-1);
      // no count where every statement ran past the bare engine's cap
      table.append("| ").append(userAndTray[0]).append(" | ").append(userAndTray[1]).append(" | ")
          .append(count < 0 ? "–" : String.format(Locale.ROOT, "%,d", count)).append(" |");
      for (Measured m : cells) {
        Latency l = m.latency();
        String bound = l.lowerBound() ? ">" : "";
        table.append(String.format(Locale.ROOT, " %s%s / %s%s |", bound, figure(l.p50()), bound, figure(l.p95())));
      }
      table.append('\n');
    });
    return table.toString();
  }

  private static String figure(double millis) {
    return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
  }
}
