package uk.safeguarding.identity.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Leavers who never come back: {@link DirectoryRecheck} finds a leaver at their next request, but someone
 * who has left does not make one, and their claimed work would wait for them. Every
 * {@code safeguarding.sign-in.directory.leavers-sweep} (15 minutes) this asks the directory about each
 * person who has claimed an open task of a group the directory holds (the council's; people whose groups
 * are their provider's are not in the directory and are not asked), and a person it no longer lists, or
 * lists in none of our groups, is a leaver: their claimed work goes back to its queues as at a request
 * (childcase/WorkReassignments).
 *
 * <p>Small: one query for the distinct people, one directory look-up each. Idempotent and safe on several
 * nodes at once: work already back in the queue is not claimed by anyone, and each task is returned only
 * while it is still the leaver's, in the transaction that returns it.
 */
class LeaversSweep {

  private static final Logger LOG = LoggerFactory.getLogger(LeaversSweep.class);

  private final ProcessEngine engine;
  private final NamedParameterJdbcTemplate database;
  private final ApplicationEventPublisher events;
  private final List<String> directoryGroups;

  LeaversSweep(ProcessEngine engine, NamedParameterJdbcTemplate database, ApplicationEventPublisher events,
      SignInSettings.Directory directory) {
    this.engine = engine;
    this.database = database;
    this.events = events;
    this.directoryGroups = List.copyOf(directory.getGroups().keySet());
  }

  @Scheduled(fixedDelayString = "${safeguarding.sign-in.directory.leavers-sweep:PT15M}",
      initialDelayString = "${safeguarding.sign-in.directory.leavers-sweep:PT15M}")
  void onSchedule() {
    List<String> returned = sweep();
    if (!returned.isEmpty()) {
      LOG.info("Leavers' claimed work back in the queues: {}", returned);
    }
  }

  /** Returns the leavers found, whose claimed work is now back in the queues. */
  List<String> sweep() {
    if (directoryGroups.isEmpty()) {
      return List.of();
    }
    List<String> claimants = database.queryForList("""
        select distinct t.assignee_ from act_ru_task t
        join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ in (:groups)
        where t.assignee_ is not null""", Map.of("groups", directoryGroups), String.class);
    List<String> leavers = new ArrayList<>();
    for (String claimant : claimants) {
      try {
        if (leftTheDirectory(claimant)) {
          events.publishEvent(new AgencyGroupsLeft(claimant, List.of(), List.of(), true));
          leavers.add(claimant);
        }
      } catch (RuntimeException notThisTime) {
        // Another node returning the same task at the same moment, or the directory not answering: the next sweep.
        LOG.warn("Leavers' sweep: {} not checked this time: {}", claimant, notThisTime.getMessage());
      }
    }
    return leavers;
  }

  private boolean leftTheDirectory(String userId) {
    Optional<List<String>> listed = DirectoryRecheck.directoryGroups(userId, engine);
    return listed.isEmpty() || listed.get().isEmpty();
  }
}
