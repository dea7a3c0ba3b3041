package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the example cases through JSON binding, validation and the engine. */
final class CasesTest {
  private static final EligibilityJson JSON = EligibilityJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());

  static List<Cases.Case> publicCases() {
    return Cases.read("public.jsonl");
  }

  static List<Cases.Case> mustFailCases() {
    return Cases.read("must-fail.jsonl");
  }

  /** Assesses one case through the library, as the service would. */
  static Cases.Outcome outcome(Cases.Case c) throws IOException {
    ApplicationInput input = JSON.readApplication(c.application().toString());
    if (!input.isValid()) {
      return new Cases.Outcome(400, null, input.problems().stream().map(Problem::getPath).toList());
    }
    String json =
        JSON.writeAssessment(ASSESSOR.assess(input.application().orElseThrow()), Language.ENGLISH);
    JsonNode assessment = MAPPER.readTree(json);
    return new Cases.Outcome(200, assessment, List.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicCases")
  void publicCase_throughTheLibrary_matchesItsExpectation(Cases.Case c) throws IOException {
    assertThat(Cases.mismatches(c, outcome(c))).isEmpty();
  }

  @Test
  void publicCases_allSixteenAreRun() {
    assertThat(publicCases()).hasSize(16);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustFailCases")
  void mustFailCase_isCaughtByTheRunner(Cases.Case c) throws IOException {
    assertThat(Cases.mismatches(c, outcome(c))).isNotEmpty();
  }

  static boolean sharedCasesPresent() {
    return Files.exists(sharedCases());
  }

  private static Path sharedCases() {
    return Path.of(System.getProperty("regen.shared.cases", "../../shared/cases"))
        .resolve("public.jsonl");
  }

  @Test
  @EnabledIf("sharedCasesPresent")
  void publicCases_copyInTheRepository_isTheSpecificationsFile() throws IOException {
    assertThat(Files.readString(Cases.directory().resolve("public.jsonl")))
        .isEqualTo(Files.readString(sharedCases()));
  }
}
