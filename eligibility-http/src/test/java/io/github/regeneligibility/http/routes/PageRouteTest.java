package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.model.Language;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /} and its assets, over HTTP: language, headers, caching, bad parameters. */
final class PageRouteTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  @Test
  void page_isInSimplifiedChinese_forAnyChineseAndForNoLanguage_whileTheApiStaysEnglish() {
    for (String header : new String[] {"zh-TW", "zh-HK,en;q=0.8", "zh-Hant", "*", "-,"}) {
      assertThat(server.get("/", "Accept-Language", header).body())
          .as(header)
          .contains("<html lang=\"zh-CN\">");
    }
    assertThat(server.get("/").body()).contains("<html lang=\"zh-CN\">");
    assertThat(server.get("/", "Accept-Language", "en-GB,zh;q=0.5").body())
        .contains("<html lang=\"en\">");
    assertThat(json(server.get("/?lang=fr")).at("/errors/0/message").asText())
        .isEqualTo("lang must be given once, as en or zh.");
  }

  @Test
  void page_followsAcceptLanguage() {
    HttpResponse<String> chinese = server.get("/", "Accept-Language", "zh-CN,zh;q=0.9");
    HttpResponse<String> english = server.get("/", "Accept-Language", "fr, en;q=0.5");

    assertThat(chinese.body()).contains("<html lang=\"zh-CN\">");
    assertThat(chinese.body()).contains(PageText.CHECK_HEADING.in(Language.CHINESE));
    assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-CN");
    assertThat(english.body()).contains("<html lang=\"en\">");
    assertThat(english.body()).contains(PageText.CHECK_HEADING.in(Language.ENGLISH));
  }

  @Test
  void langParameter_choosesTheLanguage_andSetsTheCookieThatRemembersIt() {
    HttpResponse<String> chosen = server.get("/?lang=zh", "Accept-Language", "en");
    HttpResponse<String> remembered = server.get("/", "Accept-Language", "en", "Cookie", "lang=zh");

    assertThat(chosen.body()).contains("<html lang=\"zh-CN\">");
    assertThat(chosen.headers().firstValue("Set-Cookie")).get().asString().startsWith("lang=zh;");
    assertThat(remembered.body()).contains("<html lang=\"zh-CN\">");
  }

  @Test
  void everyText_isFilledIn_andEveryPageTextIsOnThePage() {
    for (Language language : Language.values()) {
      String html = server.get("/?lang=" + language.locale().getLanguage()).body();
      assertThat(html).doesNotContainPattern("\\{[A-Za-z_:]+}");
      for (PageText text : PageText.values()) {
        assertThat(html).as(text.name()).contains(jsonOrHtml(text.in(language)));
      }
    }
  }

  private static String jsonOrHtml(String text) {
    // Every text is in the JSON block; quotes are escaped there.
    return text.replace("\"", "\\\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /?lang=fr           | en | lang  | INVALID_LANGUAGE  | lang must be given once, as en or zh.
          /?debug=1           | en | debug | UNKNOWN_PARAMETER | debug is not a query parameter of /, which takes only lang (en or zh).
          /assets/page.js?v=2 | zh | v     | UNKNOWN_PARAMETER | “v”不是 /assets/page.js 的查询参数；/assets/page.js 接受的查询参数：无。
          """)
  void badLangOrUnknownParameter_isA400NamingIt(
      String pathAndQuery, String language, String field, String code, String message) {
    JsonNode error = TestServer.firstError(server.get(pathAndQuery, "Accept-Language", language));

    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isEqualTo(message);
  }

  @Test
  void langGivenTwice_isA400NamingIt() {
    assertThat(TestServer.firstError(server.get("/?lang=en&lang=zh")).get("field").asText())
        .isEqualTo("lang");
  }

  @Test
  void assets_areServedWithTheirTypes_theirPolicy_andRevalidation() {
    for (String[] asset :
        new String[][] {
          {Paths.STYLESHEET, "text/css"},
          {Paths.SCRIPT, "text/javascript"},
          {Paths.ICON, "image/svg+xml"}
        }) {
      HttpResponse<String> response = server.get(asset[0]);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(TestServer.contentType(response)).startsWith(asset[1]);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValue(Page.CONTENT_SECURITY_POLICY);
      String etag = response.headers().firstValue("ETag").orElseThrow();
      assertThat(server.get(asset[0], "If-None-Match", etag).statusCode()).isEqualTo(304);
    }
  }

  @Test
  void page_hasNoInlineScriptOrStyle() {
    String html = server.get("/").body();

    assertThat(html)
        .doesNotContain("style=")
        .doesNotContain("<style")
        .doesNotContainPattern(" on[a-z]+=");
    String[] scripts = html.split("<script", -1);
    assertThat(scripts).hasSize(3);
    assertThat(java.util.Arrays.asList(scripts).subList(1, scripts.length))
        .allSatisfy(
            script ->
                assertThat(script)
                    .satisfiesAnyOf(
                        text ->
                            assertThat(text)
                                .startsWith(" type=\"module\" src=\"/assets/page.js\">"),
                        text ->
                            assertThat(text)
                                .startsWith(" type=\"application/json\" id=\"texts\">")));
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(40 * 1024);
  }
}
