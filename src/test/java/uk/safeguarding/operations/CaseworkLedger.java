package uk.safeguarding.operations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the clients of the application were told, kept on the clients' side: the cases the
 * application said it had started (a 200 with the instance id), the task completions it said it had
 * done (a 204), and every request that got no such answer. After a fault, what was acknowledged must
 * be in the database exactly once; what was not may or may not be, but never half or twice.
 */
final class CaseworkLedger {

  /** A case the application said it had started. */
  record StartedCase(String caseReference, String instanceId, boolean overdue, String node, long answeredAt) {}

  /** A convene task the application said it had completed. */
  record Completion(String caseReference, String instanceId, String taskId, String node, long answeredAt) {}

  /** One request and how it ended: "ok", or why not (connection refused, lost, timed out, HTTP 5xx). */
  record Answer(String node, String request, long sentAt, long answeredAt, String outcome) {
    boolean ok() {
      return "ok".equals(outcome);
    }
  }

  final Map<String, StartedCase> acknowledgedCases = new ConcurrentHashMap<>();
  /** Case starts that got no answer or an error: the case may exist, once at most. */
  final Set<String> unacknowledgedStarts = ConcurrentHashMap.newKeySet();
  final Map<String, Completion> acknowledgedCompletions = new ConcurrentHashMap<>();
  /** Completions whose answer was lost, found done when the client came back to the task. */
  final Map<String, Completion> completionsFoundDone = new ConcurrentHashMap<>();
  /** Answers no fault explains (a 4xx, a task missing from an acknowledged case): each one fails the test. */
  final Queue<String> surprises = new ConcurrentLinkedQueue<>();
  final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

  List<Answer> answersInOrder() {
    return answers.stream().sorted(Comparator.comparingLong(Answer::sentAt)).toList();
  }
}
