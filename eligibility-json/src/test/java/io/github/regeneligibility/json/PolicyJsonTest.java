package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PolicyJsonTest {
  private static final EligibilityJson JSON = EligibilityJson.create();

  private static Path policies() {
    return Path.of(System.getProperty("regen.policies", "../policies"));
  }

  /** The default edition as a policy file, written from the edition embedded in the rules. */
  static String defaultFile() {
    return JSON.writePolicy(Eligibility.defaultEdition()) + "\n";
  }

  static PolicyFileException refusal(String json) {
    try {
      JSON.readPolicy(json.getBytes(StandardCharsets.UTF_8), "test.json");
    } catch (PolicyFileException e) {
      return e;
    }
    throw new AssertionError("the policy file was accepted: " + json);
  }

  @Test
  void writePolicy_ofAShippedEditionRead_givesBackItsFileByteForByte() throws Exception {
    Path shipped = policies().resolve("park-intake-2027.1.json");

    String written = JSON.writePolicy(JSON.readPolicy(shipped)) + "\n";

    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(shipped));
  }

  @Test
  void writePolicy_defaultEdition_startsWithItsNameAndEndsWithItsThreshold() {
    assertThat(defaultFile())
        .startsWith("{\n  \"id\" : \"park-intake\",\n  \"version\" : \"2026.1\",\n")
        .contains("\n  \"sectorFit\" : {\n    \"maxPoints\" : 30,\n")
        .endsWith(",\n  \"eligibilityThreshold\" : 60\n}\n");
  }

  @Test
  void writePolicy_thenRead_givesTheSameEdition() throws Exception {
    String written = JSON.writePolicy(Eligibility.defaultEdition());

    PolicyEdition read = JSON.readPolicy(written.getBytes(StandardCharsets.UTF_8), "written");

    assertThat(read).isEqualTo(Eligibility.defaultEdition());
  }

  @Test
  void readPolicy_unknownPropertiesWrongTypesAndMissing_areNamedByPath() {
    String json =
        defaultFile()
            .replace("\"operatingService\" : 20", "\"operatingServices\" : 20")
            .replace("\"upToYears\" : 5", "\"upToYears\" : \"5\"")
            .replace("\"CLINICAL_APPLICATION\" : 16", "\"CLINICAL_APPLICATIONS\" : 16")
            .replace(",\n  \"eligibilityThreshold\" : 60", "");

    assertThat(pathsAndCodes(refusal(json)))
        .containsExactlyInAnyOrder(
            "maturity.operatingServices UNKNOWN_PROPERTY",
            "maturity.operatingService MISSING_PROPERTY",
            "maturity.stages.CLINICAL_APPLICATIONS UNKNOWN_PROPERTY",
            "horizon.bands[1].upToYears WRONG_TYPE",
            "eligibilityThreshold MISSING_PROPERTY");
  }

  @Test
  void readPolicy_brokenPromises_areNamedByPath() {
    String json =
        defaultFile()
            .replace("\"PRECLINICAL\" : 10", "\"PRECLINICAL\" : 3")
            .replace("\"eligibilityThreshold\" : 60", "\"eligibilityThreshold\" : 160");

    PolicyFileException refusal = refusal(json);

    assertThat(pathsAndCodes(refusal))
        .containsExactly(
            "maturity.stages.PRECLINICAL POLICY_STAGE_POINTS_FALL",
            "eligibilityThreshold POLICY_OUT_OF_RANGE");
    assertThat(refusal.getMessage())
        .isEqualTo(
            "Invalid policy file test.json: maturity.stages.PRECLINICAL: maturity.stages.PRECLINICAL"
                + " 3 is below the 4 points of the earlier stage DISCOVERY: a later stage must never"
                + " score less; eligibilityThreshold: eligibilityThreshold must be from 0 to 100,"
                + " not 160");
  }

  @Test
  void readPolicy_duplicateKey_isNamedByPath() {
    String json =
        defaultFile().replace("\"DISCOVERY\" : 4,", "\"DISCOVERY\" : 4, \"DISCOVERY\" : 5,");

    assertThat(pathsAndCodes(refusal(json)))
        .containsExactly("maturity.stages.DISCOVERY DUPLICATE_PROPERTY");
  }

  /** The problems of {@code refusal}, each as its path and code. */
  private static List<String> pathsAndCodes(PolicyFileException refusal) {
    return refusal.getProblems().stream()
        .map(problem -> problem.getPath() + " " + problem.getCode().name())
        .toList();
  }

  @Test
  void readPolicy_notJson_isRefused() {
    assertThatThrownBy(() -> JSON.readPolicy("not json".getBytes(StandardCharsets.UTF_8), "x"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageStartingWith("Invalid policy file x: $: The body is not well-formed JSON");
  }
}
