package uk.safeguarding.operations;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start spends its time, on request: with {@code -Dsafeguarding.startup-steps=true} the
 * application records Spring's start-up steps ({@link BufferingApplicationStartup}) and, once ready,
 * logs each step's own time (its duration less that of the steps inside it), the longest first, and
 * when Tomcat was serving and the set-up after it (groups, grants, filters) was done.
 * docs/performance.md ("Start-up and idle heap") names what each step is. Off by default: nothing
 * is recorded in production.
 */
public final class StartupSteps implements ApplicationListener<ApplicationEvent> {

  public static final String PROPERTY = "safeguarding.startup-steps";
  private static final Logger LOG = LoggerFactory.getLogger(StartupSteps.class);
  private static final int SHOWN = 30;

  private final BufferingApplicationStartup startup;
  private long servingMs;
  private long startedMs;

  private StartupSteps(BufferingApplicationStartup startup) {
    this.startup = startup;
  }

  /** Records the steps of {@code application} if {@value #PROPERTY} is set. */
  public static void recordIfAsked(SpringApplication application) {
    if (Boolean.getBoolean(PROPERTY)) {
      BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
      application.setApplicationStartup(startup);
      application.addListeners(new StartupSteps(startup));
    }
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof WebServerInitializedEvent) {
      servingMs = sinceJvmStart();
    } else if (event instanceof ContextRefreshedEvent) {
      startedMs = sinceJvmStart();
    } else if (event instanceof ApplicationReadyEvent ready) {
      log(sinceJvmStart(), ready.getApplicationContext().getBeanFactory());
    }
  }

  private void log(long readyMs, org.springframework.beans.factory.config.ConfigurableListableBeanFactory beans) {
    List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
    Map<Long, Long> inner = new HashMap<>();
    for (TimelineEvent e : events) {
      Long parent = e.getStartupStep().getParentId();
      if (parent != null) {
        inner.merge(parent, e.getDuration().toNanos(), Long::sum);
      }
    }
    List<String> lines = new ArrayList<>();
    events.stream()
        .sorted((a, b) -> Long.compare(own(b, inner), own(a, inner)))
        .limit(SHOWN)
        .forEach(e -> lines.add(String.format(Locale.ROOT, "%7d ms own %7d ms total  %s", own(e, inner) / 1_000_000,
            e.getDuration().toMillis(), describe(e.getStartupStep()))));
    Map<String, Long> byOrigin = new java.util.TreeMap<>();
    for (TimelineEvent e : events) {
      if (e.getStartupStep().getName().equals("spring.beans.instantiate")) {
        byOrigin.merge(origin(e.getStartupStep(), beans), own(e, inner), Long::sum);
      }
    }
    List<String> origins = new ArrayList<>();
    byOrigin.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(SHOWN)
        .forEach(o -> origins.add(String.format(Locale.ROOT, "%7d ms  %s", o.getValue() / 1_000_000, o.getKey())));
    LOG.info("Start-up: beans' own time by where their class comes from:\n{}", String.join("\n", origins));
    LOG.info("Start-up, from the JVM's start: Tomcat serving at {} ms, context refreshed at {} ms, ready at {} ms"
        + " (the set-up after Tomcat serves, groups, grants and filters, is spring.boot.application.started)."
        + " Longest steps, own time (less the steps inside):\n{}", servingMs, startedMs, readyMs, String.join("\n", lines));
  }

  /** uk.safeguarding.<package> for ours, else the first three parts of the class's package. */
  private static String origin(StartupStep step,
      org.springframework.beans.factory.config.ConfigurableListableBeanFactory beans) {
    String name = StreamSupport.stream(step.getTags().spliterator(), false).filter(t -> t.getKey().equals("beanName"))
        .map(StartupStep.Tag::getValue).findFirst().orElse("");
    Class<?> bean = null;
    try {
      bean = name.isEmpty() ? null : beans.getType(name, false);
    } catch (RuntimeException notKnown) {
      // an inner bean or one that is gone: counted under "?"
    }
    String type = bean == null ? "?" : org.springframework.util.ClassUtils.getUserClass(bean).getName();
    String[] parts = type.split("\\.");
    int kept = type.contains("uk.safeguarding.") ? 3 : Math.min(3, Math.max(1, parts.length - 1));
    return String.join(".", java.util.Arrays.copyOf(parts, Math.min(kept, parts.length)));
  }

  private static long own(TimelineEvent e, Map<Long, Long> inner) {
    return e.getDuration().toNanos() - inner.getOrDefault(e.getStartupStep().getId(), 0L);
  }

  private static String describe(StartupStep step) {
    String tags = StreamSupport.stream(step.getTags().spliterator(), false)
        .filter(t -> !t.getKey().equals("beanType"))
        .map(t -> t.getKey() + "=" + t.getValue())
        .collect(Collectors.joining(" "));
    return step.getName() + (tags.isEmpty() ? "" : " " + tags);
  }

  private static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
