package uk.safeguarding.identity;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Set-up that every node runs when it starts and that must survive two nodes starting together.
 * Each step is idempotent but not atomic: two nodes may both see a group missing and both insert it,
 * or both rewrite a filter. The loser's command fails (a duplicate key or an optimistic lock); it
 * waits a moment and runs the set-up again, which then finds the winner's work in place.
 */
final class NodeSetUp {

  private static final Logger LOG = LoggerFactory.getLogger(NodeSetUp.class);
  static final int ATTEMPTS = 5;

  private NodeSetUp() {}

  static void run(String what, Runnable setUp) {
    for (int attempt = 1; ; attempt++) {
      try {
        setUp.run();
        return;
      } catch (ProcessEngineException concurrent) {
        if (attempt == ATTEMPTS) {
          throw concurrent;
        }
        LOG.info("{}: another node was setting up at the same time ({}); checking again", what,
            concurrent.getClass().getSimpleName());
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw concurrent;
        }
      }
    }
  }
}
