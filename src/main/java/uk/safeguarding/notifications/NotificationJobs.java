package uk.safeguarding.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each email is sent by a Camunda job of its own (type {@value #TYPE}, its configuration the
 * notification's id), created in the same transaction as the outbox row: the job executor of any node
 * takes it, a failed send is tried again after each of {@code safeguarding.notifications.retry-intervals}
 * (an SMTP outage of hours loses nothing), and after the last the engine raises the job's incident,
 * which Cockpit shows and where a manager retries it ("Retry" on the incident). Why a job and not a
 * poller of our own: the engine already gives acquisition that two nodes never share, locks that a
 * dead node gives back, retries, incidents and Cockpit's retry, all of it tested.
 *
 * <p>A job that is not tied to a diagram's activity is retried by the engine at once, three times; for
 * ours this plugin's failed-job command waits between tries instead.
 */
@Component
public class NotificationJobs extends AbstractProcessEnginePlugin {

  public static final String TYPE = "safeguarding-notification";

  private final ObjectProvider<NotificationSender> sender;
  private final NotificationSettings settings;

  public NotificationJobs(ObjectProvider<NotificationSender> sender, NotificationSettings settings) {
    this.sender = sender;
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(new SendHandler());
    FailedJobCommandFactory engineDefault = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> new WaitBeforeTheNextTry(jobId, exception,
        settings.getRetryIntervals(), engineDefault));
  }

  /**
   * In the command of the work that causes it: the job that sends notification {@code id}, not before
   * {@code notBefore}. It names the pathway's process definition (not the case's process instance, so
   * that it outlives the task and is none of the instance's own jobs): its incident is counted under the
   * pathway in Cockpit, and whoever may retry the pathway's jobs (team and service managers,
   * RETRY_JOB) may retry it.
   */
  static String schedule(String notificationId, Date notBefore, int attempts, String processDefinitionId) {
    MessageEntity job = new MessageEntity();
    ProcessDefinitionEntity pathway = processDefinitionId == null ? null
        : Context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);
    if (pathway != null) {
      job.setProcessDefinitionId(pathway.getId());
      job.setProcessDefinitionKey(pathway.getKey());
      job.setDeploymentId(pathway.getDeploymentId());
    }
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfigurationRaw(notificationId);
    job.setRetries(attempts);
    if (notBefore != null && notBefore.after(ClockUtil.getCurrentTime())) {
      job.setDuedate(notBefore);
    }
    Context.getCommandContext().getJobManager().send(job);
    return job.getId();
  }

  /** Tries in all: the first, then one after each retry interval. */
  int attempts() {
    return settings.getRetryIntervals().size() + 1;
  }

  record Configuration(String notificationId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return notificationId;
    }
  }

  class SendHandler implements JobHandler<Configuration> {
    @Override
    public String getType() {
      return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
      sender.getObject().send(configuration.notificationId());
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
      return new Configuration(canonicalString);
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
      // The outbox row stays: it is the record of what was (or was not) sent.
    }
  }

  /** A failed send of ours: one try fewer, the next after the configured wait; any other job as the engine would. */
  static final class WaitBeforeTheNextTry extends DefaultJobRetryCmd {
    private final List<Duration> intervals;
    private final FailedJobCommandFactory engineDefault;

    WaitBeforeTheNextTry(String jobId, Throwable exception, List<Duration> intervals, FailedJobCommandFactory engineDefault) {
      super(jobId, exception);
      this.intervals = intervals;
      this.engineDefault = engineDefault;
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job == null || !TYPE.equals(job.getJobHandlerType())) {
        Command<Object> other = engineDefault == null ? null : engineDefault.getCommand(jobId, exception);
        return other == null ? super.execute(commandContext) : other.execute(commandContext);
      }
      job.unlock();
      logException(job);
      decrementRetries(job);
      int triesMade = intervals.size() + 1 - job.getRetries();
      if (job.getRetries() > 0 && !intervals.isEmpty()) {
        Duration wait = intervals.get(Math.max(0, Math.min(triesMade - 1, intervals.size() - 1)));
        job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
      }
      notifyAcquisition(commandContext);
      return null;
    }
  }
}
