package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Iterables;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.support.DuplexBatchClient;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.model.ApplicationForm;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /v1/assessments/batch} with CSV in, CSV out, or both. */
final class CsvBatchRouteTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static final String CSV = "text/csv";
  private static final String HEADER =
      "id,projectName,applicantName,origin,role,sectors,primarySector,pathway,stage,"
          + "yearsToIndustrialization\r\n";
  private static final String PRIORITY =
      "A-1,\"MSC therapy, knee\",Co,DOMESTIC,INNOVATOR,STEM_CELLS;TISSUE_ENGINEERING,STEM_CELLS,"
          + "DRUG,CLINICAL_APPROVED,4\r\n";
  private static final String CDMO =
      "A-2,CDMO,Co,DOMESTIC,SERVICE_PROVIDER,STEM_CELLS,STEM_CELLS,,,0\r\n";
  private static final String BAD =
      "A 3,X,Co,DOMESTIC,INNOVATOR,STEM_CELLS,IMMUNE_CELLS,DRUG,,four\r\n";

  /** Sends a CSV batch that the service cannot finish; returns its answer, checked to be cut. */
  private static DuplexBatchClient.Answer cut(String body) throws IOException {
    DuplexBatchClient.Answer answer =
        DuplexBatchClient.exchange(
            server.server().port(), CSV, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(answer.complete()).as("a cut answer ends without the last chunk").isFalse();
    return answer;
  }

  /** Returns the answer line of the second record of {@code body}, where the cut answer stops. */
  private static JsonNode cutAtTheSecondRecord(String body) throws IOException {
    List<JsonNode> lines = cut(body).lines().stream().map(TestServer::json).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    return lines.get(1);
  }

  private static HttpResponse<String> batch(String contentType, String body, String... headers) {
    return server.post("/v1/assessments/batch", contentType, body, headers);
  }

  @Test
  void csvIn_ndjsonOut_numbersTheDataRecordsFromOne_andNamesEachProblem() {
    HttpResponse<String> response = batch(CSV, HEADER + PRIORITY + "\r\n" + CDMO + BAD);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(TestServer.NDJSON);
    List<JsonNode> lines = response.body().lines().map(TestServer::json).toList();
    assertThat(lines.get(3).at("/end/lines").asInt()).isEqualTo(3);
    lines = lines.subList(0, 3);
    assertThat(lines).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 3);
    assertThat(lines.get(0).at("/assessment/tier").asText()).isEqualTo("PRIORITY");
    assertThat(lines.get(0).at("/assessment/score").asInt()).isEqualTo(77);
    assertThat(lines.get(1).at("/assessment/applicationId").asText()).isEqualTo("A-2");
    List<String> fields = lines.get(2).at("/error/errors").findValuesAsText("field");
    assertThat(fields).contains("id", "primarySector", "stage", "yearsToIndustrialization");
  }

  @Test
  void csvIn_csvOut_oneRowPerRecordInOrder_withTheProblemsOfABadOneInTheRequestsLanguage() {
    HttpResponse<String> response =
        batch(CSV, HEADER + PRIORITY + CDMO + BAD, "Accept", CSV, "Accept-Language", "zh");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).startsWith("text/csv");
    List<String> rows = response.body().lines().toList();
    assertThat(rows)
        .first()
        .isEqualTo(
            "line,id,tier,score,sectorFit,maturity,horizon,role,tierReason,edition,problems");
    assertThat(rows.get(1))
        .isEqualTo("1,A-1,PRIORITY,77,30,24,15,8,TIER_PRIORITY_MILESTONE,park-intake 2026.1,");
    assertThat(rows.get(2)).startsWith("2,A-2,ELIGIBLE,78,");
    assertThat(rows.get(3)).startsWith("3,A 3,,,,,,,,,").contains("id: ").contains(" | ");
    assertThat(rows.get(3)).containsPattern("[\\u4e00-\\u9fff]");
    assertThat(rows).hasSize(4);
  }

  @Test
  void labelsZh_answersTheSpreadsheetCsv_withAByteOrderMarkChineseHeadersAndRows() {
    HttpResponse<String> response =
        server.post(
            "/v1/assessments/batch?labels=zh", CSV, HEADER + PRIORITY + "\r\n" + CDMO + BAD);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).startsWith("text/csv");
    List<String> rows = response.body().lines().toList();
    assertThat(rows.get(0)).startsWith("\uFEFF行号,记录序号,申请编号,");
    assertThat(rows.get(1)).startsWith("2,1,A-1,").contains("重点引进项目");
    assertThat(rows.get(2)).startsWith("4,2,A-2,");
    assertThat(rows.get(3)).startsWith("5,3,A 3,").contains("“距产业化年限”");
    assertThat(rows).hasSize(4);
  }

  @Test
  void labelsOtherThanZhOrEn_isA400NamingIt_andLabelsEn_isTodaysCsv() {
    JsonNode error =
        TestServer.firstError(
            server.post("/v1/assessments/batch?labels=fr", CSV, HEADER + PRIORITY));
    assertThat(error.get("field").asText()).isEqualTo("labels");
    assertThat(error.get("code").asText()).isEqualTo("INVALID_LANGUAGE");
    HttpResponse<String> codes =
        server.post("/v1/assessments/batch?labels=en", CSV, HEADER + PRIORITY, "Accept", CSV);
    assertThat(codes.body().lines().findFirst())
        .hasValue("line,id,tier,score,sectorFit,maturity,horizon,role,tierReason,edition,problems");
  }

  @Test
  void ndjsonIn_csvOut_numbersTheLines() {
    HttpResponse<String> response =
        batch(TestServer.NDJSON, TestServer.APPLICATION + "\n\n{", "Accept", CSV);

    List<String> rows = response.body().lines().toList();
    assertThat(rows.get(1)).startsWith("1,APP-2026-0001,PRIORITY,77,");
    assertThat(rows.get(2)).startsWith("3,,,,,,,,,,");
    assertThat(rows).hasSize(3);
  }

  @Test
  void acceptPreferringNdjson_getsNdjson() {
    HttpResponse<String> response =
        batch(CSV, HEADER + PRIORITY, "Accept", "text/csv;q=0.5, application/x-ndjson");

    assertThat(contentType(response)).isEqualTo(TestServer.NDJSON);
  }

  @Test
  void csvHeader_missingOrUnknownColumns_isA400NamingThem() {
    HttpResponse<String> response = batch(CSV, "id,name\r\nA-1,x\r\n");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(contentType(response)).isEqualTo(TestServer.PROBLEM_JSON);
    JsonNode errors = json(response).get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactlyElementsOf(
            Iterables.concat(ApplicationForm.FIELDS.subList(1, 10), List.of("name")));
    assertThat(errors.get(0).get("code").asText()).isEqualTo("MISSING_PROPERTY");
    assertThat(errors.get(9).get("code").asText()).isEqualTo("UNKNOWN_PROPERTY");
    assertThat(errors.get(9).get("message").asText())
        .isEqualTo(
            "name is not a known property: check its spelling (unknown properties are refused).");
  }

  @Test
  void csvHeader_repeatedColumn_isA400() {
    HttpResponse<String> response = batch(CSV, HEADER.replace("origin", "id"));

    JsonNode error = TestServer.firstError(response);
    assertThat(error.get("code").asText()).isEqualTo("MALFORMED_CSV");
    assertThat(error.get("message").asText())
        .isEqualTo("The body is not well-formed CSV: a column is named twice in the header.");
  }

  @Test
  void csvRecord_withTheWrongNumberOfCells_isAnErrorOfItsOwn_andTheBatchGoesOn() {
    HttpResponse<String> response = batch(CSV, HEADER + "A-9,too,few\r\n" + CDMO);

    List<JsonNode> lines = response.body().lines().map(TestServer::json).toList();
    assertThat(lines.get(0).at("/error/errors/0/code").asText()).isEqualTo("CELL_COUNT");
    assertThat(lines.get(1).at("/assessment/tier").asText()).isEqualTo("ELIGIBLE");
    assertThat(lines.get(2).get("end").toString())
        .isEqualTo("{\"lines\":2,\"assessments\":1,\"errors\":1}");
  }

  @Test
  void csvWithAnUnclosedQuote_isAnsweredForTheRecordWhereReadingStopped_andCut()
      throws IOException {
    JsonNode second = cutAtTheSecondRecord(HEADER + CDMO + "A-4,\"unclosed,x\r\n" + CDMO);

    assertThat(second.at("/error/errors/0/code").asText()).isEqualTo("MALFORMED_CSV");
  }

  @Test
  void csvRecordOverTheLimit_isAnsweredForItsRecord_andNothingAfterItIsRead_andCut()
      throws IOException {
    String longName = "x".repeat(Limits.MAX_LINE_BYTES + 100_000);
    JsonNode second = cutAtTheSecondRecord(HEADER + CDMO + CDMO.replace("CDMO", longName) + CDMO);

    assertThat(second.at("/error/errors/0/code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(second.at("/error/errors/0/message").asText())
        .isEqualTo("The body exceeds a limit: a CSV record longer than 1048576 characters.");
  }

  @Test
  void csvThatIsNotUtf8_fromItsStart_isA400SayingSo() {
    HttpResponse<String> response = batchBytes(latin1(HEADER + LATIN1_ROW));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).at("/errors/0/code").asText()).isEqualTo("NOT_UTF8");
    assertThat(json(response).at("/errors/0/message").asText())
        .isEqualTo(
            "The body is not valid UTF-8 from here on, and was not read further: save the file as"
                + " UTF-8 and send it again.");
  }

  @Test
  void csvThatIsNotUtf8_laterOn_isAnsweredForTheRecordWhereReadingStopped_andCut()
      throws IOException {
    String valid = HEADER + CDMO.repeat(1000);
    DuplexBatchClient.Answer answer =
        DuplexBatchClient.exchange(server.server().port(), CSV, latin1(valid + LATIN1_ROW + CDMO));

    assertThat(answer.complete()).isFalse();
    List<JsonNode> lines = answer.lines().stream().map(TestServer::json).toList();
    JsonNode last = lines.get(lines.size() - 1);
    assertThat(last.at("/error/errors/0/code").asText()).isEqualTo("NOT_UTF8");
    assertThat(lines.subList(0, lines.size() - 1))
        .allSatisfy(line -> assertThat(line.at("/assessment/tier").asText()).isEqualTo("ELIGIBLE"));
    assertThat(last.get("line").asInt()).isEqualTo(lines.size()).isLessThanOrEqualTo(1001);
  }

  private static final String LATIN1_ROW =
      "A-5,Caf\u00e9,Co,DOMESTIC,SUPPLY_CHAIN,STEM_CELLS,STEM_CELLS,,,1\r\n";

  private static byte[] latin1(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static HttpResponse<String> batchBytes(byte[] body) {
    return server.send(
        java.net.http.HttpRequest.newBuilder(server.uri("/v1/assessments/batch"))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)),
        "Content-Type",
        CSV);
  }

  @Test
  void otherMediaType_is415NamingBoth() {
    HttpResponse<String> response = batch("text/plain", "x");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(json(response).get("detail").asText()).contains("application/x-ndjson, text/csv or");
  }
}
