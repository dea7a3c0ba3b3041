package io.github.regeneligibility.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.json.BadApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The example application beyond single assessments: the editions route, the actuator's health,
 * info and Prometheus endpoints, Spring MVC's own problems, and which Jackson writes what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedToday.class)
final class ExampleApplicationTest {

  @RegisterExtension static final ReferenceService service = new ReferenceService();

  private final MockMvc mvc;
  private final ApplicationContext context;

  ExampleApplicationTest(@Autowired MockMvc mvc, @Autowired ApplicationContext context) {
    this.mvc = mvc;
    this.context = context;
  }

  @Test
  void editions_areListedAsTheServiceListsThem() throws Exception {
    String listed =
        mvc.perform(get("/v1/policy/editions"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(new ObjectMapper().readTree(listed))
        .isEqualTo(service.get("/v1/policy/editions").json());
  }

  @Test
  void health_showsTheEditionInForce() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.eligibility.status").value("UP"))
        .andExpect(jsonPath("$.components.eligibility.details.policy.id").value("park-intake"))
        .andExpect(jsonPath("$.components.eligibility.details.policy.version").value("2026.1"))
        .andExpect(jsonPath("$.components.eligibility.details.policyProblems").isEmpty());
  }

  @Test
  void info_listsTheEditions() throws Exception {
    mvc.perform(get("/actuator/info"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.eligibility.editions[0].version").value("2026.1"))
        .andExpect(jsonPath("$.eligibility.editions[0].status").value("IN_FORCE"));
  }

  @Test
  void prometheus_countsAssessmentsUnderTheServicesNames() throws Exception {
    mvc.perform(
            post("/v1/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BadApplications.VALID))
        .andExpect(status().isOk());

    String scraped =
        mvc.perform(get("/actuator/prometheus"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(scraped)
        .containsPattern(
            "(?m)^eligibility_assessments_total\\{edition=\"park-intake@2026\\.1\","
                + "tier=\"PRIORITY\"} [1-9]")
        .contains("eligibility_edition_reloads_total{result=\"refused\"} 0.0");
  }

  @Test
  void aWrongMediaType_isSpringMvcsOwnProblem() throws Exception {
    mvc.perform(
            post("/v1/assessments")
                .contentType(MediaType.TEXT_PLAIN)
                .content(BadApplications.VALID))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(415));
  }

  @Test
  void aBodyOverOneMebibyte_isRefusedWith413() throws Exception {
    String body =
        BadApplications.VALID.replace("{", "{" + " ".repeat(AssessmentController.MAX_BODY_BYTES));

    mvc.perform(post("/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().is(413))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(413));
  }

  @Test
  void springMvc_writesItsJsonWithJackson3_andTheStarterReadsWithJackson2() {
    // Spring MVC's own mapper (problems, the actuator) is Spring Boot 4's default, Jackson 3; the
    // starter brings no mapper bean: the binding keeps its Jackson 2 to itself.
    assertThat(context.getBeanNamesForType(tools.jackson.databind.json.JsonMapper.class))
        .isNotEmpty();
    assertThat(context.getBeanNamesForType(com.fasterxml.jackson.databind.ObjectMapper.class))
        .isEmpty();
  }
}
