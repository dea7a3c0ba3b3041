package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.InputProblem;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.NoEditionInForceException;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The service's routes and their handlers. Each handler checks what HTTP adds (media type, {@code
 * on=}, {@code Accept-Language}), hands the body to the JSON binding and the rules, and writes
 * what they return; bad requests are thrown as {@link ProblemException}s for the {@link
 * ProblemMapper}.
 */
final class Routes {
  static final String ASSESSMENTS = "/v1/assessments";
  static final String BATCH = "/v1/assessments/batch";
  static final String POLICY = "/v1/policy";
  static final String HEALTH = "/health";
  static final String OPENAPI = "/openapi.json";

  private static final String APPLICATION_JSON = "application/json";
  private static final String CSV_ANSWER = "text/csv; charset=utf-8; header=present";

  private final EligibilityJson json;
  private final JsonFactory factory;
  private final PolicyEditions editions;
  private final ProblemMapper problems;
  private final Assessments assessments;
  private final byte[] openApi;
  private final Page page;

  Routes(EligibilityJson json, PolicyEditions editions, ProblemMapper problems) {
    this.json = json;
    this.factory = json.mapper().getFactory();
    this.editions = editions;
    this.problems = problems;
    this.assessments = new Assessments(json, problems);
    this.openApi = resource("openapi.json");
    this.page = new Page(json.mapper());
  }

  /** Adds every route, and the problem mapper for every exception, to {@code routes}. */
  void addTo(RoutesConfig routes) {
    routes.post(ASSESSMENTS, this::assess);
    routes.post(BATCH, this::assessBatch);
    routes.get(POLICY, this::policy);
    routes.get(HEALTH, this::health);
    routes.get(OPENAPI, this::openApi);
    page.addTo(routes);
    routes.exception(HttpResponseException.class, problems::handle);
    routes.exception(Exception.class, problems::handle);
  }

  private void assess(Context ctx) throws IOException {
    MediaType.JSON.require(ctx.contentType(), "POST " + ASSESSMENTS);
    Assessor assessor = assessorOn(ctx.queryParam("on"));
    Language language = language(ctx);
    Assessment assessment = assessments.assess(body(ctx), assessor);
    respond(
        ctx,
        out ->
            json.writeAssessment(assessment, assessor.improvements(assessment), language, out));
  }

  private void assessBatch(Context ctx) throws IOException {
    String contentType = ctx.contentType();
    boolean csvIn = MediaType.CSV.accepts(contentType);
    if (!csvIn && !MediaType.NDJSON.accepts(contentType)) {
      throw new ProblemException(
          Problem.unsupportedMediaType(
              "POST " + BATCH,
              MediaType.NDJSON.text() + " or " + MediaType.CSV.text(),
              contentType));
    }
    Assessor assessor = assessorOn(ctx.queryParam("on"));
    Language language = language(ctx);
    boolean csvOut = MediaType.prefersCsv(ctx.header(Header.ACCEPT));
    InputStream in = ctx.req().getInputStream();
    // The CSV header is read first: a bad one is a 400 for the whole request.
    CsvApplications csv =
        csvIn ? CsvApplications.open(in, EligibilityServer.MAX_LINE_BYTES, json) : null;
    HttpServletResponse response = ctx.res();
    response.setStatus(200);
    response.setContentType(csvOut ? CSV_ANSWER : MediaType.NDJSON.text());
    OutputStream out = response.getOutputStream();
    BatchAnswer answer =
        csvOut ? BatchAnswer.csv(out, language) : BatchAnswer.ndjson(out, factory, json, language);
    if (csv != null) {
      csv.flushBeforeWaiting(answer);
    }
    try (answer) {
      if (csv != null) {
        assessments.assessRecords(csv, answer, assessor);
      } else {
        assessments.assessLines(in, answer, assessor);
      }
    }
  }

  private void policy(Context ctx) throws IOException {
    PolicyEdition edition = editions.inForceToday();
    respond(ctx, out -> json.writePolicy(edition, out));
  }

  private void health(Context ctx) throws IOException {
    PolicyReference policy = editions.inForceToday().getReference();
    respond(
        ctx,
        out -> {
          out.writeStartObject();
          out.writeStringField("status", "UP");
          out.writeObjectFieldStart("policy");
          out.writeStringField("id", policy.getId());
          out.writeStringField("version", policy.getVersion());
          out.writeStringField("effectiveFrom", policy.getEffectiveFrom().toString());
          out.writeEndObject();
          out.writeEndObject();
        });
  }

  private void openApi(Context ctx) throws IOException {
    ctx.contentType(APPLICATION_JSON).outputStream().write(openApi);
  }

  /**
   * Reads the body of a single assessment into an array of its own size. One over {@link
   * EligibilityServer#MAX_BODY_BYTES} is refused with 413 after its rest is discarded, within the
   * bounds of {@link OversizedBody}; past them the connection is closed after the answer.
   */
  private static byte[] body(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    InputStream in = ctx.req().getInputStream();
    byte[] body =
        declared > EligibilityServer.MAX_BODY_BYTES
            ? new byte[0]
            : in.readNBytes(declared >= 0 ? (int) declared : EligibilityServer.MAX_BODY_BYTES + 1);
    if (declared > EligibilityServer.MAX_BODY_BYTES
        || body.length > EligibilityServer.MAX_BODY_BYTES) {
      if (!OversizedBody.discardRest(in, body.length, declared)) {
        ctx.header(Header.CONNECTION, "close");
      }
      throw new ProblemException(Problem.contentTooLarge(EligibilityServer.MAX_BODY_BYTES));
    }
    return body;
  }

  private static Language language(Context ctx) {
    return AcceptLanguage.of(ctx.header(Header.ACCEPT_LANGUAGE));
  }

  /** Returns the assessor of the edition in force on {@code on}, or today when it is absent. */
  private Assessor assessorOn(@Nullable String on) {
    if (on == null) {
      return editions.assessorToday();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(on);
    } catch (DateTimeParseException e) {
      String given = on.length() <= 40 ? on : on.substring(0, 40) + "…";
      throw new ProblemException(
          Problem.invalidRequest(
              new InputProblem(
                  "on",
                  "INVALID_DATE",
                  "on must be a date in the form YYYY-MM-DD, not \"" + given + "\".",
                  "on 必须是 YYYY-MM-DD 格式的日期，而不是 \"" + given + "\"。")));
    }
    try {
      return editions.assessorOn(date);
    } catch (NoEditionInForceException e) {
      throw new ProblemException(
          Problem.invalidRequest(
              new InputProblem(
                  "on",
                  "NO_EDITION_IN_FORCE",
                  "No policy edition is in force on " + date + ": the earliest takes effect on "
                      + e.getEarliest() + "; give a date on or after it.",
                  date + " 没有生效的政策版本：最早的版本自 " + e.getEarliest()
                      + " 起生效，请给出该日或之后的日期。")));
    }
  }

  private interface Writing {
    void to(JsonGenerator out) throws IOException;
  }

  private void respond(Context ctx, Writing writing) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(2048);
    try (JsonGenerator out = factory.createGenerator(body)) {
      writing.to(out);
    }
    ctx.contentType(APPLICATION_JSON);
    body.writeTo(ctx.outputStream());
  }

  private static byte[] resource(String name) {
    try (InputStream in = Routes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
