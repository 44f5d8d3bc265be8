package uk.safeguarding.childcase;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.safeguarding.agency.Agency;
import uk.safeguarding.calendar.WorkingDayCalendar;
import uk.safeguarding.contract.CaseFacts;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;
import uk.safeguarding.timescales.StandardsProfile;
import uk.safeguarding.timescales.StandardsProfiles;
import uk.safeguarding.timescales.UnknownTimescaleException;

/**
 * The child's case in one view (the case page, static/child-case.html): who the child is, the work open
 * in every pathway, the current plans with their next dates ({@link CurrentPlans}), the standards
 * breaches and the chronology (CHR-01). Read, like the chronology, without the caller's authorizations:
 * whether the caller may see the case at all is decided before, by {@link CaseAccess}.
 */
@Component
public class CaseOverview {

  public record Child(String caseReference, String name, String dateOfBirth, String profileId, String profileName) {}

  public record OpenTask(String task, String pathway, String agency, String assignee, String due, String dueDay,
      boolean overdue, boolean dueToday) {}

  public record NextDate(String label, String date, String kind) {}

  public record Plan(String name, String since, List<NextDate> nextDates) {}

  public record Breach(String ruleId, String rule, String step, String dueDay, String noticedAt, String detail) {}

  public record Entry(String at, String source, String event) {}

  public record Overview(Child child, List<OpenTask> openWork, List<Plan> plans, List<Breach> breaches,
      List<Entry> chronology, String asAt) {}

  private final ProcessEngineConfigurationImpl engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final StandardsBreachRegister breaches;
  private final StandardsProfiles profiles;
  private final Chronology chronology;

  public CaseOverview(ProcessEngineConfigurationImpl engine, RuntimeService runtime, TaskService tasks,
      HistoryService history, RepositoryService repository, StandardsBreachRegister breaches, StandardsProfiles profiles,
      Chronology chronology) {
    this.engine = engine;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.breaches = breaches;
    this.profiles = profiles;
    this.chronology = chronology;
  }

