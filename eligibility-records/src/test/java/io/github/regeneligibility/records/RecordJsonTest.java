package io.github.regeneligibility.records;

import static io.github.regeneligibility.records.Fixtures.JSON;
import static io.github.regeneligibility.records.Fixtures.application;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RecordJsonTest {
  private static final RecordJson RECORDS = RecordJson.create(JSON);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static DecisionInput read(String body) {
    return RECORDS.readDecision(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readDecision_valid_isTheRequest() {
    String app = application("APP-1", "Example Regenerative Co.", 4);

    DecisionRequest request =
        read("{\"application\": "
                + app
                + ", \"disposition\": \"DEFER\", \"note\": \"等待\", \"on\": \"2026-06-01\","
                + " \"supersedes\": \"abc\"}")
            .request()
            .orElseThrow();

    assertThat(request.application()).isEqualTo(Fixtures.validated(app));
    assertThat(request.disposition()).isEqualTo(Disposition.DEFER);
    assertThat(request.note()).contains("等待");
    assertThat(request.on()).contains(LocalDate.of(2026, 6, 1));
    assertThat(request.supersedes()).contains("abc");
    assertThat(request.decision(LocalDate.of(2026, 7, 1), "li.wei", "r1").on())
        .isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void readDecision_badRequest_namesEveryProblemByItsPathFromTheBody() {
    String app =
        application("APP-1", "Example Regenerative Co.", 4).replace("CLINICAL_APPROVED", "LATER");

    DecisionInput input =
        read("{\"application\": " + app + ", \"disposition\": \"MAYBE\", \"on\": 5, \"extra\": 1}");

    assertThat(input.request()).isEmpty();
    assertThat(input.problems())
        .extracting(Problem::getPath)
        .containsExactlyInAnyOrder("extra", "application.stage", "disposition", "on");
    assertThat(input.problems())
        .filteredOn(problem -> problem.getPath().equals("disposition"))
        .extracting(problem -> problem.getMessage(Language.ENGLISH))
        .containsExactly("disposition must be one of ACCEPT, RESERVE, DECLINE, DEFER, not MAYBE.");
  }

  @Test
  void readDecision_missingOrMalformed_isRefusedWithOneProblem() {
    assertThat(read("{\"disposition\": \"ACCEPT\"}").problems())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("application", RecordCode.FIELD_REQUIRED));
    assertThat(read("{\"disposition\": \"ACCEPT\"}").problems().get(0).getMessage(Language.CHINESE))
        .startsWith("缺少")
        .contains("application");
    assertThat(read("{\"note\": \"a\", \"note\": \"b\"}").problems())
        .extracting(Problem::getPath)
        .containsExactly("note");
    assertThat(read("{\"application\": ").problems())
        .extracting(Problem::getPath)
        .containsExactly(Problem.WHOLE);
    assertThat(read("[]").problems())
        .extracting(Problem::getCode)
        .containsExactly(io.github.regeneligibility.json.FormatCode.NOT_AN_OBJECT);
    assertThat(read("{} {}").problems()).hasSize(1);
  }

  private static DecisionRecord record(String note) {
    String app = application("APP-1", "Example Regenerative Co.", 4);
    var assessment =
        Eligibility.assessor(Eligibility.defaultEdition()).assess(Fixtures.validated(app));
    return new DecisionRecord(
        "id-1",
        "req-1",
        Instant.parse("2026-06-01T02:00:00Z"),
        "li.wei",
        app,
        Fixtures.validated(app),
        LocalDate.of(2026, 6, 1),
        PolicyReference.of("park-intake", "2026.1", LocalDate.of(2026, 1, 1)),
        "ab".repeat(32),
        ImmutableMap.of(
            Language.ENGLISH, JSON.writeAssessment(assessment, Language.ENGLISH),
            Language.CHINESE, JSON.writeAssessment(assessment, Language.CHINESE)),
        Outcome.of(assessment),
        Disposition.DEFER,
        Optional.of(note),
        Optional.empty(),
        Optional.of("id-2"));
  }

  @Test
  void writeRecord_holdsEveryFieldOfTheWireContract() throws Exception {
    JsonNode written = MAPPER.readTree(RECORDS.writeRecord(record("等待"), Language.CHINESE));

    assertThat(written.get("id").asText()).isEqualTo("id-1");
    assertThat(written.get("recordedAt").asText()).isEqualTo("2026-06-01T02:00:00Z");
    assertThat(written.get("recordedBy").asText()).isEqualTo("li.wei");
    assertThat(written.get("requestId").asText()).isEqualTo("req-1");
    assertThat(written.get("application").get("stage").asText()).isEqualTo("CLINICAL_APPROVED");
    assertThat(written.get("assessment").get("tier").asText()).isEqualTo("PRIORITY");
    assertThat(written.get("assessment").get("gates").get(0).get("message").asText())
        .contains("干细胞")
        .contains("园区重点领域");
    assertThat(written.get("policy").get("sha256").asText()).isEqualTo("ab".repeat(32));
    assertThat(written.get("disposition").asText()).isEqualTo("DEFER");
    assertThat(written.get("note").asText()).isEqualTo("等待");
    assertThat(written.get("supersedes").isNull()).isTrue();
    assertThat(written.get("supersededBy").asText()).isEqualTo("id-2");
  }

  @Test
  void writeCsv_oneRowPerRecord_formulasDefused() {
    String csv =
        RECORDS.writeCsv(
            new RecordPage(ImmutableList.of(record("=HYPERLINK(\"x\")")), Optional.empty()));

    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", RecordJson.CSV_COLUMNS));
    assertThat(lines).hasSize(2);
    assertThat(lines[1])
        .startsWith("id-1,2026-06-01T02:00:00Z,li.wei,APP-1,")
        .contains(",PRIORITY,77,DEFER,\"'=HYPERLINK(\"\"x\"\")\",,id-2,req-1");
  }

  @Test
  void writePage_lastPage_hasNextNull() throws Exception {
    JsonNode page =
        MAPPER.readTree(
            RECORDS.writePage(
                new RecordPage(ImmutableList.of(), Optional.empty()), Language.ENGLISH));

    assertThat(page.get("decisions").size()).isZero();
    assertThat(page.get("next").isNull()).isTrue();
  }
}
