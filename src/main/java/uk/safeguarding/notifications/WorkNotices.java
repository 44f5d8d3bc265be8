package uk.safeguarding.notifications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.CaseInvolvement;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.casefile.EveryDiagram;
import uk.safeguarding.timescales.Standards;

/**
 * New work, told as it is made: built-in listeners on every user task of every diagram
 * ({@link EveryDiagram}), in the engine command that creates or assigns the task, so the email is written
 * (and later sent) only if the work itself commits.
 * <ul>
 *   <li>created: each candidate group's mailbox (the agency's); an invitation to a convened meeting
 *       ({@link #MEETINGS}) carries the meeting's date and an iCalendar file; a task to note an
 *       outcome ({@code Note...}) says so;</li>
 *   <li>assigned: the person, unless they took it themselves (a claim).</li>
 * </ul>
 */
@Component
public class WorkNotices extends AbstractProcessEnginePlugin {

  /** A meeting whose invitees each get a task for it: the task, the meeting's name and the variable holding its date. */
  record Meeting(String name, String dateVariable) {}

  /**
   * The convened meetings of the pathways, by the invitee's task: the agencies invited to a strategy
   * discussion (SD-02, SD-06), asked for a conference report (ICPC-02, ICPC-03, RCPC-02) or to a child in
   * need meeting (CIN-03). {@code NotificationsTest} checks each against the diagrams.
   */
  static final Map<String, Meeting> MEETINGS = Map.of(
      "ContributeToStrategyDiscussion", new Meeting("Strategy discussion", "strategyDiscussionDate"),
      "ProvideConferenceReport", new Meeting("Initial child protection conference", "conferenceDate"),
      "PrepareConferenceAssessment", new Meeting("Initial child protection conference", "conferenceDate"),
      "ProvideReviewReport", new Meeting("Review child protection conference", "reviewConferenceDate"),
      "PrepareReviewReport", new Meeting("Review child protection conference", "reviewConferenceDate"),
      "AttendOrSendReport", new Meeting("Child in need meeting", "meetingDate"));

  private final ObjectProvider<Notifications> notifications;
  private final ObjectProvider<Standards> standards;

  public WorkNotices(ObjectProvider<Notifications> notifications, ObjectProvider<Standards> standards) {
    this.notifications = notifications;
    this.standards = standards;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener created = this::created;
    TaskListener assigned = this::assigned;
    EveryDiagram.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned);
        }
      }
    });
  }

  void created(DelegateTask task) {
    Set<String> groups = CaseInvolvement.candidateGroupsOf(task);
    if (groups.isEmpty()) {
      return;
    }
    Meeting meeting = MEETINGS.get(task.getTaskDefinitionKey());
    String meetingOn = meeting == null ? null : isoDay(task.getVariable(meeting.dateVariable()));
    NotificationKind kind = meetingOn != null ? NotificationKind.MEETING_INVITATION
        : task.getTaskDefinitionKey().startsWith("Note") ? NotificationKind.OUTCOME_TO_NOTE : NotificationKind.NEW_WORK;
    NotificationText.Work work = work(task, meetingOn == null ? null : meeting.name(), meetingOn);
    String profile = standards.getObject().profileOf(task.getExecution());
    groups.forEach(group -> notifications.getObject().tell(kind, Recipient.group(group), work, profile, task.getId()));
  }

  void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    Authentication acting = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (assignee == null || (acting != null && assignee.equals(acting.getUserId()))) {
      return;
    }
    notifications.getObject().tell(NotificationKind.ASSIGNED, Recipient.user(assignee), work(task, null, null),
        standards.getObject().profileOf(task.getExecution()), task.getId() + ":" + assignee);
  }

  static NotificationText.Work work(DelegateTask task, String meetingName, String meetingOn) {
    String caseReference = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    ZonedDateTime due = task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON);
    return new NotificationText.Work(caseReference, task.getId(), task.getName(), due, meetingName, meetingOn,
        task.getProcessDefinitionId());
  }

  /** A meeting's date as the forms and REST give it (ISO text or a Date), as ISO text: the day, with its time if it has one. */
  static String isoDay(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      ZonedDateTime at = Standards.toDateTime(value, "meeting date");
      boolean withTime = value instanceof Date ? !at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
          : value.toString().contains("T");
      return withTime ? LocalDateTime.of(at.toLocalDate(), at.toLocalTime().withSecond(0).withNano(0)).toString()
          : LocalDate.from(at).toString();
    } catch (RuntimeException notADate) {
      return null;
    }
  }
}
