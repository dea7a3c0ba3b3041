package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.ImpactAnalysis;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyImpact;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The impact of the shipped editions, and the JSON an impact is written as. */
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
    PolicyEdition from = JSON.readPolicy(policies().resolve("park-intake-2026.1.json"));
    PolicyEdition to = JSON.readPolicy(policies().resolve("park-intake-2027.1.json"));
    JsonNode expected = MAPPER.readTree(cases().resolve("impact-2026.1-to-2027.1.json").toFile());

    JsonNode written =
        MAPPER.readTree(
            JSON.writeImpact(ImpactAnalysis.domain(from, to), Optional.empty(), List.of(),
                Language.ENGLISH));

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
    PolicyEdition edition = JSON.readPolicy(policies().resolve("park-intake-2026.1.json"));
    PolicyImpact none = ImpactAnalysis.cohort(edition, edition, List.of());
    InputProblem problem = new InputProblem("stage", "STAGE_REQUIRED", "Stage missing.", "缺少阶段。");

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
                + "\"message\":\"缺少阶段。\"}]}]");
    JsonNode example = written.get("domain").get("transitions").get(0).get("example");
    assertThat(JSON.readApplication(example.get("application")).isValid()).isTrue();
    assertThat(written.get("domain").get("editions").get("from").get("thresholdSweep"))
        .hasSize(101);
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
