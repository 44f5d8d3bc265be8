package uk.safeguarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.strategy.StrategyDiscussionScenario;

/** The four Tasklist filters every practitioner opens all day, as they read for each agency. */
class TasklistFiltersTest extends ProcessTestBase {

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void everyUserHasTheTraysAndTasklistOpensTheAgencysWorkFirst() {
    engine.getIdentityService().setAuthentication("paul", List.of("police"));
    // Tasklist lists filters by their priority, lowest first, and opens the first.
    List<Filter> trays = engine.getFilterService().createTaskFilterQuery().list().stream()
        .filter(filter -> TasklistFilters.TRAYS.contains(filter.getName()))
        .sorted(java.util.Comparator.comparing(filter -> ((Number) filter.getProperties().get("priority")).intValue()))
        .toList();

    assertThat(trays).extracting(Filter::getName).containsExactlyElementsOf(TasklistFilters.TRAYS);
    assertThat(trays.get(0).getName()).isEqualTo(TasklistFilters.MY_AGENCYS_TASKS);
    assertThat(trays).allSatisfy(tray -> assertThat(tray.getProperties())
        .containsEntry("refresh", true).containsEntry("showUndefinedVariable", true)
        .containsEntry("variables", List.of(java.util.Map.of("name", "childName", "label", "Child"),
            java.util.Map.of("name", "caseReference", "label", "Case"))));
  }

  @Test
  void sd06_byChildListsTheChildrenByCaseReferenceWhateverTheirDueDates() {
    String family = uniqueCaseReference();
    clockAt("2026-12-01T09:00");
    StrategyDiscussionScenario ben = new StrategyDiscussionScenario(engine, family + "-B");
    ben.start("2026-12-01");
    ben.convene(StrategyDiscussionScenario.convening("2026-12-09"));
    StrategyDiscussionScenario amy = new StrategyDiscussionScenario(engine, family + "-A");
    amy.start("2026-12-01");
    amy.convene(StrategyDiscussionScenario.convening("2026-12-10"));

    List<Task> byChild = listLikeAs("helen", "health", TasklistFilters.BY_CHILD, family + "%");
    List<Task> byDueDate = listLikeAs("helen", "health", TasklistFilters.MY_AGENCYS_TASKS, family + "%");

    assertThat(byChild).extracting(Task::getProcessInstanceId)
        .containsExactly(amy.discussion.getId(), ben.discussion.getId());
    assertThat(byDueDate).extracting(Task::getProcessInstanceId)
        .containsExactly(ben.discussion.getId(), amy.discussion.getId());
  }

