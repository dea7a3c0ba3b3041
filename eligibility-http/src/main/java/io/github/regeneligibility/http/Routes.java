package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.NoEditionInForceException;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The service's routes. Each handler reads like the contract: check what HTTP adds (media type,
 * {@code on=}, {@code Accept-Language}), read the application, assess it, find its improvements,
 * write the answer. Bad requests are thrown as {@link ProblemException}s for the {@link
 * ProblemMapper}.
 */
final class Routes {
  static final String ASSESSMENTS = "/v1/assessments";
  static final String BATCH = "/v1/assessments/batch";
  static final String POLICY = "/v1/policy";
  static final String EDITIONS = "/v1/policy/editions";
  static final String HEALTH = "/health";
  static final String OPENAPI = "/openapi.json";

  private static final String APPLICATION_JSON = "application/json";
  private static final String CSV_ANSWER = "text/csv; charset=utf-8; header=present";
  private static final JsonFactory JSON = new JsonFactory();

  private final EligibilityJson json;
  private final LiveEditions live;
  private final ProblemMapper problems;
  private final Batch batch;
  private final @Nullable ServiceMetrics metrics;
  private final byte[] openApi;
  private final ImpactRoute impact;
  private final Page page;

  Routes(
      EligibilityJson json,
      LiveEditions live,
      ProblemMapper problems,
      @Nullable ServiceMetrics metrics) {
    this.json = json;
    this.live = live;
    this.problems = problems;
    this.metrics = metrics;
    this.batch = new Batch(json, problems, metrics);
    this.openApi = resource("openapi.json");
    this.impact = new ImpactRoute(json, live);
    this.page = new Page();
  }

  /** Returns the handler of {@code POST /v1/policy/impact}. */
  ImpactRoute impact() {
    return impact;
  }

  /** Adds every route, and the problem mapper for every exception, to {@code routes}. */
  void addTo(RoutesConfig routes) {
    routes.post(ASSESSMENTS, this::assess);
    routes.post(BATCH, this::assessBatch);
    routes.post(ImpactRoute.PATH, impact::handle);
    routes.get(POLICY, this::policy);
    routes.get(EDITIONS, this::editions);
    routes.get(HEALTH, this::health);
    routes.get(OPENAPI, this::openApi);
    page.addTo(routes);
    routes.exception(HttpResponseException.class, problems::handle);
    routes.exception(Exception.class, problems::handle);
  }

  /** {@code POST /v1/assessments}: read, assess, improve, write. */
  private void assess(Context ctx) throws IOException {
    MediaType.JSON.require(ctx.contentType(), "POST " + ASSESSMENTS);
    Assessor assessor = assessorOn(ctx, ctx.queryParam("on"));
    Language language = language(ctx);
    Application application = read(body(ctx));
    Assessment assessment = assessor.assess(application);
    if (metrics != null) {
      metrics.assessed(assessment);
    }
    List<Improvement> improvements = assessor.improvements(assessment);
    String answer = json.writeAssessment(assessment, improvements, language);
    ctx.contentType(APPLICATION_JSON).result(answer);
  }

  /**
   * {@code POST /v1/assessments/batch}: read, assess and write each line or CSV record, as it
   * comes. The input's format follows {@code Content-Type}, the answer's {@code Accept}; a CSV
   * header is read before the answer begins, so that a bad one is a 400 for the whole request.
   */
  private void assessBatch(Context ctx) throws IOException {
    boolean csvIn = MediaType.CSV.accepts(ctx.contentType());
    if (!csvIn) {
      MediaType.NDJSON.require(ctx.contentType(), "POST " + BATCH, MediaType.CSV);
    }
    Assessor assessor = assessorOn(ctx, ctx.queryParam("on"));
    Language language = language(ctx);
    boolean csvOut = MediaType.prefersCsv(ctx.header(Header.ACCEPT));
    Batch.Input input =
        csvIn ? batch.csv(ctx.req().getInputStream()) : batch.ndjson(ctx.req().getInputStream());
    HttpServletResponse response = ctx.res();
    response.setStatus(200);
    response.setContentType(csvOut ? CSV_ANSWER : MediaType.NDJSON.text());
    OutputStream out = response.getOutputStream();
    try (BatchAnswer answer =
        csvOut ? BatchAnswer.csv(out, language) : BatchAnswer.ndjson(out, json, language)) {
      batch.assessEach(input, answer, assessor);
    }
  }

