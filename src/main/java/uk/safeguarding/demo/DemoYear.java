package uk.safeguarding.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.safeguarding.breaches.StandardsBreachReviews;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.childcase.ChildCaseOpening;
import uk.safeguarding.childcase.ChildCaseProcess;
import uk.safeguarding.contract.ProcessContracts;
import uk.safeguarding.contract.Step;
import uk.safeguarding.identity.DemoUsers;

/**
 * A year of made-up children through every pathway, worked as practitioners work: each child arrives on a
 * working day of the collection year (a contact to the front door, or a LADO referral, a disagreement, a
 * child who became looked after); every morning the engine clock is moved to the day, the timers that are
 * due fire and the breach reviews start, and each open task is completed on its day, before its due date
 * mostly and now and then late, by a demo user of the task's agency, with answers from its contract
 * ({@link DemoAnswers}). So the history the returns, the Standards dashboard and the benchmarks read is
 * the history of real steps. Runs on after the year to {@code until}, so no work is left behind the real
 * clock when it is put back.
 *
 * <p>Restartable: the cases are numbered in the order they arrive and each day's work is decided from the
 * case and the day alone, and the last day done is kept as an engine property; a second run of a finished
 * year does nothing, an interrupted one goes on from the day after the last one done.
 */
@Component
@ConditionalOnProperty(name = "safeguarding.demo-data.enabled", havingValue = "true")
public class DemoYear {

  private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
  static final String DONE = "done";
  /** Passes over the open tasks a day: a task completed early in the day may open one that is done the same day. */
  private static final int PASSES_A_DAY = 4;

  /** What a run did. {@code refusals} counts, by task, the answers a gate refused (none when the answers are right). */
  public record Outcome(int collectionYear, String casePrefix, int cases, int tasksCompleted, Map<String, Integer> refusals,
      Map<String, String> refusedWith, boolean alreadyDone) {}

  private final ProcessEngine engine;
  private final ProcessContracts contracts;
  private final StandardsBreachReviews breachReviews;
  private final ChildCaseOpening opening;
  private final Map<String, String> processKeys = new ConcurrentHashMap<>();

  public DemoYear(ProcessEngine engine, ProcessContracts contracts, StandardsBreachReviews breachReviews, ChildCaseOpening opening) {
    this.engine = engine;
    this.contracts = contracts;
    this.breachReviews = breachReviews;
    this.opening = opening;
  }

  /** The case references of a year: {@code DEMO2025-0001} ... */
  public static String casePrefix(int collectionYear) {
    return "DEMO" + collectionYear + "-";
  }

  /**
   * Runs the collection year that starts on 1 April {@code collectionYear} with {@code cases} children
   * arriving in it (up to {@code until}, for the year still running), and the work on to {@code until}. The
   * engine clock is the real one again afterwards, whatever happens.
   */
  public synchronized Outcome run(int collectionYear, int cases, LocalDate until) {
    String prefix = casePrefix(collectionYear);
    String property = "safeguarding.demo-year." + collectionYear;
    String progress = engine.getManagementService().getProperties().get(property);
    if (DONE.equals(progress)) {
      LOG.info("Demo year {}: already run ({} cases); nothing to do", collectionYear, prefix + "*");
      return new Outcome(collectionYear, prefix, 0, 0, Map.of(), Map.of(), true);
    }
    LocalDate first = LocalDate.of(collectionYear, 4, 1);
    LocalDate yearEnds = first.plusYears(1).minusDays(1);
    LocalDate last = until;
    LocalDate resumeFrom = progress == null ? first : LocalDate.parse(progress).plusDays(1);
    List<Arrival> arrivals = Arrivals.of(first, last.isBefore(yearEnds) ? last : yearEnds, cases, prefix);
    Run run = new Run(collectionYear, prefix, arrivals);
    boolean opensCases = opening.opensAutomatically();
    opening.openAutomatically(true);
    LOG.info("Demo year {}: {} children from {} to {} (working on to {}){}", collectionYear, cases, first,
        yearEnds, last, progress == null ? "" : ", going on from " + resumeFrom);
    try {
      for (LocalDate day = resumeFrom; !day.isAfter(last); day = day.plusDays(1)) {
        run.day(day);
        engine.getManagementService().setProperty(property, day.toString());
        if (day.getDayOfMonth() == 1) {
          LOG.info("Demo year {}: {} done, {} tasks completed so far, {} open", collectionYear, day, run.completed,
              engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(prefix + "%").count());
        }
      }
      engine.getManagementService().setProperty(property, DONE);
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
      opening.openAutomatically(opensCases);
    }
    LOG.info("Demo year {}: {} children, {} tasks completed, refused: {}", collectionYear, cases, run.completed, run.refusals);
    return new Outcome(collectionYear, prefix, cases, run.completed, run.refusals, run.refusedWith, false);
  }

