package uk.safeguarding;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;
import uk.safeguarding.breaches.StandardsBreachReviews;

/** What every test of a running pathway needs: the engine, its clock and the tasks of one case. */
@ProcessTest
public abstract class ProcessTestBase {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected StandardsBreachReviews breachReviews;
  @Autowired
  private StandardsBreachRegister breachRegister;

  @BeforeEach
  void initialiseAssertions() {
    init(engine);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** Sets the engine clock to a moment in London. */
  protected static void clockAt(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.LONDON).toInstant()));
  }

  protected static String londonDateTime(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDateTime().toString();
  }

  protected List<Task> openTasks(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list();
  }

  protected Task task(String processInstanceId, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /**
   * Runs every timer of the instance that is due by the engine clock, as the job executor would, and
   * then starts the reviews of the breaches they recorded, as each node's sweep would.
   */
  protected int fireDueTimers(String processInstanceId) {
    List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .timers().duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list();
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    breachReviews.startPendingReviews();
    return due.size();
  }

  /** The groups a task is offered to: who sees it in "My agency's tasks". */
  protected List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  protected Job timer(String processInstanceId, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .timers().activityId(activityId).singleResult();
  }

  /** The rules breached on a case, as its breach reviews list them. */
  protected List<String> breachedRules(String caseReference) {
    return breachRegister.forCase(caseReference).stream().map(StandardsBreach::ruleId).toList();
  }

  /** The running instance of a process of the child, found as a manager finds it in Cockpit: by business key. */
  protected ProcessInstance runningFor(String caseReference, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(caseReference).singleResult();
  }

  /** Does {@code work} signed in as {@code user} of {@code group}, as Tasklist or a REST client would. */
  protected <T> T as(String user, String group, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Completes a task with the answers of its form, signed in as a member of its group. */
  protected void complete(Task task, String user, String group, Map<String, Object> answers) {
    as(user, group, () -> {
      engine.getTaskService().complete(task.getId(), answers);
      return null;
    });
  }

  protected static String uniqueCaseReference() {
    return "CR-T" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }
}