  /** {@code GET /v1/policy}: the edition in force today, or on {@code on}, in the file format. */
  private void policy(Context ctx) {
    String policy = json.writePolicy(assessorOn(ctx, ctx.queryParam("on")).getEdition());
    ctx.contentType(APPLICATION_JSON).result(policy);
  }

  /** {@code GET /v1/policy/editions}: every edition served, by effective date, with its status. */
  private void editions(Context ctx) throws IOException {
    PolicyEditions editions = live.current();
    LocalDate today = editions.today();
    StringWriter body = new StringWriter(256);
    try (JsonGenerator out = JSON.createGenerator(body)) {
      out.writeStartObject();
      out.writeArrayFieldStart("editions");
      for (PolicyEdition edition : editions.getEditions()) {
        out.writeStartObject();
        out.writeStringField("id", edition.getId());
        out.writeStringField("version", edition.getVersion());
        out.writeStringField("effectiveFrom", edition.getEffectiveFrom().toString());
        out.writeStringField("status", editions.statusOn(edition, today).name());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    ctx.contentType(APPLICATION_JSON).result(body.toString());
  }

  /**
   * {@code GET /health}: up, with the reference of the edition in force today and the problems of
   * the last change to the editions, if it was refused.
   */
  private void health(Context ctx) throws IOException {
    PolicyEditions editions = live.current();
    Language language = language(ctx);
    StringWriter body = new StringWriter(128);
    try (JsonGenerator out = JSON.createGenerator(body)) {
      out.writeStartObject();
      out.writeStringField("status", "UP");
      out.writeFieldName("policy");
      out.writeRawValue(json.writeReference(editions.inForceToday().getReference()));
      out.writeArrayFieldStart("policyProblems");
      for (Problem problem : live.problems()) {
        out.writeStartObject();
        out.writeStringField("file", problem.getFile().orElse(""));
        out.writeStringField("path", problem.getPath());
        out.writeStringField("code", problem.getCode().name());
        out.writeStringField("message", problem.getMessage(language));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    ctx.contentType(APPLICATION_JSON).result(body.toString());
  }

  private void openApi(Context ctx) throws IOException {
    ctx.contentType(APPLICATION_JSON).outputStream().write(openApi);
  }

  /**
   * Reads the application in {@code body}.
   *
   * @throws ProblemException with the 400 problem naming everything wrong with the application
   */
  private Application read(byte[] body) {
    ApplicationInput input = json.readApplication(body);
    return input
        .application()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemDetails.invalidApplication(input.problems(), input.omittedProblems())));
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
      throw new ProblemException(ProblemDetails.contentTooLarge(EligibilityServer.MAX_BODY_BYTES));
    }
    return body;
  }

  private static Language language(Context ctx) {
    return AcceptLanguage.of(ctx.header(Header.ACCEPT_LANGUAGE));
  }

  /**
   * Returns the assessor of the edition in force on {@code on}, or today when it is absent, and
   * notes the edition on {@code ctx} for the access log.
   */
  private Assessor assessorOn(Context ctx, @Nullable String on) {
    Assessor assessor = assessorOn(on);
    PolicyReference policy = assessor.getEdition().getReference();
    ctx.attribute(AccessLog.EDITION, policy.getId() + "@" + policy.getVersion());
    return assessor;
  }

  private Assessor assessorOn(@Nullable String on) {
    PolicyEditions editions = live.current();
    if (on == null) {
      return editions.assessorToday();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(on);
    } catch (DateTimeParseException e) {
      throw invalidRequest(
          Problem.of("on", ProblemCode.INVALID_DATE, ImmutableMap.of("value", Template.echo(on))));
    }
    try {
      return editions.assessorOn(date);
    } catch (NoEditionInForceException e) {
      throw invalidRequest(
          Problem.of(
              "on",
              ProblemCode.NO_EDITION_IN_FORCE,
              ImmutableMap.of("date", date, "earliest", e.getEarliest())));
    }
  }

  private static ProblemException invalidRequest(Problem problem) {
    return new ProblemException(ProblemDetails.invalidRequest(problem));
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