  /** One child's arrival: the day and the door. */
  record Arrival(String caseReference, LocalDate day, Door door) {}

  /** How a child comes to the pathways. */
  enum Door {
    /** A contact to the front door from an agency (most children). */
    CONTACT,
    /** An adult who works with children is referred to the LADO (the child is the one the concern is about). */
    LADO,
    /** A child who came into care in an emergency (police protection, a section 20 agreement). */
    LOOKED_AFTER,
    /** A school disagrees with another agency about a child it knows. */
    DISAGREEMENT
  }

  /** The children of a year, each on a working day, spread evenly over it. */
  static final class Arrivals {
    private Arrivals() {}

    static List<Arrival> of(LocalDate first, LocalDate last, int cases, String prefix) {
      List<LocalDate> workingDays = new ArrayList<>();
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        if (CALENDAR.isWorkingDay(day)) {
          workingDays.add(day);
        }
      }
      List<Arrival> arrivals = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        LocalDate day = workingDays.get((int) ((long) i * workingDays.size() / cases));
        // one child in twenty by each of the other doors, the first of each early in the year, so a small year has all
        int place = i % 20;
        Door door = place == 4 ? Door.LOOKED_AFTER : place == 7 ? Door.LADO : place == 11 ? Door.DISAGREEMENT : Door.CONTACT;
        arrivals.add(new Arrival(prefix + String.format("%04d", i + 1), day, door));
      }
      return arrivals;
    }
  }

  private final class Run {
    final int collectionYear;
    final String prefix;
    final Map<LocalDate, List<Arrival>> byDay = new TreeMap<>();
    final Map<String, Integer> refusals = new TreeMap<>();
    final Map<String, String> refusedWith = new TreeMap<>();
    /** Tasks whose answers were refused today: tried again tomorrow, with that day's answers. */
    final java.util.Set<String> refusedToday = new java.util.HashSet<>();
    final DemoAnswers answers;
    int completed;

    Run(int collectionYear, String prefix, List<Arrival> arrivals) {
      this.collectionYear = collectionYear;
      this.prefix = prefix;
      arrivals.forEach(arrival -> byDay.computeIfAbsent(arrival.day(), day -> new ArrayList<>()).add(arrival));
      this.answers = new DemoAnswers(contracts, collectionYear);
    }

    void day(LocalDate day) {
      clockAt(day, LocalTime.of(8, 0));
      runDueJobs();
      refusedToday.clear();
      if (!CALENDAR.isWorkingDay(day)) {
        return;
      }
      clockAt(day, LocalTime.of(9, 0));
      for (Arrival arrival : byDay.getOrDefault(day, List.of())) {
        arrive(arrival, day);
      }
      for (int pass = 0; pass < PASSES_A_DAY; pass++) {
        clockAt(day, LocalTime.of(10 + 2 * pass, 0));
        runDueJobs();
        if (workOpenTasks(day) == 0) {
          break;
        }
      }
      runDueJobs();
    }

    void arrive(Arrival arrival, LocalDate day) {
      if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(arrival.caseReference())
          .count() > 0) {
        return; // started before an interruption
      }
      DemoChild child = answers.child(arrival.caseReference());
      DemoAnswers.Start start = answers.start(arrival, child, day);
      try {
        as(start.user(), List.of(start.group()), () -> engine.getRuntimeService()
            .startProcessInstanceByKey(start.processKey(), arrival.caseReference(), start.variables()));
      } catch (RuntimeException refused) {
        refused(start.processKey() + " start", arrival.caseReference(), refused);
      }
    }

    /** Completes each open task of the year's children whose day has come; how many were completed. */
    int workOpenTasks(LocalDate day) {
      int done = 0;
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(prefix + "%")
          .orderByTaskCreateTime().asc().list();
      for (Task task : open) {
        if (refusedToday.contains(task.getId())
            || task.getDueDate() != null && DemoAnswers.dayToWork(caseOf(task.getProcessInstanceId()), task, collectionYear)
                .isAfter(day)) {
          continue;
        }
        String processKey = processKey(task.getProcessDefinitionId());
        Optional<Step> step = contracts.step(processKey, task.getTaskDefinitionKey());
        if (step.isEmpty() || DemoAnswers.leftOpen(step.get().id())) {
          continue;
        }
        try {
          if (complete(task, step.get(), day)) {
            done++;
            completed++;
          }
        } catch (OptimisticLockingException concurrent) {
          // another branch of the same case moved on at the same moment: tomorrow
        } catch (RuntimeException refused) {
          if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0) {
            refusedToday.add(task.getId());
            refused(processKey + "." + task.getTaskDefinitionKey(), task.getId(), refused);
          }
        }
      }
      return done;
    }

    /** Completes the task with the answers its contract and the case give, unless its day has not come. */
    boolean complete(Task task, Step step, LocalDate day) {
      Map<String, Object> caseVariables = engine.getTaskService().getVariables(task.getId());
      String caseReference = String.valueOf(caseVariables.get("caseReference"));
      List<String> open = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
          .stream().map(instance -> processKey(instance.getProcessDefinitionId()))
          .filter(key -> !ChildCaseProcess.NOT_PATHWAYS.contains(key)).toList();
      List<String> run = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference)
          .list().stream().map(instance -> instance.getProcessDefinitionKey()).distinct().toList();
      DemoAnswers.Answer answer = answers.forTask(step, task, caseVariables, day, open, run);
      if (answer.notBefore() != null && answer.notBefore().isAfter(day)) {
        return false;
      }
      Worker worker = worker(task);
      as(worker.user(), worker.groups(), () -> {
        engine.getTaskService().complete(task.getId(), answer.variables());
        return null;
      });
      if (step.id().equals("RecordStrategyDiscussion") && !run.contains("ChildAndFamilyAssessment")
          && ("section47".equals(answer.variables().get("strategyOutcome"))
              || "childAndFamilyAssessment".equals(answer.variables().get("nextStep")))) {
        DemoAnswers.Start assessment = answers.assessmentForTheEnquiry(caseVariables, day);
        try {
          as(assessment.user(), List.of(assessment.group()), () -> engine.getRuntimeService().startProcessInstanceByKey(
              assessment.processKey(), caseReference, assessment.variables()));
        } catch (RuntimeException refused) {
          refused("ChildAndFamilyAssessment start", caseReference, refused);
        }
      }
      return true;
    }

    void refused(String what, String where, RuntimeException refused) {
      refusals.merge(what, 1, Integer::sum);
      refusedWith.putIfAbsent(what, refused.getMessage());
      if (refusals.get(what) <= 3) {
        LOG.warn("Demo year: {} refused for {}: {}", what, where, refused.getMessage());
      }
    }

    /** Runs every job of the year's children that is due by the engine clock, as the job executor would. */
    void runDueJobs() {
      for (int round = 0; round < 20; round++) {
        // timers due by the engine clock and the asynchronous steps (hand-ons, a plan started by a conference)
        List<Job> due = engine.getManagementService().createJobQuery().executable().list();
        int ran = 0;
        for (Job job : due) {
          if (!ours(job)) {
            continue;
          }
          try {
            engine.getManagementService().executeJob(job.getId());
            ran++;
          } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException gone) {
            // the job executor took it first
          } catch (ProcessEngineException failed) {
            LOG.warn("Demo year: a job of {} failed: {}", job.getProcessInstanceId(), failed.getMessage());
          }
        }
        breachReviews.startPendingReviews();
        if (ran == 0) {
          return;
        }
      }
    }

    private final Map<String, Boolean> ourInstances = new HashMap<>();
    private final Map<String, String> caseOfInstance = new HashMap<>();

    /** The case reference of a process instance: its business key. */
    String caseOf(String processInstanceId) {
      return caseOfInstance.computeIfAbsent(processInstanceId, id -> {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
        return instance == null ? id : instance.getBusinessKey();
      });
    }

    boolean ours(Job job) {
      if (job.getProcessInstanceId() == null) {
        return false;
      }
      return ourInstances.computeIfAbsent(job.getProcessInstanceId(), id -> {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
        return instance != null && instance.getBusinessKey() != null && instance.getBusinessKey().startsWith(prefix);
      });
    }
  }

  private record Worker(String user, List<String> groups) {}

  /** Who does a task: its assignee, or a demo user of its first candidate group (a made-up one where the demo has none). */
  private Worker worker(Task task) {
    if (task.getAssignee() != null) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(task.getAssignee()).list().stream()
          .map(org.camunda.bpm.engine.identity.Group::getId).toList();
      return new Worker(task.getAssignee(), groups);
    }
    List<String> candidates = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).sorted(Comparator.naturalOrder()).toList();
    for (DemoUsers.DemoUser user : DemoUsers.USERS) {
      for (String group : candidates) {
        if (user.groups().contains(group)) {
          return new Worker(user.id(), user.groups());
        }
      }
    }
    String group = candidates.isEmpty() ? "camunda-admin" : candidates.get(0);
    return new Worker("demo-" + group, List.of(group));
  }

  String processKey(String processDefinitionId) {
    return processKeys.computeIfAbsent(processDefinitionId,
        id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
  }

  private <T> T as(String user, List<String> groups, java.util.function.Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static void clockAt(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day, time, WorkingDayCalendar.LONDON).toInstant()));
  }
}
