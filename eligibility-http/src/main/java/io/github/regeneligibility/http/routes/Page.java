package io.github.regeneligibility.http.routes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import com.google.common.escape.Escaper;
import com.google.common.hash.Hashing;
import com.google.common.html.HtmlEscapers;
import io.github.regeneligibility.http.contract.Headers;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.contract.RequestCode;
import io.github.regeneligibility.http.transport.AcceptLanguage;
import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.http.transport.QueryParameters;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.FieldLabel;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.Labelled;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.records.Disposition;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The page for people: {@code GET /} in English or Simplified Chinese, and the assets it loads, all
 * from the service itself.
 *
 * <p>The HTML is rendered once per language, once the service has started, from the template {@code
 * page/index.html}, the {@link PageText}s and the model's labels; the script receives the texts it
 * shows later in a JSON block of the page, so that every text has one source. The language is the
 * one the {@code lang} query parameter names ({@code en} or {@code zh}, remembered in a cookie),
 * else the cookie's, else the {@code Accept-Language} header's as {@link AcceptLanguage#ofPage}
 * reads it (any Chinese, or none at all, gives Simplified Chinese). Every response carries a strict
 * {@code Content-Security-Policy}: the page loads nothing from another origin and runs no inline
 * script or style.
 */
final class Page {
  /** The policy every page response carries. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String LANG_PARAMETER = "lang";
  static final String LANG_COOKIE = "lang";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_:]+)}");
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final Map<String, Language> LANGUAGE_CODES =
      ImmutableMap.of("en", Language.ENGLISH, "zh", Language.CHINESE);
  private static final JsonFactory JSON = new JsonFactory();

  /** Rendered at the first request that needs them, or by {@link #prepare()}. */
  private final Supplier<Assets> assets;

  /** The page; with {@code records}, its records view (a login, then the newest records) too. */
  Page(boolean records) {
    this.assets = Suppliers.memoize(() -> Assets.render(records));
  }

  /** An asset: its bytes, its media type and the entity tag that names this version of it. */
  // An asset is looked up by route, never compared or hashed, so the array's identity semantics in
  // equals and hashCode never matter.
  @SuppressWarnings("ArrayRecordComponent")
  private record Asset(byte[] bytes, String mediaType, String etag) {
    static Asset of(byte[] bytes, String mediaType) {
      return new Asset(
          bytes,
          mediaType,
          "\"" + Hashing.sha256().hashBytes(bytes).toString().substring(0, 16) + "\"");
    }
  }

  /** The page in each language and the assets it loads. */
  private record Assets(Map<Language, Asset> pages, Asset stylesheet, Asset script, Asset icon) {
    static Assets render(boolean records) {
      String template = new String(resource("page/index.html"), StandardCharsets.UTF_8);
      Map<Language, Asset> pages = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        pages.put(
            language,
            Asset.of(
                Page.render(template, language, records).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8"));
      }
      return new Assets(
          pages,
          Asset.of(resource("page/page.css"), "text/css; charset=utf-8"),
          Asset.of(resource("page/page.js"), "text/javascript; charset=utf-8"),
          Asset.of(resource("page/icon.svg"), "image/svg+xml"));
    }
  }

  /**
   * Renders the page and reads its assets now, if no request has yet; the server calls it once it
   * is ready, so that the first request for the page finds it rendered.
   */
  void prepare() {
    var unused = assets.get();
  }

  /** Adds the page's routes to {@code routes}. */
  void addTo(RoutesConfig routes) {
    Routes.get(routes, Paths.INDEX, this::index);
    Routes.get(routes, Paths.STYLESHEET, ctx -> serveAsset(ctx, assets.get().stylesheet()));
    Routes.get(routes, Paths.SCRIPT, ctx -> serveAsset(ctx, assets.get().script()));
    Routes.get(routes, Paths.ICON, ctx -> serveAsset(ctx, assets.get().icon()));
  }

  /** Returns the page's HTML in {@code language}, as served. */
  byte[] html(Language language) {
    return page(language).bytes();
  }

  private Asset page(Language language) {
    return Objects.requireNonNull(assets.get().pages().get(language), "every language has a page");
  }

  private void index(Context ctx) {
    Language language = language(ctx);
    ctx.header(Header.CONTENT_LANGUAGE, language.locale().toLanguageTag());
    ctx.header(Header.VARY, "Accept-Language, Cookie");
    serve(ctx, page(language));
  }

  /**
   * Returns the page's language for this request and remembers one chosen by {@code lang=}.
   *
   * @throws ProblemException for a query parameter other than one {@code lang} of {@code en} or
   *     {@code zh}
   */
  private static Language language(Context ctx) {
    QueryParameters parameters =
        QueryParameters.of(ctx, Paths.INDEX, Set.of(LANG_PARAMETER), QueryParameters.ONLY_LANG);
    Optional<String> chosen = parameters.get(LANG_PARAMETER);
    if (chosen.isPresent()) {
      Language language = LANGUAGE_CODES.get(chosen.get());
      if (language == null) {
        throw new ProblemException(
            ProblemDetails.invalidRequest(
                Problem.of(LANG_PARAMETER, RequestCode.INVALID_LANGUAGE)));
      }
      ctx.header(
          Header.SET_COOKIE,
          LANG_COOKIE + "=" + chosen.get() + "; Path=/; Max-Age=31536000; SameSite=Strict");
      return language;
    }
    @Nullable String cookie = ctx.cookie(LANG_COOKIE);
    @Nullable Language remembered = cookie == null ? null : LANGUAGE_CODES.get(cookie);
    if (remembered != null) {
      return remembered;
    }
    return AcceptLanguage.ofPage(ctx.header(Header.ACCEPT_LANGUAGE));
  }

  private static void serveAsset(Context ctx, Asset asset) {
    QueryParameters.of(ctx, ctx.path(), Set.of(), QueryParameters.NONE);
    serve(ctx, asset);
  }

  private static void serve(Context ctx, Asset asset) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header(Headers.NOSNIFF_HEADER, Headers.NOSNIFF);
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header(Header.CACHE_CONTROL, "no-cache");
    ctx.header(Header.ETAG, asset.etag());
    if (asset.etag().equals(ctx.header(Header.IF_NONE_MATCH))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(asset.mediaType()).result(asset.bytes());
  }

  /** Fills the template's placeholders; a placeholder without a value is a build mistake. */
  private static String render(String template, Language language, boolean records) {
    Map<String, String> values = new java.util.HashMap<>();
    values.put("records:hidden", records ? "" : " hidden");
    for (PageText text : PageText.values()) {
      values.put(text.name(), HTML.escape(text.in(language)));
    }
    values.put("lang", language.locale().toLanguageTag());
    values.put("languages", languages(language));
    values.put("options:origin", options(Origin.values(), language));
    values.put("options:role", options(Role.values(), language));
    values.put("options:primarySector", options(Sector.values(), language));
    values.put("options:pathway", options(Pathway.values(), language));
    values.put("options:stage", options(Stage.values(), language));
    values.put("sectors", sectorBoxes(language));
    values.put("help:role", help(PageText.HELP_ROLES, Role.values(), "HELP_ROLE_", language));
    values.put("help:stage", help(PageText.HELP_STAGES, Stage.values(), "HELP_STAGE_", language));
    values.put(
        "help:pathway", help(PageText.HELP_PATHWAYS, Pathway.values(), "HELP_PATHWAY_", language));
    values.put("texts", texts(language));
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder html = new StringBuilder(template.length() * 2);
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "the page template names an unknown text " + matcher.group());
      }
      matcher.appendReplacement(html, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(html);
    return html.toString();
  }

  private static String languages(Language current) {
    StringBuilder links = new StringBuilder();
    for (Map.Entry<String, Language> code : LANGUAGE_CODES.entrySet()) {
      Language language = code.getValue();
      String tag = language.locale().toLanguageTag();
      links.append(
          String.format(
              Locale.ROOT,
              "<a href=\"/?lang=%s\" lang=\"%s\" hreflang=\"%s\"%s>%s</a>",
              code.getKey(),
              tag,
              tag,
              language == current ? " aria-current=\"true\"" : "",
              HTML.escape(language.locale().getDisplayLanguage(language.locale()))));
    }
    return links.toString();
  }

  private static <E extends Enum<E> & Labelled> String options(E[] values, Language language) {
    StringBuilder options =
        new StringBuilder("<option value=\"\">")
            .append(HTML.escape(PageText.CHOOSE.in(language)))
            .append("</option>");
    for (E value : values) {
      options.append(
          String.format(
              Locale.ROOT,
              "<option value=\"%s\">%s</option>",
              value.name(),
              HTML.escape(value.label(language))));
    }
    return options.toString();
  }

  private static String sectorBoxes(Language language) {
    StringBuilder boxes = new StringBuilder("<div class=\"boxes\">");
    for (Sector sector : Sector.values()) {
      boxes.append(
          String.format(
              Locale.ROOT,
              "<div class=\"box\"><input type=\"checkbox\" id=\"f-sector-%1$s\" name=\"sectors\""
                  + " value=\"%1$s\"><label for=\"f-sector-%1$s\">%2$s</label></div>",
              sector.name(),
              HTML.escape(sector.label(language))));
    }
    return boxes.append("</div>").toString();
  }

  /**
   * Returns a disclosure that says what each of {@code values} means: its label, then the page text
   * named {@code prefix} and the value's code (a missing one is a build mistake, found when the
   * page is rendered).
   */
  private static <E extends Enum<E> & Labelled> String help(
      PageText heading, E[] values, String prefix, Language language) {
    StringBuilder help =
        new StringBuilder("<details class=\"help\"><summary>")
            .append(HTML.escape(heading.in(language)))
            .append("</summary><dl>");
    for (E value : values) {
      help.append(
          String.format(
              Locale.ROOT,
              "<dt>%s</dt><dd>%s</dd>",
              HTML.escape(value.label(language)),
              HTML.escape(PageText.valueOf(prefix + value.name()).in(language))));
    }
    return help.append("</dl></details>").toString();
  }

  /**
   * Returns the JSON block of texts the script shows after the page has loaded: every {@link
   * PageText}, the labels of the vocabulary, and each tier's meaning. A {@code <} is escaped so
   * that no text can end the block.
   */
  private static String texts(Language language) {
    StringWriter json = new StringWriter(16_384);
    try (JsonGenerator out = JSON.createGenerator(json)) {
      out.writeStartObject();
      out.writeObjectFieldStart("text");
      for (PageText each : PageText.values()) {
        out.writeStringField(each.name(), each.in(language));
      }
      out.writeEndObject();
      out.writeObjectFieldStart("labels");
      writeLabels(out, "tier", Tier.values(), language);
      writeLabels(out, "gate", Gate.values(), language);
      writeLabels(out, "criterion", Criterion.values(), language);
      writeLabels(out, "sector", Sector.values(), language);
      writeLabels(out, "stage", Stage.values(), language);
      writeLabels(out, "role", Role.values(), language);
      writeLabels(out, "pathway", Pathway.values(), language);
      writeLabels(out, "origin", Origin.values(), language);
      out.writeObjectFieldStart("disposition");
      for (Disposition disposition : Disposition.values()) {
        out.writeStringField(disposition.name(), disposition.label(language));
      }
      out.writeEndObject();
      out.writeEndObject();
      out.writeObjectFieldStart("fields");
      for (String field : ApplicationForm.FIELDS) {
        out.writeStringField(
            field,
            FieldLabel.ofField(field)
                .orElseThrow(() -> new IllegalStateException("no label for the field " + field))
                .in(language));
      }
      out.writeEndObject();
      out.writeObjectFieldStart("meaning");
      for (Tier tier : Tier.values()) {
        out.writeStringField(tier.name(), PageText.meaning(tier).in(language));
      }
      out.writeEndObject();
      out.writeArrayFieldStart("productRoles");
      for (Role role : Role.values()) {
        if (role.isProductRole()) {
          out.writeString(role.name());
        }
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return json.toString().replace("<", "\\u003c");
  }

  private static <E extends Enum<E> & Labelled> void writeLabels(
      JsonGenerator out, String name, E[] values, Language language) throws IOException {
    out.writeObjectFieldStart(name);
    for (E value : values) {
      out.writeStringField(value.name(), value.label(language));
    }
    out.writeEndObject();
  }

  /** The bytes of {@code name}, a resource of this package that the build always includes. */
  static byte[] resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
