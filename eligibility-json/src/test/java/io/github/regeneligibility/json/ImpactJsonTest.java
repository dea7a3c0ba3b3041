package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ValidityCode;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.ImpactAnalysis;
import io.github.regeneligibility.rules.PolicyCode;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyImpact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The impact of the default edition and 2027.1, and the JSON an impact is written as. */
final class ImpactJsonTest {
  private static final EligibilityJson JSON = EligibilityJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Path policies() {
    return Path.of(System.getProperty("regen.policies", "../policies"));
  }

  private static Path cases() {
    return Path.of(System.getProperty("regen.cases", "../cases"));
  }

  @Test
  void writeImpact_shippedEditions2026To2027_matrixEqualsTheIndependentCount() throws Exception {
    PolicyEdition from = Eligibility.defaultEdition();
    PolicyEdition to = JSON.readPolicy(policies().resolve("park-intake-2027.1.json"));
    JsonNode expected = MAPPER.readTree(cases().resolve("impact-2026.1-to-2027.1.json").toFile());

    JsonNode written =
        MAPPER.readTree(
            JSON.writeImpact(
                ImpactAnalysis.domain(from, to), Optional.empty(), List.of(), Language.ENGLISH));

    assertThat(written.get("domain").get("applications"))
        .isEqualTo(expected.get("domain").get("applications"));
    assertThat(matrix(written)).isEqualTo(matrix(expected));
    for (String edition : List.of("from", "to")) {
      assertThat(written.get(edition).get("id")).isEqualTo(expected.get(edition).get("id"));
      assertThat(written.get(edition).get("version"))
          .isEqualTo(expected.get(edition).get("version"));
    }
    assertThat(written.has("cohort")).isFalse();
  }

  @Test
  void writeImpact_cohortWithAnInvalidMember_listsItByIndexWithItsProblems() throws Exception {
    PolicyEdition edition = Eligibility.defaultEdition();
    PolicyImpact none = ImpactAnalysis.cohort(edition, edition, List.of());
    Problem problem = Problem.of("stage", ValidityCode.STAGE_REQUIRED);

    JsonNode written =
        MAPPER.readTree(
            JSON.writeImpact(
                ImpactAnalysis.domain(edition, edition),
                Optional.of(none),
                List.of(new EligibilityJson.InvalidMember(3, List.of(problem))),
                Language.CHINESE));

    assertThat(written.get("cohort").get("applications").asInt()).isZero();
    assertThat(written.get("cohort").get("transitions")).isEmpty();
    assertThat(written.get("cohort").get("invalid").toString())
        .isEqualTo(
            "[{\"index\":3,\"problems\":[{\"field\":\"stage\",\"code\":\"STAGE_REQUIRED\","
                + "\"message\":\""
                + problem.getMessage(Language.CHINESE)
                + "\"}]}]");
    JsonNode example = written.get("domain").get("transitions").get(0).get("example");
    assertThat(JSON.readApplication(example.get("application").toString()).isValid()).isTrue();
    assertThat(written.get("domain").get("editions").get("from").get("thresholdSweep"))
        .hasSize(101);
  }

  private static ImpactRequest request(String json, int maxCohort) {
    return JSON.readImpactRequest(
        json.getBytes(StandardCharsets.UTF_8), List.of(Eligibility.defaultEdition()), maxCohort);
  }

  @Test
  void readImpactRequest_servedEditionAndCohort_readsBothAndListsTheInvalidMember()
      throws Exception {
    String served = "{\"id\": \"park-intake\", \"version\": \"2026.1\"}";

    ImpactRequest request =
        request(
            "{\"from\": "
                + served
                + ", \"to\": "
                + served
                + ", \"cohort\": ["
                + BadApplications.VALID
                + ", {\"id\": \"X-1\"}]}",
            2);

    assertThat(request.isValid()).isTrue();
    assertThat(request.from().orElseThrow().getVersion()).isEqualTo("2026.1");
    assertThat(request.cohort().orElseThrow()).hasSize(1);
    assertThat(request.invalid())
        .extracting(EligibilityJson.InvalidMember::index)
        .containsExactly(1);
    assertThat(request.invalid().get(0).problems())
        .extracting(Problem::getPath)
        .contains("projectName", "role");
  }

  @Test
  void readImpactRequest_everyKindOfBadRequest_namesEachFieldWithItsCode() throws Exception {
    String draft =
        new String(
                java.nio.file.Files.readAllBytes(policies().resolve("park-intake-2027.1.json")),
                StandardCharsets.UTF_8)
            .replace("\"eligibilityThreshold\" : 65", "\"eligibilityThreshold\" : 101");

    ImpactRequest request =
        request(
            "{\"from\": {\"id\": \"park-intake\", \"version\": \"1999.1\"}, \"to\": "
                + draft
                + ", \"cohort\": [{}, {}], \"extra\": 1}",
            1);

    assertThat(request.isValid()).isFalse();
    assertThat(request.from()).isEmpty();
    assertThat(request.problems())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactlyInAnyOrder(
            tuple("extra", FormatCode.UNKNOWN_PROPERTY),
            tuple("from", ImpactCode.EDITION_NOT_SERVED),
            tuple("to.eligibilityThreshold", PolicyCode.POLICY_OUT_OF_RANGE),
            tuple("cohort", ImpactCode.COHORT_TOO_LARGE));
    assertThat(request.problems().get(1).getMessage(Language.ENGLISH)).contains("1999.1");
  }

  @Test
  void readImpactRequest_missingEditionsOrNotAnObject_isRefusedNamingWhere() throws Exception {
    assertThat(request("{\"from\": 1, \"cohort\": 2}", 1).problems())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactly(
            tuple("from", ImpactCode.EDITION_REQUIRED),
            tuple("to", ImpactCode.EDITION_REQUIRED),
            tuple("cohort", FormatCode.WRONG_TYPE));
    assertThat(request("[1]", 1).problems())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactly(tuple(Problem.WHOLE, FormatCode.NOT_AN_OBJECT));
    assertThat(request("{", 1).problems())
        .extracting(Problem::getCode)
        .containsExactly(FormatCode.MALFORMED_JSON);
  }

  private static List<String> matrix(JsonNode impact) {
    return MAPPER
        .convertValue(impact.get("domain").get("transitions"), JsonNode.class)
        .findParents("count")
        .stream()
        .map(t -> t.get("from").asText() + ">" + t.get("to").asText() + "=" + t.get("count"))
        .sorted()
        .toList();
  }
}
