package uk.safeguarding.returns;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The census checked all year round: each child of the year that breaks a rule, with the rule's
 * number and message and a link to where it is put right: the child's open task that records the item,
 * or else the child's case page.
 */
@Component
public class CinCensusValidation {

  /** One rule one child breaks. */
  public record Failure(String caseReference, String laChildId, String rule, String message, String item, String fixedAt,
      String link) {}

  private final ProcessEngine engine;

  public CinCensusValidation(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The failures of a return, child by child in the order of the return, each child's rules in number order. */
  public static List<CinCensusRule> failedRules(CinCensusChild child, CinCensusRule.Census census) {
    return CinCensusRules.ALL.stream().filter(rule -> rule.fails(child, census)).toList();
  }

  public List<Failure> failures(CensusYear year, List<CinCensusChild> children) {
    CinCensusRule.Census census = new CinCensusRule.Census(year, children);
    List<Failure> failures = new ArrayList<>();
    for (CinCensusChild child : children) {
      for (CinCensusRule rule : failedRules(child, census)) {
        failures.add(new Failure(child.caseReference(), child.laChildId(), rule.number(), rule.message(), rule.item(),
            rule.fixedAt().words(), link(child.caseReference(), rule.fixedAt())));
      }
    }
    return failures;
  }

  /** The open task of the child that records the item, in Tasklist; otherwise the child's case page. */
  String link(String caseReference, CinCensusRule.WhereFixed fixedAt) {
    if (fixedAt.taskId() != null && caseReference != null) {
      List<Task> open = CinCensusRecords.withoutAuthorization(engine, () -> engine.getTaskService().createTaskQuery()
          .processInstanceBusinessKey(caseReference).processDefinitionKey(fixedAt.processKey())
          .taskDefinitionKey(fixedAt.taskId()).active().listPage(0, 1));
      if (!open.isEmpty()) {
        return "/camunda/app/tasklist/default/#/?task=" + open.get(0).getId();
      }
    }
    return "/child-case.html?case=" + (caseReference == null ? "" : caseReference);
  }
}
