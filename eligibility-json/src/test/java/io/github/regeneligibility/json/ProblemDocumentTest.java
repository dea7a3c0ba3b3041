package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.ValidityCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The RFC 9457 problem document and its one writer: the library's own documents pinned, every
 * document bounded however many problems it lists, and every text written well-formed.
 */
final class ProblemDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String json(ProblemDocument problem, Language language) {
    return new String(problem.toJson(language), StandardCharsets.UTF_8);
  }

  private static List<Problem> unknownProperties(int count, int nameLength) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = ("p" + i + "_" + "x".repeat(nameLength)).substring(0, nameLength);
      problems.add(Problem.of(name, FormatCode.UNKNOWN_PROPERTY));
    }
    return problems;
  }

  @Test
  void invalidApplication_listsEachProblem_andCountsThemInTheDetail() {
    ProblemDocument problem =
        ProblemDocument.invalidApplication(
            List.of(
                Problem.of("stage", ValidityCode.STAGE_REQUIRED),
                Problem.of("sectors[1]", FormatCode.DUPLICATE_PROPERTY)),
            0);

    assertThat(json(problem, Language.ENGLISH))
        .isEqualTo(
            "{\"type\":\"https://regen-eligibility.github.io/problems/invalid-application\","
                + "\"title\":\"Invalid application\",\"status\":400,\"detail\":\"2 problems\","
                + "\"errors\":[{\"field\":\"stage\",\"code\":\"STAGE_REQUIRED\",\"message\":"
                + "\"stage is required for the INNOVATOR and MANUFACTURER roles.\"},"
                + "{\"field\":\"sectors[1]\",\"code\":\"DUPLICATE_PROPERTY\",\"message\":"
                + "\"sectors[1] is given more than once.\"}]}");
    assertThat(json(problem, Language.CHINESE))
        .contains("\"title\":\"申请无效\"", "\"detail\":\"2 个问题\"");
    assertThat(
            json(
                ProblemDocument.invalidApplication(
                    List.of(Problem.of("stage", ValidityCode.STAGE_REQUIRED)), 0),
                Language.ENGLISH))
        .contains("\"detail\":\"1 problem\"");
  }

  @Test
  void theLibrarysOtherDocuments_sayWhatHappenedAndWhatToDo() {
    assertThat(json(ProblemDocument.internalError(), Language.ENGLISH))
        .isEqualTo(
            "{\"type\":\"https://regen-eligibility.github.io/problems/internal-error\","
                + "\"title\":\"Internal server error\",\"status\":500,\"detail\":\"The service"
                + " failed unexpectedly; the failure has been logged. Try again later.\"}");
    assertThat(json(ProblemDocument.brokeOff(7), Language.CHINESE))
        .isEqualTo(
            "{\"type\":\"https://regen-eligibility.github.io/problems/bad-request\","
                + "\"title\":\"请求有误\",\"status\":400,\"detail\":\"请求体在第 7 行中断：回答到此为止，"
                + "没有结束行；请从第 7 行起重新发送。\"}");
  }

  @Test
  void write_pastMaxErrors_writesTheFirstHundred_andCountsTheRestWithThoseNotKept()
      throws IOException {
    ProblemDocument problem = ProblemDocument.invalidApplication(unknownProperties(150, 10), 7);

    JsonNode written = JSON.readTree(problem.toJson(Language.ENGLISH));

    assertThat(written.get("errors")).hasSize(ProblemDocument.MAX_ERRORS);
    assertThat(written.get("omittedErrors").asLong()).isEqualTo(57);
    assertThat(written.get("detail").asText()).isEqualTo("157 problems");
    assertThat(written.at("/errors/99/field").asText()).isEqualTo("p99_xxxxxx");
  }

  @Test
  void write_errorsPastTheBudget_keepsTheDocumentWithin64KiB() throws IOException {
    Text long1k = Text.of("e".repeat(1000), "中".repeat(1000));
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      problems.add(Problem.of("f" + i, FormatCode.LIMIT_EXCEEDED, Map.of("limit", long1k)));
    }
    ProblemDocument problem = ProblemDocument.invalidApplication(problems, 0);

    for (Language language : Language.values()) {
      byte[] bytes = problem.toJson(language);
      JsonNode written = JSON.readTree(bytes);
      int kept = written.get("errors").size();
      assertThat(bytes.length).isLessThanOrEqualTo(64 * 1024);
      assertThat(kept).isLessThan(100);
      assertThat(written.get("omittedErrors").asLong()).isEqualTo(100 - kept);
    }
  }

  @Test
  void write_textsWithUnpairedSurrogates_writesThemWellFormed() {
    ProblemDocument problem =
        ProblemDocument.withErrors(
            "about:blank",
            400,
            Text.of("half \uD800", "half \uD800"),
            List.of(Problem.of("x\uDC00", FormatCode.UNKNOWN_PROPERTY)),
            0);

    String written = json(problem, Language.ENGLISH);

    assertThat(written)
        .contains("\"title\":\"half \uFFFD\"", "\"field\":\"x\uFFFD\"")
        .isEqualTo(Template.wellFormed(written));
  }

  @Test
  void of_statusOutsideHttpsRange_orErrorsOmittedBelowZero_isRefused() {
    Text text = Text.of("t", "t");

    assertThatThrownBy(() -> ProblemDocument.of("about:blank", 99, text, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a status is from 100 to 599, not 99");
    assertThatThrownBy(() -> ProblemDocument.withErrors("about:blank", 400, text, List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equals_sameParts_areEqual_otherwiseNot() {
    assertThat(ProblemDocument.brokeOff(3)).isEqualTo(ProblemDocument.brokeOff(3));
    assertThat(ProblemDocument.brokeOff(3)).hasSameHashCodeAs(ProblemDocument.brokeOff(3));
    assertThat(ProblemDocument.brokeOff(3)).isNotEqualTo(ProblemDocument.brokeOff(4));
    assertThat(ProblemDocument.brokeOff(3))
        .hasToString(
            "https://regen-eligibility.github.io/problems/bad-request 400: The body broke"
                + " off at line 3: the answer ends here, without its end line; send the lines from 3"
                + " on again.");
  }

  @Test
  void writePolicyProblems_namesEachFilePathCodeAndMessage() {
    Problem inFile = Problem.of("horizon", ValidityCode.YEARS_REQUIRED).inFile("a.json");
    Problem noFile = Problem.of("$", FormatCode.MALFORMED_JSON, Map.of("detail", "x"));

    assertThat(
            EligibilityJson.create().writePolicyProblems(List.of(inFile, noFile), Language.ENGLISH))
        .isEqualTo(
            "[{\"file\":\"a.json\",\"path\":\"horizon\",\"code\":\"YEARS_REQUIRED\",\"message\":"
                + "\"yearsToIndustrialization is required.\"},{\"file\":\"\",\"path\":\"$\","
                + "\"code\":\"MALFORMED_JSON\",\"message\":\"The body is not well-formed JSON:"
                + " x.\"}]");
  }

  @Test
  void extensions_followTheMembers_wellFormedAndCut() throws IOException {
    ProblemDocument problem = ProblemDocument.internalError();
    String longValue = "r".repeat(ProblemDocument.MAX_EXTENSION_CHARS + 10);

    JsonNode written =
        JSON.readTree(
            problem.toJson(
                Language.ENGLISH, Map.of("requestId", "abc-1", "other", "\ud800" + longValue)));

    assertThat(written.get("requestId").asText()).isEqualTo("abc-1");
    assertThat(written.get("status").asInt()).isEqualTo(500);
    assertThat(written.get("other").asText()).hasSize(ProblemDocument.MAX_EXTENSION_CHARS);
    assertThat(written.get("other").asText()).doesNotContain("\ud800").startsWith("\ufffd");
    assertThat(written.fieldNames()).toIterable().startsWith("type", "title", "status", "detail");
  }

  @Test
  void extensions_cannotTakeTheNameOfAMember() {
    ProblemDocument problem = ProblemDocument.internalError();

    assertThatThrownBy(() -> problem.toJson(Language.ENGLISH, Map.of("status", "200")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status");
  }
}
