package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Streams;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.ApplicationDomain;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.Improvement;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

final class AssessmentJsonTest {
  private static final EligibilityJson JSON = EligibilityJson.create();
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());

  private static Assessment assess(String json) {
    return ASSESSOR.assess(JSON.readApplication(json).application().orElseThrow());
  }

  @Test
  void writeAssessment_hasTheWireContractsFieldsInOrder() throws Exception {
    JsonNode json =
        MAPPER.readTree(JSON.writeAssessment(assess(BadApplications.VALID), Language.ENGLISH));

    assertThat(json.properties())
        .extracting(e -> e.getKey())
        .containsExactly(
            "applicationId", "policy", "tier", "score", "gates", "criteria", "tierReason");
    assertThat(json.get("applicationId").textValue()).isEqualTo("APP-2026-0001");
    assertThat(json.get("policy").toString())
        .isEqualTo(
            "{\"id\":\"park-intake\",\"version\":\"2026.1\",\"effectiveFrom\":\"2026-01-01\"}");
    assertThat(json.get("tier").textValue()).isEqualTo("PRIORITY");
    assertThat(json.get("score").intValue()).isEqualTo(77);
    assertThat(json.get("gates").get(0).toString())
        .isEqualTo(
            "{\"gate\":\"SCOPE\",\"passed\":true,\"reasonCode\":\"SCOPE_FOCUS_SECTOR\","
                + "\"message\":\"Stem cells is a focus sector of the park.\","
                + "\"facts\":{\"sector\":\"STEM_CELLS\"}}");
    assertThat(json.get("criteria").get(1).toString())
        .isEqualTo(
            "{\"criterion\":\"MATURITY\",\"points\":24,\"maxPoints\":40,"
                + "\"reasonCode\":\"MATURITY_STAGE\",\"message\":\"Stage Clinical research approved: 24 of"
                + " 40 points.\",\"facts\":{\"stage\":\"CLINICAL_APPROVED\",\"points\":24,\"maxPoints\":40}}");
    assertThat(json.get("tierReason").get("reasonCode").textValue())
        .isEqualTo("TIER_PRIORITY_MILESTONE");
  }

  @Test
  void writeAssessment_inChinese_rendersEveryMessageInChinese() throws Exception {
    JsonNode json =
        MAPPER.readTree(JSON.writeAssessment(assess(BadApplications.VALID), Language.CHINESE));

    assertThat(json.get("criteria").get(3).get("message").textValue())
        .isEqualTo("企业类型为“原研原创企业”：得 8 分（满分 10 分）。");
    assertThat(json.findValues("message"))
        .hasSize(7)
        .allSatisfy(message -> assertThat(message.textValue()).matches(".*\\p{IsHan}.*"));
  }

  @Test
  void writeAssessment_withImprovements_namesTheFieldValueAndOutcome() throws Exception {
    Assessment assessment =
        assess(BadApplications.with("stage", "\"PRECLINICAL\"", "yearsToIndustrialization", "12"));

    JsonNode json =
        MAPPER.readTree(
            JSON.writeAssessment(assessment, ASSESSOR.improvements(assessment), Language.ENGLISH));

    assertThat(json.get("tier").textValue()).isEqualTo("INELIGIBLE");
    assertThat(json.get("improvements").get(0).toString())
        .isEqualTo(
            "{\"field\":\"yearsToIndustrialization\",\"value\":5,\"tier\":\"ELIGIBLE\","
                + "\"score\":63,\"passesGates\":[\"HORIZON\"],\"reasonCode\":\"IMPROVEMENT_YEARS_PASSING_GATES\","
                + "\"message\":\"Industrialising within 5 years would pass the gate Horizon and make this"
                + " Eligible, score 63.\",\"facts\":{\"years\":5,\"gates\":[\"HORIZON\"],"
                + "\"tier\":\"ELIGIBLE\",\"score\":63}}");
  }

  @Test
  void writtenAsBytes_isTheTextsUtf8Encoding_acrossTheDomainInBothLanguages() throws Exception {
    // Every 97th application of the whole domain: every tier, gate and improvement kind occurs.
    List<Application> sample =
        Streams.mapWithIndex(
                ApplicationDomain.applications(),
                (application, index) -> index % 97 == 0 ? application : null)
            .filter(Objects::nonNull)
            .toList();
    assertThat(sample.size()).isGreaterThan(10_000);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    for (Application application : sample) {
      Assessment assessment = ASSESSOR.assess(application);
      List<Improvement> improvements = ASSESSOR.improvements(assessment);
      for (Language language : Language.values()) {
        byte[] bytes = JSON.writeAssessmentUtf8(assessment, improvements, language);
        String text = JSON.writeAssessment(assessment, improvements, language);
        if (!Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8))) {
          assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text);
        }
        streamed.reset();
        JSON.writeAssessment(assessment, language, streamed);
        String alone = JSON.writeAssessment(assessment, language);
        if (!Arrays.equals(streamed.toByteArray(), alone.getBytes(StandardCharsets.UTF_8))) {
          assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(alone);
        }
      }
    }
  }

  @Test
  void writeAssessmentToAStream_leavesTheStreamOpen() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed.set(true);
          }
        };

    JSON.writeAssessment(assess(BadApplications.VALID), Language.ENGLISH, out);
    JSON.writeAssessment(assess(BadApplications.VALID), Language.CHINESE, out);

    assertThat(closed).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            JSON.writeAssessment(assess(BadApplications.VALID), Language.ENGLISH)
                + JSON.writeAssessment(assess(BadApplications.VALID), Language.CHINESE));
  }

  @Test
  void writeAssessment_withoutImprovementsList_hasNoImprovementsField() throws Exception {
    Assessment assessment = assess(BadApplications.VALID);

    assertThat(
            MAPPER
                .readTree(JSON.writeAssessment(assessment, List.of(), Language.ENGLISH))
                .get("improvements")
                .isEmpty())
        .isTrue();
    assertThat(
            MAPPER.readTree(JSON.writeAssessment(assessment, Language.ENGLISH)).has("improvements"))
        .isFalse();
  }
}
