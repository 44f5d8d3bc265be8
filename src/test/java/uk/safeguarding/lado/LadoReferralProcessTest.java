package uk.safeguarding.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.ProcessTestBase;
import uk.safeguarding.lado.LadoReferralProcess.Element;
import uk.safeguarding.gates.GateRefusedException;
import uk.safeguarding.breaches.StandardsBreach;
import uk.safeguarding.breaches.StandardsBreachRegister;

/**
 * Allegations against people who work with children (LADO-01 to LADO-03): any practitioner refers,
 * the referral is with the LADO at once, the initial consideration is due the next working day, and
 * the allegation ends in one of the LADO-03 outcomes. A school refers a coach on Wednesday 9 December 2026.
 */
class LadoReferralProcessTest extends ProcessTestBase {

  @Autowired
  StandardsBreachRegister breaches;

  String caseReference;

  @BeforeEach
  void aSchoolIsWorriedAboutACoach() {
    clockAt("2026-12-09T11:00");
    caseReference = uniqueCaseReference();
  }

  Map<String, Object> referral() {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", caseReference);
    v.put("childName", "Amy Test");
    v.put("adultName", "Dan Coach");
    v.put("adultRole", "Football coach, Riverside FC");
    v.put("ladoCriteria", new ArrayList<>(List.of("harmedChild")));
    v.put("ladoSettings", "workplace,community");
    v.put("ladoConcernDetails", "Amy says the coach grabbed her arm hard at training on Tuesday.");
    v.put("ladoConcernArose", "2026-12-09");
    v.put("ladoReferrerAgency", "education");
    return v;
  }