  /** The case, or empty when no process was ever started under this case reference. */
  public Optional<Overview> of(String caseReference) {
    ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.LONDON);
    Overview overview = engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).orderByProcessInstanceStartTime().desc().list();
      if (processes.isEmpty()) {
        return null;
      }
      return new Overview(child(caseReference, processes), openWork(caseReference, now), plans(caseReference, now.toLocalDate()),
          null, null, now.toOffsetDateTime().toString());
    }));
    if (overview == null) {
      return Optional.empty();
    }
    List<Entry> entries = chronology.of(caseReference).stream()
        .map(entry -> new Entry(entry.at().toOffsetDateTime().toString(), entry.source(), entry.event())).toList();
    return Optional.of(new Overview(overview.child(), overview.openWork(), overview.plans(),
        breaches(caseReference, overview.child().profileId()), entries, overview.asAt()));
  }

  /**
   * The case facts as the running processes hold them (a correction of the case record changes every
   * running one), else as the latest ended process left them.
   */
  private Child child(String caseReference, List<HistoricProcessInstance> newestFirst) {
    List<HistoricProcessInstance> ordered = new ArrayList<>(newestFirst.stream().filter(p -> p.getEndTime() == null).toList());
    ordered.addAll(newestFirst.stream().filter(p -> p.getEndTime() != null).toList());
    Map<String, Map<String, Object>> byProcess = new HashMap<>();
    for (HistoricVariableInstance fact : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ordered.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(CaseFacts.CHILD_NAME, CaseFacts.CHILD_DATE_OF_BIRTH, CaseFacts.STANDARDS_PROFILE)
        .disableCustomObjectDeserialization().list()) {
      if (fact.getValue() != null) {
        byProcess.computeIfAbsent(fact.getProcessInstanceId(), id -> new HashMap<>()).put(fact.getName(), fact.getValue());
      }
    }
    String name = first(ordered, byProcess, CaseFacts.CHILD_NAME);
    Object dateOfBirth = firstValue(ordered, byProcess, CaseFacts.CHILD_DATE_OF_BIRTH);
    String profileId = Optional.ofNullable(first(ordered, byProcess, CaseFacts.STANDARDS_PROFILE))
        .orElse(profiles.defaultProfile());
    String profileName = profiles.exists(profileId) ? profiles.profile(profileId).name() : profileId;
    LocalDate born = day(dateOfBirth);
    return new Child(caseReference, name, born == null ? null : born.toString(), profileId, profileName);
  }

  private static String first(List<HistoricProcessInstance> ordered, Map<String, Map<String, Object>> values, String name) {
    Object value = firstValue(ordered, values, name);
    return value == null ? null : value.toString();
  }

  private static Object firstValue(List<HistoricProcessInstance> ordered, Map<String, Map<String, Object>> values, String name) {
    return ordered.stream().map(p -> values.getOrDefault(p.getId(), Map.of()).get(name)).filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  /** Every open task of the child, in every pathway, soonest due first. */
  private List<OpenTask> openWork(String caseReference, ZonedDateTime now) {
    Map<String, String> pathways = new HashMap<>();
    List<OpenTask> open = new ArrayList<>();
    List<Task> all = tasks.createTaskQuery().processInstanceBusinessKey(caseReference).list();
    all.sort(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Task::getName));
    for (Task task : all) {
      String pathway = pathways.computeIfAbsent(task.getProcessDefinitionId(), id -> {
        var definition = repository.getProcessDefinition(id);
        return definition.getName() == null ? definition.getKey() : definition.getName();
      });
      List<String> agencies = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).map(CaseOverview::agencyName).distinct().toList();
      ZonedDateTime due = task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(WorkingDayCalendar.LONDON);
      open.add(new OpenTask(task.getName(), pathway, agencies.isEmpty() ? null : String.join(", ", agencies),
          task.getAssignee(), due == null ? null : due.toOffsetDateTime().toString(),
          due == null ? null : due.toLocalDate().toString(), due != null && due.isBefore(now),
          due != null && !due.isBefore(now) && due.toLocalDate().equals(now.toLocalDate())));
    }
    return open;
  }

  /** An agency's name, a partner's manager groups included (police-line-manager: "Police (public protection), line managers"). */
  static String agencyName(String groupId) {
    Optional<Agency> agency = Agency.byGroupId(groupId);
    if (agency.isPresent()) {
      return agency.get().displayName();
    }
    for (Agency partner : Agency.withRoleGroups()) {
      for (Agency.Role role : Agency.Role.values()) {
        if (partner.roleGroup(role).equals(groupId)) {
          return partner.displayName() + ", " + role.displayName();
        }
      }
    }
    return groupId;
  }

  private List<Plan> plans(String caseReference, LocalDate today) {
    List<ProcessInstance> running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list();
    Map<String, List<String>> instancesByKey = new HashMap<>();
    Map<String, String> keysByDefinition = new HashMap<>();
    for (ProcessInstance instance : running) {
      String key = keysByDefinition.computeIfAbsent(instance.getProcessDefinitionId(),
          id -> repository.getProcessDefinition(id).getKey());
      instancesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(instance.getId());
    }
    List<Plan> plans = new ArrayList<>();
    for (CurrentPlans.Plan plan : CurrentPlans.PLANS) {
      List<String> instances = instancesByKey.get(plan.processKey());
      if (instances == null) {
        continue;
      }
      LocalDate since = day(variable(instances, plan.sinceVariable()));
      List<NextDate> next = new ArrayList<>();
      for (CurrentPlans.NextDate nextDate : plan.nextDates()) {
        next.add(nextDate(nextDate, instancesByKey, today));
      }
      plans.add(new Plan(plan.name(), since == null ? null : since.toString(), next));
    }
    return plans;
  }

  /** The first source that knows the date; none may (a plan not yet so far, a clock ended before 18). */
  private NextDate nextDate(CurrentPlans.NextDate wanted, Map<String, List<String>> instancesByKey, LocalDate today) {
    for (CurrentPlans.Source source : wanted.sources()) {
      if (source instanceof CurrentPlans.Booked booked) {
        LocalDate day = day(variable(instancesByKey.get(booked.processKey()), booked.variable()));
        if (day != null && !day.isBefore(today)) {
          return new NextDate(wanted.label(), day.toString(), "booked");
        }
      } else if (source instanceof CurrentPlans.DueTask dueTask) {
        List<String> instances = instancesByKey.get(dueTask.processKey());
        Optional<Date> due = instances == null ? Optional.empty()
            : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKeyIn(dueTask.taskKeys().toArray(String[]::new)).list().stream()
                .map(Task::getDueDate).filter(Objects::nonNull).min(Comparator.naturalOrder());
        if (due.isPresent()) {
          return new NextDate(wanted.label(), day(due.get()).toString(), "due");
        }
      } else if (source instanceof CurrentPlans.DueBy dueBy) {
        LocalDate day = day(variable(instancesByKey.get(dueBy.processKey()), dueBy.variable()));
        if (day != null) {
          return new NextDate(wanted.label(), day.toString(), "due");
        }
      }
    }
    return new NextDate(wanted.label(), null, null);
  }

  /** A variable of any scope of these running processes; the latest written where several hold it. */
  private Object variable(List<String> instances, String name) {
    if (instances == null || name == null) {
      return null;
    }
    return runtime.createVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new))
        .variableName(name).disableCustomObjectDeserialization().list().stream()
        .map(VariableInstance::getValue).filter(Objects::nonNull).reduce((earlier, later) -> later).orElse(null);
  }

  private List<Breach> breaches(String caseReference, String profileId) {
    List<Breach> shown = new ArrayList<>();
    for (StandardsBreach breach : breaches.forCase(caseReference)) {
      shown.add(new Breach(breach.ruleId(), ruleTitle(breach.standardsProfile() == null ? profileId : breach.standardsProfile(),
          breach.ruleId()), breach.breachedStep(),
          breach.dueAt().atZoneSameInstant(WorkingDayCalendar.LONDON).toLocalDate().toString(),
          breach.noticedAt().atZoneSameInstant(WorkingDayCalendar.LONDON).toOffsetDateTime().toString(), breach.detail()));
    }
    return shown;
  }

  private String ruleTitle(String profileId, String ruleId) {
    try {
      StandardsProfile profile = profiles.exists(profileId) ? profiles.profile(profileId) : profiles.profile(profiles.defaultProfile());
      return profile.rule(ruleId).title();
    } catch (UnknownTimescaleException e) {
      return null; // a gate's rule without a timescale: the step says what was missed
    }
  }

  /**
   * A day as the pathways keep it: ISO text from the forms and the gates ("2026-12-30", perhaps with a
   * time), or a Date from the engine and REST clients, read as its London day.
   */
  static LocalDate day(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(WorkingDayCalendar.LONDON).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof String text && text.length() >= 10) {
      try {
        return LocalDate.parse(text.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
