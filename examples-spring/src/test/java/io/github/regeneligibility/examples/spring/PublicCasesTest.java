package io.github.regeneligibility.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regeneligibility.json.Cases;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project's example cases, and bad applications of every kind, posted to the Spring MVC
 * application and to the reference service: the application answers each as the service does
 * (status, media type, the assessment's JSON; for a problem its type, title, detail and every
 * error's field, code and message), in English and in Chinese, and as the case file expects.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FixedToday.class)
final class PublicCasesTest {

  @RegisterExtension static final ReferenceService service = new ReferenceService();

  private static final List<String> LANGUAGES = List.of("en", "zh-CN");

  private final MockMvc mvc;

  PublicCasesTest(@Autowired MockMvc mvc) {
    this.mvc = mvc;
  }

  static Stream<Arguments> publicCases() {
    return Cases.read("public.jsonl").stream()
        .flatMap(c -> LANGUAGES.stream().map(language -> Arguments.of(c, language)));
  }

  static List<Cases.Case> mustFailCases() {
    return Cases.read("must-fail.jsonl");
  }

  /** Posts {@code body} to the application, as a client would. */
  private ReferenceService.Answer assess(String body, String acceptLanguage) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/v1/assessments")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", acceptLanguage)
                    .content(body))
            .andReturn()
            .getResponse();
    return new ReferenceService.Answer(
        response.getStatus(),
        String.valueOf(response.getContentType()),
        response.getHeader("Cache-Control"),
        response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The case's outcome as the application answered it, read as the service's tests read it. */
  private static Cases.Outcome outcome(ReferenceService.Answer answer) {
    JsonNode body = answer.json();
    if (answer.status() == 200) {
      return new Cases.Outcome(200, body, List.of());
    }
    List<String> fields = new ArrayList<>();
    body.path("errors").forEach(error -> fields.add(error.get("field").asText()));
    return new Cases.Outcome(answer.status(), body, fields);
  }

  /**
   * Checks that {@code spring} is the service's answer {@code reference}, but for where it went.
   */
  private static void assertSameAnswer(
      ReferenceService.Answer spring, ReferenceService.Answer reference) {
    assertThat(spring.status()).isEqualTo(reference.status());
    assertThat(
            MediaType.parseMediaType(spring.contentType())
                .equalsTypeAndSubtype(MediaType.parseMediaType(reference.contentType())))
        .as("%s, the service's %s", spring.contentType(), reference.contentType())
        .isTrue();
    assertThat(spring.cacheControl()).isEqualTo(reference.cacheControl());
    JsonNode answered = spring.json();
    if (answered instanceof ObjectNode problem && spring.status() != 200) {
      // Spring MVC adds the request's path as the problem's "instance"; RFC 9457 allows it.
      assertThat(problem.remove("instance").asText()).isEqualTo("/v1/assessments");
    }
    JsonNode expected = reference.json();
    if (expected instanceof ObjectNode problem && reference.status() != 200) {
      // The service names its own request by the extension "requestId" (from X-Request-Id), an id
      // of the service's log that an application has its own way of giving, or none.
      assertThat(problem.remove("requestId").asText()).matches("[0-9a-f]{32}");
    }
    assertThat(answered).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("publicCases")
  void publicCase_isAnsweredAsTheReferenceServiceAnswersIt(Cases.Case c, String language)
      throws Exception {
    String body = c.application().toString();

    ReferenceService.Answer spring = assess(body, language);

    assertSameAnswer(spring, service.post("/v1/assessments", body, language));
    assertThat(Cases.mismatches(c, outcome(spring))).isEmpty();
  }

  @Test
  void publicCases_bothOutcomesAreRun() {
    assertThat(Cases.read("public.jsonl"))
        .extracting(c -> c.expected().get("status").asInt())
        .contains(200, 400)
        .hasSize(16);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustFailCases")
  void mustFailCase_isCaughtByTheRunner(Cases.Case c) throws Exception {
    assertThat(Cases.mismatches(c, outcome(assess(c.application().toString(), "en")))).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.regeneligibility.json.BadApplications#oneProblemEach")
  void badApplication_isAnsweredAsTheReferenceServiceAnswersIt(
      String name, String body, String field, String code) throws Exception {
    ReferenceService.Answer spring = assess(body, "zh");

    assertSameAnswer(spring, service.post("/v1/assessments", body, "zh"));
    assertThat(spring.json().get("errors"))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.get("field").asText()).isEqualTo(field);
              assertThat(error.get("code").asText()).isEqualTo(code);
            });
  }

  @Test
  void hostileApplication_withMoreProblemsThanAnAnswerLists_isCutAsTheServiceCutsIt()
      throws Exception {
    StringBuilder body = new StringBuilder("{\"id\": \"X\"");
    for (int i = 0; i < 250; i++) {
      // A name of 60 escaped characters: a control character, a quote and a backslash, twenty
      // times, each written escaped in the answer too.
      body.append(", \"").append("\\u0001\\\"\\\\".repeat(20)).append(i).append("\": 1");
    }
    String hostile = body.append('}').toString();

    ReferenceService.Answer spring = assess(hostile, "en");

    assertSameAnswer(spring, service.post("/v1/assessments", hostile, "en"));
    assertThat(spring.json().get("omittedErrors").asLong()).isPositive();
  }
}