  ProcessInstance refer(Map<String, Object> referral) {
    engine.getIdentityService().setAuthentication("emma", List.of("education"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(LadoReferralProcess.KEY, referral);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void lado01_lado02_aSchoolsReferralIsWithTheLadoAtOnceAndTheInitialConsiderationIsDueTheNextWorkingDay() {
    ProcessInstance referral = refer(referral());

    assertThat(referral.getBusinessKey()).isEqualTo(caseReference);
    assertThat(referral).isWaitingAt(Element.MakeInitialConsideration.name());
    Task consideration = task(referral.getId(), Element.MakeInitialConsideration.name());
    assertThat(candidateGroups(consideration)).containsExactly("lado");
    assertThat(londonDateTime(consideration.getDueDate())).isEqualTo("2026-12-10T23:59:59");
    assertThat(engine.getRuntimeService().getVariable(referral.getId(), "ladoReferredBy")).isEqualTo("emma");
    assertThat(breaches.forCase(caseReference)).isEmpty();

    engine.getIdentityService().setAuthentication("paul", List.of("police"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).count())
        .as("another agency sees nothing of it").isZero();
    engine.getIdentityService().setAuthentication("linda", List.of("lado"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral.getId()).count()).isEqualTo(1);
  }

  @Test
  void lado01_aReferralWithoutTheAdultTheCriterionOrTheReferrersOwnAgencyIsRefusedAndNothingIsCreated() {
    Map<String, Object> referral = referral();
    referral.remove("adultName");
    referral.put("ladoCriteria", "");
    referral.put("ladoSettings", "onTheMoon");
    referral.put("ladoReferrerAgency", "police");
    referral.put("ladoConcernArose", "2026-12-31");

    assertThatThrownBy(() -> refer(referral))
        .isInstanceOf(GateRefusedException.class)
        .hasMessageContaining("LADO-01 adultName")
        .hasMessageContaining("LADO-01 ladoCriteria: Say which LADO-01 criterion the concern meets")
        .hasMessageContaining("LADO-01 ladoSettings: 'onTheMoon' is not one of")
        .hasMessageContaining("LADO-01 ladoReferrerAgency: you do not act for 'police'")
        .hasMessageContaining("LADO-01 ladoConcernArose: cannot be in the future");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count()).isZero();
  }

  @Test
  void lado02_aReferralLaterThanTheWorkingDayAfterTheConcernIsTakenAndRecordedAsABreach() {
    Map<String, Object> referral = referral();
    referral.put("ladoConcernArose", "2026-12-04");

    ProcessInstance late = refer(referral);

    assertThat(late).isWaitingAt(Element.MakeInitialConsideration.name());
    assertThat(breaches.forCase(caseReference)).singleElement().satisfies(breach -> {
      assertThat(breach.ruleId()).isEqualTo("LADO-02");
      assertThat(breach.breachedStep()).isEqualTo("Refer the concern to the LADO");
      assertThat(londonDateTime(java.util.Date.from(breach.dueAt().toInstant()))).isEqualTo("2026-12-07T23:59:59");
    });
  }

  @Test
  void lado02_anInitialConsiderationNotMadeByTheEndOfTheNextWorkingDayIsABreachAndStaysWithTheLado() {
    ProcessInstance referral = refer(referral());

    clockAt("2026-12-10T22:00");
    assertThat(fireDueTimers(referral.getId())).isZero();
    clockAt("2026-12-11T08:00");
    assertThat(fireDueTimers(referral.getId())).isEqualTo(1);

    assertThat(referral).isWaitingAt(Element.MakeInitialConsideration.name());
    assertThat(breaches.forCase(caseReference)).extracting(StandardsBreach::ruleId).containsExactly("LADO-02");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey("ReviewStandardsBreach").count()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} ends at {1}")
  @CsvSource({"noFurtherAction, NoFurtherAction", "adviceToEmployer, AdviceGivenToEmployer"})
  void lado03_anInitialConsiderationWithoutAStrategyDiscussionEndsWithItsOutcome(String decision, String end) {
    ProcessInstance referral = refer(referral());
    Task consideration = task(referral.getId(), Element.MakeInitialConsideration.name());

    assertThatThrownBy(() -> engine.getTaskService().complete(consideration.getId(), Map.of("ladoDecision", "sack him")))
        .hasMessageContaining("LADO-03 ladoDecision: must be one of").hasMessageContaining("LADO-03 ladoNotes");
    engine.getTaskService().complete(consideration.getId(), Map.of("ladoDecision", decision, "ladoNotes", "Spoke to the club"));

    assertThat(referral).isEnded().hasPassed(end);
  }

  @Test
  void lado03_anAllegationTakenToAStrategyDiscussionEndsWithItsFinalOutcomeDueAMonthLater() {
    ProcessInstance referral = refer(referral());
    clockAt("2026-12-10T09:00");
    engine.getTaskService().complete(task(referral.getId(), Element.MakeInitialConsideration.name()).getId(),
        Map.of("ladoDecision", "strategyDiscussion", "ladoNotes", "Police to be involved"));

    Task outcome = task(referral.getId(), Element.RecordAllegationOutcome.name());
    assertThat(candidateGroups(outcome)).containsExactly("lado");
    assertThat(londonDateTime(outcome.getDueDate())).isEqualTo("2027-01-10T23:59:59");
    assertThatThrownBy(() -> engine.getTaskService().complete(outcome.getId(), Map.of("allegationOutcome", "proven")))
        .hasMessageContaining("LADO-03 allegationOutcome: must be one of [substantiated, unsubstantiated, unfounded, falseAllegation, malicious]")
        .hasMessageContaining("LADO-03 allegationStrategyDiscussionDate")
        .hasMessageContaining("LADO-03 allegationOutcomeReasons");

    engine.getTaskService().complete(outcome.getId(), Map.of("allegationStrategyDiscussionDate", "2026-12-10",
        "allegationOutcome", "substantiated", "allegationOutcomeReasons", "Witnessed by two parents; coach dismissed"));
    assertThat(referral).isEnded().hasPassed(Element.AllegationConcluded.name());
  }
}
