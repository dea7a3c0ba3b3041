package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.assertProblem;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.support.RawHttp;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.http.support.WorkbookCells;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.sheets.WorkbookApplications;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workbooks on the batch route: a template filled in and saved by LibreOffice Calc screens exactly
 * as the same rows sent as NDJSON; the results workbook; the template; the bounds of an upload.
 *
 * <p>{@code template-filled-by-libreoffice.xlsx} is the template this service serves, with five
 * applications typed into rows 2, 3, 5, 6 and 7 (labels as the drop-down lists offer them, one
 * number of years typed as text, one row with problems, row 4 left empty), then opened and saved by
 * LibreOffice Calc 7 ({@code soffice --headless --convert-to "xlsx:Calc MS Excel 2007 XML"}).
 * {@code template-filled.ndjson} holds the same applications, in codes, a blank line for the empty
 * row; {@code template-filled.py} beside them types the rows and says how the fixture was made.
 */
final class WorkbookBatchRouteTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static final String XLSX = MediaTypes.XLSX;
  private static final String BATCH = "/v1/assessments/batch";

  /** The head of a raw workbook upload, up to its framing: its length, or chunked. */
  private static final String WORKBOOK_HEAD =
      "POST " + BATCH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + XLSX + "\r\n";

  private static byte[] resource(String name) {
    try (InputStream in = WorkbookBatchRouteTest.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final byte[] FILLED = resource("template-filled-by-libreoffice.xlsx");
  private static final String SAME_AS_NDJSON =
      new String(resource("template-filled.ndjson"), StandardCharsets.UTF_8);

  private static HttpResponse<byte[]> postBytes(String contentType, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(BATCH))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return server.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<JsonNode> lines(byte[] ndjson) {
    return new String(ndjson, StandardCharsets.UTF_8).lines().map(TestServer::json).toList();
  }

  @Test
  void templateFilledInByLibreOffice_screensAsTheSameRowsInNdjson()
      throws IOException, InterruptedException {
    HttpResponse<byte[]> workbook = postBytes(XLSX, FILLED);
    HttpResponse<String> ndjson = server.post(BATCH, TestServer.NDJSON, SAME_AS_NDJSON);

    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(contentType(workbook)).isEqualTo(TestServer.NDJSON);
    List<JsonNode> fromWorkbook = lines(workbook.body());
    List<JsonNode> fromNdjson = ndjson.body().lines().map(TestServer::json).toList();
    assertThat(fromWorkbook).hasSameSizeAs(fromNdjson).hasSize(6);
    for (int i = 0; i < fromNdjson.size(); i++) {
      JsonNode expected = fromNdjson.get(i);
      JsonNode actual = fromWorkbook.get(i);
      if (expected.has("assessment")) {
        assertThat(actual.get("line")).isEqualTo(expected.get("line"));
        assertThat(actual.get("assessment")).isEqualTo(expected.get("assessment"));
      } else if (expected.has("error")) {
        assertThat(actual.get("line")).isEqualTo(expected.get("line"));
        assertThat(fields(actual)).isEqualTo(fields(expected)).isNotEmpty();
      } else {
        assertThat(actual).isEqualTo(expected);
      }
    }
    assertThat(fromWorkbook).extracting(l -> l.path("line").asInt()).startsWith(1, 2, 4, 5, 6);
    assertThat(fromWorkbook.get(5).at("/end/errors").asInt()).isEqualTo(1);
    JsonNode errors = fromWorkbook.get(3).at("/error/errors");
    for (JsonNode error : errors) {
      assertThat(error.get("cell").asText()).matches("'申请表'![A-J]6");
    }
    assertThat(errors.findValuesAsText("cell")).contains("'申请表'!A6");
  }

  private static Set<String> fields(JsonNode line) {
    return line.at("/error/errors").findValuesAsText("field").stream().collect(Collectors.toSet());
  }

  @Test
  void workbookAnswer_summaryCountsTheTiers_andTheResultsKeepTheOriginalRows()
      throws IOException, InterruptedException {
    HttpResponse<byte[]> answer =
        postBytes(XLSX, FILLED, "Accept", XLSX + ", text/csv;q=0.5", "Accept-Language", "zh");
    HttpResponse<String> ndjson = server.post(BATCH, TestServer.NDJSON, SAME_AS_NDJSON);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(contentType(answer)).isEqualTo(XLSX);
    assertThat(answer.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"results.xlsx\"");
    Map<Integer, Map<String, String>> summary = WorkbookCells.sheet(answer.body(), 1);
    Map<Integer, Map<String, String>> results = WorkbookCells.sheet(answer.body(), 2);
    List<JsonNode> lines = ndjson.body().lines().map(TestServer::json).toList();
    List<String> summaryRows =
        summary.values().stream().map(row -> row.get("A") + " = " + row.get("B")).toList();
    for (Tier tier : Tier.values()) {
      long count =
          lines.stream().filter(l -> l.at("/assessment/tier").asText().equals(tier.name())).count();
      assertThat(summaryRows).contains(tier.label(Language.CHINESE) + " = " + count);
    }
    assertThat(results.get(1)).containsEntry("A", "行号").containsEntry("B", "申请编号");
    List<String> rows = new ArrayList<>();
    for (int r = 2; results.containsKey(r); r++) {
      rows.add(Objects.requireNonNull(results.get(r)).get("A"));
    }
    assertThat(rows).containsExactly("2", "3", "5", "6", "7");
    assertThat(results.get(2))
        .containsEntry("B", "TPL-001")
        .containsEntry(
            "E", Tier.valueOf(lines.get(0).at("/assessment/tier").asText()).label(Language.CHINESE))
        .containsEntry("F", lines.get(0).at("/assessment/score").asText());
    assertThat(Objects.requireNonNull(results.get(5)).values())
        .anySatisfy(cell -> assertThat(cell).contains("'申请表'!"));
  }

  @Test
  void ndjsonIn_workbookOut_isAResultsWorkbookOfEveryLine()
      throws IOException, InterruptedException {
    HttpResponse<byte[]> answer =
        postBytes(
            TestServer.NDJSON,
            SAME_AS_NDJSON.getBytes(StandardCharsets.UTF_8),
            "Accept",
            XLSX,
            "Accept-Language",
            "en");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(contentType(answer)).isEqualTo(XLSX);
    Map<Integer, Map<String, String>> results = WorkbookCells.sheet(answer.body(), 2);
    assertThat(results).hasSize(1 + 5);
    assertThat(results.get(2)).containsEntry("B", "TPL-001");
  }

  @Test
  void template_isAWorkbookToFillIn_thatTheBatchRouteReads()
      throws IOException, InterruptedException {
    HttpResponse<byte[]> template =
        server
            .client()
            .send(
                HttpRequest.newBuilder(server.uri("/v1/templates/applications.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(contentType(template)).isEqualTo(XLSX);
    assertThat(template.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"applications.xlsx\"");
    assertThat(WorkbookCells.sheet(template.body(), 1).get(1))
        .containsEntry("A", "申请编号")
        .containsEntry("F", "所属领域");
    try (WorkbookApplications read =
        WorkbookApplications.open(new ByteArrayInputStream(template.body()))) {
      assertThat(read.sheetName()).isEqualTo("申请表");
      assertThat(read.next()).isEmpty();
    }
    HttpResponse<byte[]> screened = postBytes(XLSX, template.body());
    assertThat(screened.statusCode()).isEqualTo(200);
    assertThat(lines(screened.body()))
        .containsExactly(json("{\"end\":{\"lines\":0,\"assessments\":0,\"errors\":0}}"));
  }

  @Test
  void notAWorkbook_is400_beforeAnyAnswer() throws IOException, InterruptedException {
    HttpResponse<byte[]> answer =
        postBytes(XLSX, "id,projectName\n".getBytes(StandardCharsets.UTF_8), "Accept", XLSX);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(contentType(answer)).isEqualTo(TestServer.PROBLEM_JSON);
    assertThat(json(new String(answer.body(), StandardCharsets.UTF_8)).at("/errors/0/message"))
        .isNotNull();
  }

  @Test
  void workbookDeclaredOverTheLimit_is413_withoutReadingIt() throws IOException {
    String answer =
        RawHttp.exchange(
            server,
            WORKBOOK_HEAD + "Content-Length: " + (Limits.MAX_WORKBOOK_BYTES + 1) + "\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close");
    JsonNode problem = json(RawHttp.body(answer));
    assertThat(problem.get("status").asInt()).isEqualTo(413);
    assertThat(problem.get("detail").asText()).contains(String.valueOf(Limits.MAX_WORKBOOK_BYTES));
  }

  @Test
  void workbookStreamedOverTheLimit_is413() {
    byte[] body = new byte[Limits.MAX_WORKBOOK_BYTES + 1];
    HttpResponse<String> answer =
        server.send(
            HttpRequest.newBuilder(server.uri(BATCH))
                .header("Content-Type", XLSX)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))));

    JsonNode problem = assertProblem(answer, 413, "content-too-large");
    assertThat(problem.get("detail").asText()).contains(String.valueOf(Limits.MAX_WORKBOOK_BYTES));
  }

  @Test
  void workbooksPastTheMostHeldAtOnce_are503_withRetryAfter() throws IOException {
    List<Socket> holding = new ArrayList<>();
    try {
      for (int i = 0; i < Limits.MAX_CONCURRENT_WORKBOOKS; i++) {
        Socket socket = RawHttp.connect(server);
        holding.add(socket);
        OutputStream out = socket.getOutputStream();
        // A chunked upload that never ends: the service holds it, and its permit, while it waits.
        out.write(
            (WORKBOOK_HEAD + "Transfer-Encoding: chunked\r\n\r\n4\r\nPK\u0003\u0004\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
      // The uploads above take their permits as soon as their heads are read: until then, one more
      // workbook is still taken (and, not being one, refused with 400).
      String answer = tinyWorkbookUntil(503);

      assertThat(answer.toLowerCase(Locale.ROOT)).contains("retry-after:");
      assertThat(json(RawHttp.body(answer)).get("detail").asText())
          .contains(String.valueOf(Limits.MAX_CONCURRENT_WORKBOOKS));
    } finally {
      for (Socket socket : holding) {
        socket.close();
      }
    }
    // Closed, the uploads give their permits back.
    assertThat(tinyWorkbookUntil(400)).startsWith("HTTP/1.1 400");
  }

  /**
   * Sends a two-byte workbook (a 400 when the service takes it, a 503 when it holds as many as it
   * takes) until it is answered with {@code status}, at most 600 times; returns the last answer.
   */
  private static String tinyWorkbookUntil(int status) throws IOException {
    String answer = "";
    int got = 0;
    for (int attempt = 0; attempt < 600 && got != status; attempt++) {
      answer = RawHttp.exchange(server, WORKBOOK_HEAD + "Content-Length: 2\r\n\r\nPK");
      got = Integer.parseInt(answer.substring(9, 12));
      assertThat(got).isIn(400, 503);
    }
    assertThat(got).isEqualTo(status);
    return answer;
  }
}
