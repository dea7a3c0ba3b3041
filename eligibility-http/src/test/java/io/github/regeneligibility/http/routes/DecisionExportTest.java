package io.github.regeneligibility.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.support.RecordsServer;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.http.support.WorkbookCells;
import io.github.regeneligibility.records.RecordJson;
import io.github.regeneligibility.records.UserRole;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search route's exports over real HTTP: CSV and a workbook on {@code Accept}, each paged by
 * {@code limit} and {@code cursor} like JSON, the next page named in a {@code Link} header.
 */
final class DecisionExportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Pattern NEXT = Pattern.compile("<(/v1/decisions\\?[^>]*)>; rel=\"next\"");
  private static final List<String> APPLICANTS =
      List.of("瑞金再生医学有限公司", "=Formula Cells Ltd.", "Third Tissue Co.");

  private static @Nullable RecordsServer service;
  private static String token = "";

  @BeforeAll
  static void start() throws Exception {
    RecordsServer started = RecordsServer.start("decision-export");
    service = started;
    started.accounts().addUser("li.wei", UserRole.OFFICER, "correct horse".toCharArray(), "test");
    token = started.accounts().addToken("export", "li.wei", "test").token().orElseThrow();
    for (String applicant : APPLICANTS) {
      ObjectNode application = (ObjectNode) MAPPER.readTree(TestServer.APPLICATION);
      application.put("applicantName", applicant);
      HttpResponse<String> created =
          started.send(
              "POST",
              "/v1/decisions",
              Map.of("Authorization", "Bearer " + token),
              "{\"application\": " + application + ", \"disposition\": \"ACCEPT\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    Objects.requireNonNull(service).close();
  }

  private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + Objects.requireNonNull(service).port() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept)
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The path of the next page the answer names, or null when it names none. */
  private static @Nullable String next(HttpResponse<byte[]> answer) {
    String link = answer.headers().firstValue("Link").orElse(null);
    if (link == null) {
      return null;
    }
    Matcher matcher = NEXT.matcher(link);
    assertThat(matcher.matches()).as(link).isTrue();
    return matcher.group(1);
  }

  @Test
  void workbook_onAccept_hasTheCsvColumns_andOneRowPerRecord_pagedByLimitAndCursor()
      throws Exception {
    List<String> applicants = new ArrayList<>();
    @Nullable String path = "/v1/decisions?limit=2";
    int pages = 0;
    while (path != null) {
      HttpResponse<byte[]> answer = get(path, MediaTypes.XLSX);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type")).contains(MediaTypes.XLSX);
      assertThat(answer.headers().firstValue("Content-Disposition"))
          .contains("attachment; filename=\"decisions.xlsx\"");
      Map<Integer, Map<String, String>> cells = WorkbookCells.sheet(answer.body(), 1);
      assertThat(Objects.requireNonNull(cells.get(1)).values())
          .containsExactlyElementsOf(RecordJson.CSV_COLUMNS);
      for (int row = 2; cells.containsKey(row); row++) {
        Map<String, String> cellsOfRow = Objects.requireNonNull(cells.get(row));
        assertThat(cellsOfRow.get("L")).as("the score, a number").matches("[0-9]+");
        applicants.add(Objects.requireNonNull(cellsOfRow.get("F")));
      }
      pages++;
      path = next(answer);
    }

    assertThat(pages).isEqualTo(2);
    assertThat(applicants)
        .as("newest first")
        .containsExactly(APPLICANTS.get(2), APPLICANTS.get(1), APPLICANTS.get(0));
  }

  @Test
  void csv_onAccept_isPagedTheSameWay_itsFormulaLikeCellsQuoted() throws Exception {
    HttpResponse<byte[]> first = get("/v1/decisions?limit=2&applicant=", "text/csv");
    String firstNext = next(first);
    assertThat(firstNext).isNotNull().contains("limit=2").contains("cursor=");
    HttpResponse<byte[]> second = get(Objects.requireNonNull(firstNext), "text/csv");
    String text =
        new String(first.body(), StandardCharsets.UTF_8)
            + new String(second.body(), StandardCharsets.UTF_8);

    assertThat(first.headers().firstValue("Content-Type")).contains(MediaTypes.CSV_ANSWER);
    assertThat(next(second)).isNull();
    assertThat(text.lines().filter(line -> line.startsWith("id,"))).hasSize(2);
    assertThat(text).contains("瑞金再生医学有限公司", "'=Formula Cells Ltd.", "Third Tissue Co.");
  }

  @Test
  void json_stillTheDefault_withItsOwnNext() throws Exception {
    HttpResponse<byte[]> page = get("/v1/decisions?limit=2", "*/*");

    assertThat(page.headers().firstValue("Content-Type")).contains(MediaTypes.JSON);
    String cursor = Objects.requireNonNull(next(page)).replaceFirst(".*cursor=", "");
    assertThat(MAPPER.readTree(page.body()).get("next").asText())
        .isEqualTo(URLDecoder.decode(cursor, StandardCharsets.UTF_8));
  }
}
