package uk.safeguarding.contract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every process contract of the application, found by itself: each class under {@code uk.safeguarding}
 * whose name ends in {@code Process} and that holds a {@code public static final ProcessContract}. No
 * list is kept by hand, so a new pathway cannot be forgotten; {@code ContractTest} fails for a deployed
 * diagram without one.
 */
@Component
public class ProcessContracts {

  static final String BASE_PACKAGE = "uk.safeguarding";

  private final Map<String, ProcessContract> byKey;
  private final Map<String, Step> steps = new HashMap<>();
  private final Map<String, List<Step>> messages = new HashMap<>();
  private final Set<String> declaredAnywhere = new HashSet<>();

  public ProcessContracts() {
    this(discover());
  }

  ProcessContracts(List<ProcessContract> contracts) {
    Map<String, ProcessContract> keyed = new LinkedHashMap<>();
    for (ProcessContract contract : contracts) {
      if (keyed.put(contract.key(), contract) != null) {
        throw new IllegalStateException("two contracts for the process " + contract.key());
      }
      for (Step step : contract.steps()) {
        if (step.door() == Step.Door.MESSAGE) {
          messages.computeIfAbsent(step.id(), name -> new ArrayList<>()).add(step);
        } else if (steps.put(stepKey(contract.key(), step.id()), step) != null) {
          throw new IllegalStateException(contract.key() + " declares the step " + step.id() + " twice");
        }
      }
      declaredAnywhere.addAll(contract.declared().keySet());
      declaredAnywhere.addAll(contract.computed());
    }
    CaseFacts.ALL.forEach(fact -> declaredAnywhere.add(fact.name()));
    this.byKey = keyed;
  }

  public static List<ProcessContract> discover() {
    List<ProcessContract> found = new ArrayList<>(contractClasses().values());
    found.sort(Comparator.comparing(ProcessContract::key));
    return found;
  }

  /**
   * Each contract class with the contract it holds. The class also names the diagram's elements the
   * code relies on (its {@code Element} enum), which the deployment test checks against the diagram.
   * The classpath does not change while the JVM runs, so it is scanned once (the application start
   * asked twice: this bean and the agencies' grants, docs/performance.md).
   */
  public static Map<Class<?>, ProcessContract> contractClasses() {
    return Scanned.CONTRACT_CLASSES;
  }

  /** Scanned on first use, by the JVM's class initialisation (once, and safely across threads). */
  private static final class Scanned {
    static final Map<Class<?>, ProcessContract> CONTRACT_CLASSES = java.util.Collections.unmodifiableMap(scan());
  }

  private static Map<Class<?>, ProcessContract> scan() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Process")
        && !reader.getClassMetadata().isInterface());
    Map<Class<?>, ProcessContract> found = new LinkedHashMap<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ProcessContracts.class.getClassLoader());
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == ProcessContract.class && Modifier.isStatic(field.getModifiers())
            && Modifier.isPublic(field.getModifiers())) {
          try {
            found.put(type, (ProcessContract) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + field.getName(), e);
          }
        }
      }
    }
    return found;
  }

  public List<ProcessContract> all() {
    return List.copyOf(byKey.values());
  }

  public Optional<ProcessContract> of(String processKey) {
    return Optional.ofNullable(byKey.get(processKey));
  }

  /** The user task or start event {@code elementId} of {@code processKey}, if its contract declares it. */
  public Optional<Step> step(String processKey, String elementId) {
    return Optional.ofNullable(steps.get(stepKey(processKey, elementId)));
  }

  /** Every declaration of a message: a message may start one process and be caught by another. */
  public List<Step> message(String messageName) {
    return messages.getOrDefault(messageName, List.of());
  }

  /** Whether any contract names the variable: a case fact, a step's answer or a computed value. */
  public boolean isCaseVariable(String name) {
    return declaredAnywhere.contains(name);
  }

  private static String stepKey(String processKey, String id) {
    return processKey + "#" + id;
  }
}
