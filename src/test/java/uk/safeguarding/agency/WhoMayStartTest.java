package uk.safeguarding.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.Test;
import uk.safeguarding.ProcessTestBase;

/**
 * Who may start a pathway is declared beside its contract ({@code WHO_MAY_START}) and found there: every
 * diagram a person can start from Tasklist (it has a start form) has one, and its agencies, and only
 * they, hold the grant to start it.
 */
class WhoMayStartTest extends ProcessTestBase {

  @Test
  void everyPathwayWithAStartFormSaysWhoMayStartItAndThoseAgenciesMay() {
    List<WhoMayStart> declared = WhoMayStart.ofEveryPathway();
    List<String> withStartForm = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(this::hasAStartForm).map(ProcessDefinition::getKey).sorted().toList();

    assertThat(declared).extracting(WhoMayStart::processKey).containsExactlyInAnyOrderElementsOf(withStartForm);
    for (WhoMayStart pathway : declared) {
      for (Agency agency : Agency.values()) {
        boolean granted = engine.getAuthorizationService().isUserAuthorized("someone", List.of(agency.groupId()),
            Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, pathway.processKey());
        assertThat(granted).as("%s may start %s", agency, pathway.processKey()).isEqualTo(pathway.agencies().contains(agency));
      }
    }
  }

  /** A start event of the process itself (not of an event subprocess) with a Camunda Form. */
  private boolean hasAStartForm(ProcessDefinition definition) {
    return engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class)
        .stream().anyMatch(start -> start.getParentElement() instanceof Process && start.getCamundaFormRef() != null);
  }
}
