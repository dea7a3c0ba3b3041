package io.github.regeneligibility.spring;

import static io.github.regeneligibility.spring.Fixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.InvalidApplicationException;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** Invalid applications answered as the reference service answers them. */
final class EligibilityProblemAdviceTest {
  private static final EligibilityJson JSON = EligibilityJson.create();
  private static final EligibilityProblemAdvice ADVICE = new EligibilityProblemAdvice();

  private static ServletWebRequest request(@Nullable String acceptLanguage) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/assessments");
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
    }
    return new ServletWebRequest(request);
  }

  private static ProblemDetail answer(String json, @Nullable String acceptLanguage) {
    ApplicationInput input = JSON.readApplication(json);
    ResponseEntity<ProblemDetail> answer =
        ADVICE.invalidInput(new InvalidApplicationInputException(input), request(acceptLanguage));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
    return Objects.requireNonNull(answer.getBody());
  }

  private static List<Map<String, String>> errors(ProblemDetail problem) {
    Map<String, @Nullable Object> properties = Objects.requireNonNull(problem.getProperties());
    @SuppressWarnings("unchecked")
    List<Map<String, String>> errors = (List<Map<String, String>>) properties.get("errors");
    return Objects.requireNonNull(errors);
  }

  @Test
  void invalidInput_inChinese_isTheServicesAnswer() {
    ProblemDetail problem =
        answer(
            VALID.replace("\"yearsToIndustrialization\": 0", "\"yearsToIndustrialization\": \"3\""),
            "zh-CN");

    // The reference service's pinned answer (AssessmentRouteTest), field for field.
    assertThat(problem.getType())
        .isEqualTo(URI.create("https://regen-eligibility.github.io/problems/invalid-application"));
    assertThat(problem.getTitle()).isEqualTo("申请无效");
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getDetail()).isEqualTo("1 个问题");
    assertThat(errors(problem))
        .containsExactly(
            Map.of(
                "field", "yearsToIndustrialization",
                "code", "WRONG_TYPE",
                "message", "“距产业化年限”须为整数。"));
    assertThat(problem.getProperties()).doesNotContainKey("omittedErrors");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-TW", "de, zh;q=0", ""})
  void invalidInput_otherwise_isInEnglish(String acceptLanguage) {
    ProblemDetail problem = answer(VALID.replace("\"T-1\"", "\"bad id\""), acceptLanguage);

    assertThat(problem.getTitle()).isEqualTo("Invalid application");
    assertThat(problem.getDetail()).isEqualTo("1 problem");
    assertThat(errors(problem))
        .extracting(e -> e.get("field"), e -> e.get("code"))
        .containsExactly(tuple("id", "ID_FORMAT"));
  }

  @Test
  void invalidApplication_ofAForm_listsEveryViolation() {
    InvalidApplicationException refused =
        catchThrowableOfType(
            InvalidApplicationException.class,
            () ->
                ApplicationValidator.shared()
                    .validate(new ApplicationForm.Builder().id("bad id").build())
                    .orElseThrow());

    ProblemDetail problem =
        Objects.requireNonNull(ADVICE.invalidApplication(refused, request(null)).getBody());

    assertThat(problem.getDetail()).isEqualTo(refused.getViolations().size() + " problems");
    assertThat(errors(problem))
        .extracting(e -> e.get("field"), e -> e.get("code"))
        .containsExactlyElementsOf(
            refused.getViolations().stream()
                .map(v -> tuple(v.getPath(), v.getCode().name()))
                .toList());
  }

  @Test
  void invalidInput_withMoreProblemsThanAnAnswerLists_countsTheOthers() {
    StringBuilder json = new StringBuilder(VALID.substring(0, VALID.length() - 1));
    for (int i = 0; i < 150; i++) {
      json.append(", \"unknown").append(i).append("\": 1");
    }
    ProblemDetail problem = answer(json.append('}').toString(), null);

    assertThat(problem.getDetail()).isEqualTo("150 problems");
    assertThat(errors(problem)).hasSize(100);
    assertThat(problem.getProperties()).containsEntry("omittedErrors", 50L);
  }

  @Test
  void answer_withLongMessages_keepsItsErrorsWithinTheBudget() throws Exception {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String message = "\"quoted\" \\ " + "x".repeat(1000) + " " + i;
      problems.add(
          new Problem.Builder()
              .path("field" + i)
              .code(FormatCode.UNKNOWN_PROPERTY)
              .text(Text.of(message, message))
              .build());
    }

    ProblemDetail problem = ProblemAnswer.invalidApplication(problems, 0, Language.ENGLISH);

    int written = errors(problem).size();
    int elementBytes = new ObjectMapper().writeValueAsBytes(errors(problem).get(0)).length;
    assertThat(written).isBetween(1, 99);
    assertThat(problem.getProperties()).containsEntry("omittedErrors", (long) (100 - written));
    assertThat(written * (elementBytes + 1)).isLessThanOrEqualTo(ProblemDocument.ERRORS_BUDGET);
    assertThat((written + 1) * (elementBytes + 1)).isGreaterThan(ProblemDocument.ERRORS_BUDGET);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "\"quotes\" and \\ backslashes",
        "controls \b\t\n\f\r and \u0000\u0001\u001f",
        "中文：主要领域“基因工程”",
        "an emoji \uD83D\uDE00 and é",
        ""
      })
  void answer_errors_areTheServicesErrors(String text) throws Exception {
    Problem problem =
        new Problem.Builder()
            .path(text)
            .code(FormatCode.UNKNOWN_PROPERTY)
            .text(Text.of(text + text, text))
            .build();

    ProblemDetail answer = ProblemAnswer.invalidApplication(List.of(problem), 0, Language.ENGLISH);

    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.writeValueAsString(errors(answer)))
        .isEqualTo(
            mapper
                .readTree(
                    ProblemDocument.invalidApplication(List.of(problem), 0)
                        .toJson(Language.ENGLISH))
                .get("errors")
                .toString());
  }

  @Test
  void exception_ofAValidApplication_isRefused() {
    ApplicationInput valid = JSON.readApplication(VALID);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidApplicationInputException(valid))
        .withMessage("the input is a valid application: it has no problems");
  }

  @Test
  void exception_carriesEveryProblem() {
    ApplicationInput input = JSON.readApplication("{}");

    InvalidApplicationInputException e = new InvalidApplicationInputException(input);

    assertThat(e.getProblems()).isEqualTo(input.problems());
    assertThat(e.getOmittedProblems()).isZero();
    assertThat(e.getMessage()).startsWith("Invalid application: ");
    assertThat(e.getProblems())
        .asInstanceOf(InstanceOfAssertFactories.list(Problem.class))
        .isNotEmpty();
  }
}