  @Test
  void sd06_byChildKeepsBrothersAndSistersTogetherByTheirFamilyReference() {
    // Three children, each a case of their own, in the order of their case references: Amy (A), Cara (M)
    // and Ben (Z). Amy and Ben are a sister and brother with one family reference; Cara is not family.
    String stem = uniqueCaseReference();
    String family = "FAM-" + stem.substring(stem.length() - 8);
    clockAt("2026-12-01T09:00");
    StrategyDiscussionScenario amy = startedAndConvened(stem + "-A", family, "2026-12-10");
    StrategyDiscussionScenario cara = startedAndConvened(stem + "-M", null, "2026-12-08");
    StrategyDiscussionScenario ben = startedAndConvened(stem + "-Z", null, "2026-12-09");

    // Ben's pathway was opened without the family: the correction of the case record adds it.
    engine.getIdentityService().setAuthentication("sarah", List.of("csc-social-worker"));
    try {
      engine.getRuntimeService().startProcessInstanceByKey("CorrectCaseRecord", java.util.Map.of("caseReference", ben.caseReference,
          "correctedFact", "familyReference", "correctedValue", family, "correctionReason", "Ben is Amy's brother (same household)"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    List<String> byChild = listLikeAs("helen", "health", TasklistFilters.BY_CHILD, stem + "%").stream()
        .map(Task::getProcessInstanceId).toList();
    assertThat(byChild).as("Cara alone, then the family: Amy, then Ben")
        .containsExactly(cara.discussion.getId(), amy.discussion.getId(), ben.discussion.getId());
    assertThat(engine.getRuntimeService().getVariable(ben.discussion.getId(), "familyAndChild"))
        .isEqualTo(family + " " + ben.caseReference);
  }

  @Test
  void sd06_noPractitionerMovesAChildIntoAnotherFamilyOrTheTrayOrderByCompletingATask() {
    clockAt("2026-12-01T09:00");
    StrategyDiscussionScenario amy = startedAndConvened(uniqueCaseReference(), "FAM-KEEP", "2026-12-10");
    Task police = engine.getTaskService().createTaskQuery().processInstanceId(amy.discussion.getId())
        .taskCandidateGroup("police").singleResult();
    java.util.Map<String, Object> answers = java.util.Map.of("agencyInformation", "Known to us", "riskAnalysis", "Medium");

    for (String written : List.of("familyReference", "familyAndChild")) {
      java.util.Map<String, Object> sneaked = new java.util.HashMap<>(answers);
      sneaked.put(written, "FAM-OTHER");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(police, "paul", "police", sneaked))
          .as(written).isInstanceOf(uk.safeguarding.contract.CaseWriteRefusedException.class).hasMessageContaining(written);
    }
    assertThat(engine.getRuntimeService().getVariable(amy.discussion.getId(), "familyAndChild"))
        .isEqualTo("FAM-KEEP " + amy.caseReference);
  }

  @Test
  void sd06_aFamilyReferenceThatIsNotAReferenceIsRefusedWithTheRule() {
    java.util.Map<String, Object> referral = StrategyDiscussionScenario.referral(uniqueCaseReference(), "2026-12-01");
    referral.put("familyReference", "the Smiths");
    clockAt("2026-12-01T09:00");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StrategyDiscussionScenario(engine, "x").start(referral))
        .hasMessageContaining("familyReference: the family reference is 3 to 32 capital letters");
  }

  private StrategyDiscussionScenario startedAndConvened(String caseReference, String family, String discussionDate) {
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, caseReference);
    java.util.Map<String, Object> referral = StrategyDiscussionScenario.referral(caseReference, "2026-12-01");
    if (family != null) {
      referral.put("familyReference", family);
    }
    child.start(referral);
    child.convene(StrategyDiscussionScenario.convening(discussionDate));
    return child;
  }

  private List<Task> listLikeAs(String user, String group, String filterName, String caseReferenceLike) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(filterName).singleResult();
      return engine.getFilterService().list(filter.getId(),
          engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(caseReferenceLike));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void sd06_myAgencysTasksShowsThePoliceOnlyPoliceWork() {
    StrategyDiscussionScenario child = convenedCase("2026-12-09");

    List<Task> police = listAs("paul", "police", TasklistFilters.MY_AGENCYS_TASKS, child.caseReference);

    assertThat(police).singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo("ContributeToStrategyDiscussion");
  }

  @Test
  void dueWithin5WorkingDaysCountsWorkingDaysAcrossTheWeekend() {
    // Contributions are due at the end of Thursday 10 December.
    StrategyDiscussionScenario child = convenedCase("2026-12-10");

    clockAt("2026-12-03T09:00"); // five working days on: the end of Thursday 10 December
    assertThat(listAs("helen", "health", TasklistFilters.DUE_WITHIN_5_WORKING_DAYS, child.caseReference)).hasSize(1);
    clockAt("2026-12-02T09:00"); // five working days on: the end of Wednesday 9 December
    assertThat(listAs("helen", "health", TasklistFilters.DUE_WITHIN_5_WORKING_DAYS, child.caseReference)).isEmpty();
  }

  @Test
  void overdueShowsWorkPastItsDueDate() {
    StrategyDiscussionScenario child = convenedCase("2026-12-10");

    clockAt("2026-12-10T17:00");
    assertThat(listAs("emma", "education", TasklistFilters.OVERDUE, child.caseReference)).isEmpty();
    clockAt("2026-12-11T08:00");
    assertThat(listAs("emma", "education", TasklistFilters.OVERDUE, child.caseReference)).hasSize(1);
  }

  private StrategyDiscussionScenario convenedCase(String discussionDate) {
    clockAt("2026-12-01T09:00");
    StrategyDiscussionScenario child = new StrategyDiscussionScenario(engine, uniqueCaseReference());
    child.start("2026-12-01");
    child.convene(StrategyDiscussionScenario.convening(discussionDate));
    return child;
  }

  private List<Task> listAs(String user, String group, String filterName, String caseReference) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(filterName).singleResult();
      return engine.getFilterService().list(filter.getId(),
          engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
