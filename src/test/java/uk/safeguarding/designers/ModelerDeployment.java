package uk.safeguarding.designers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A designer's deployment as Camunda Modeler makes it: a real diagram of processes/, changed as a
 * designer would change it in Modeler, posted with its forms to /engine-rest/deployment/create.
 */
final class ModelerDeployment {

  static final ObjectMapper JSON = new ObjectMapper();

  private ModelerDeployment() {}

  /** The diagram of processes/ at {@code path}, with {@code change} made to it. */
  static BpmnModelInstance changed(String path, Consumer<BpmnModelInstance> change) {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", path).toFile());
    change.accept(model);
    return model;
  }

  /** Posts the diagram and the forms of forms/ that it names, as the designer {@code user}. */
  static ResponseEntity<JsonNode> deploy(TestRestTemplate rest, String user, String password, String fileName,
      BpmnModelInstance diagram) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", fileName);
    parts.add("deployment-source", "Camunda Modeler");
    // Deploying only what changed would leave the unchanged forms behind; the server deploys whole.
    parts.add("deploy-changed-only", "true");
    parts.add(fileName, file(fileName, Bpmn.convertToString(diagram).getBytes(StandardCharsets.UTF_8)));
    for (Path form : formsOf(diagram)) {
      try {
        parts.add(form.getFileName().toString(), file(form.getFileName().toString(), Files.readAllBytes(form)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, password)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private static HttpEntity<ByteArrayResource> file(String name, byte[] bytes) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDispositionFormData(name, name);
    return new HttpEntity<>(new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    }, headers);
  }

  private static List<Path> formsOf(BpmnModelInstance diagram) {
    Set<String> ids = new HashSet<>();
    diagram.getModelElementsByType(UserTask.class).forEach(task -> ids.add(task.getCamundaFormRef()));
    diagram.getModelElementsByType(StartEvent.class).forEach(start -> ids.add(start.getCamundaFormRef()));
    try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
      return forms.filter(path -> path.toString().endsWith(".form")).filter(path -> {
        try {
          return ids.contains(JSON.readTree(path.toFile()).path("id").asText());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
