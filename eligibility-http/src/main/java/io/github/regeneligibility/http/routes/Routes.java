package io.github.regeneligibility.http.routes;

import com.google.common.base.Supplier;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.contract.RequestCode;
import io.github.regeneligibility.http.transport.AcceptLanguage;
import io.github.regeneligibility.http.transport.AccessLog;
import io.github.regeneligibility.http.transport.MediaType;
import io.github.regeneligibility.http.transport.OversizedBody;
import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.http.transport.ProblemMapper;
import io.github.regeneligibility.http.transport.QueryParameters;
import io.github.regeneligibility.http.transport.ServiceMetrics;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.records.RecordJson;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.NoEditionInForceException;
import io.github.regeneligibility.rules.PolicyEditions;
import io.github.regeneligibility.screening.CutInputException;
import io.github.regeneligibility.screening.InvalidInputException;
import io.github.regeneligibility.screening.RecordFormat;
import io.github.regeneligibility.screening.Records;
import io.github.regeneligibility.screening.Screening;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The service's routes. Each handler reads like the contract: check what HTTP adds (media type,
 * {@code on=}, {@code Accept-Language}), read the application, assess it, find its improvements,
 * write the answer. Bad requests are thrown as {@link ProblemException}s for the {@link
 * ProblemMapper}.
 */
public final class Routes {
  private static final String ON = "on";

  /** How old the database's state in {@code /health} may be. */
  private static final Duration DATABASE_CHECK_PERIOD = Duration.ofSeconds(1);

  private static final Set<String> ONLY_ON = Set.of(ON);
  private static final String LABELS = "labels";
  private static final Set<String> ON_AND_LABELS = Set.of(ON, LABELS);

  private final EligibilityJson json;
  private final LiveEditions live;
  private final ProblemMapper problems;
  private final BatchListener batchListener;
  private final ServiceMetrics metrics;
  private final byte[] openApi;
  private final ImpactRoute impact;
  private final Page page;
  private final Workbooks workbooks = new Workbooks();
  private final Optional<RecordStore> records;

  /**
   * The body of {@code /health}; the records' database, if any, asked at most once a second, so
   * that a probe or a load balancer polling {@code /health} does not put a query on the database
   * per request, and without making a request wait for another's query ({@link RecentCheck}).
   */
  private final HealthDocument health;

  private final boolean requireLogin;
  private final Sessions sessions;

  /**
   * Returns the routes that answer under the editions {@code live}, writing with {@code json},
   * answering failures through {@code problems} and counting into {@code metrics}.
   */
  public Routes(
      EligibilityJson json, LiveEditions live, ProblemMapper problems, ServiceMetrics metrics) {
    this(json, live, problems, metrics, Optional.empty(), false, Clock.systemUTC());
  }

  /**
   * Returns the routes as {@link #Routes(EligibilityJson, LiveEditions, ProblemMapper,
   * ServiceMetrics)} does, and the decision record routes over {@code records} when given; with
   * {@code requireLogin}, the assessment routes need a bearer token of any role too. The page's
   * sessions end after their lifetime by {@code sessionClock}.
   */
  public Routes(
      EligibilityJson json,
      LiveEditions live,
      ProblemMapper problems,
      ServiceMetrics metrics,
      Optional<RecordStore> records,
      boolean requireLogin,
      Clock sessionClock) {
    if (requireLogin && records.isEmpty()) {
      throw new IllegalArgumentException("a login is required, but there are no users to log in");
    }
    this.records = records;
    Optional<Supplier<Boolean>> databaseUp =
        records.map(store -> new RecentCheck(store::isAvailable, DATABASE_CHECK_PERIOD));
    this.health = new HealthDocument(json, live, databaseUp);
    this.requireLogin = requireLogin;
    this.sessions = new Sessions(sessionClock);
    this.json = json;
    this.live = live;
    this.problems = problems;
    this.metrics = metrics;
    this.batchListener = new BatchListener(metrics);
    this.openApi = PolicyEditionSchema.document(Page.resource("openapi.json"));
    this.impact = new ImpactRoute(json, live);
    this.page = new Page(records.isPresent());
  }

  /** Renders the page now, if no request has yet; the server calls it once it is ready. */
  public void prepare() {
    page.prepare();
  }

  /**
   * Adds every route ({@code GET /metrics} when the metrics are on), and the problem mapper for
   * every exception, to {@code routes}.
   */
  public void addTo(RoutesConfig routes) {
    if (metrics.isOn()) {
      get(routes, Paths.METRICS, this::metrics);
    }
    Optional<Bearer> bearer = records.map(store -> new Bearer(store, sessions));
    if (requireLogin) {
      for (String path : List.of(Paths.ASSESSMENTS, Paths.BATCH, Paths.IMPACT)) {
        routes.before(path, bearer.orElseThrow()::user);
      }
    }
    routes.post(Paths.ASSESSMENTS, this::assess);
    routes.post(Paths.BATCH, this::assessBatch);
    routes.post(Paths.IMPACT, impact::handle);
    get(routes, Paths.TEMPLATE, workbooks::template);
    get(routes, Paths.POLICY, this::policy);
    get(routes, Paths.EDITIONS, this::editions);
    get(routes, Paths.HEALTH, this::health);
    get(routes, Paths.OPENAPI, this::openApi);
    records.ifPresent(
        store -> {
          new DecisionRoutes(store, RecordJson.create(json), live, bearer.orElseThrow())
              .addTo(routes);
          new SessionRoutes(store, sessions, bearer.orElseThrow()).addTo(routes);
        });
    page.addTo(routes);
    routes.exception(HttpResponseException.class, problems::handle);
    routes.exception(Exception.class, problems::handle);
  }

  /**
   * Adds {@code handler} for {@code GET path}, and for {@code HEAD path}: a {@code HEAD} request is
   * answered as the {@code GET} would be, without the body.
   */
  static void get(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  /** {@code GET /metrics}: every metric in the Prometheus text format. */
  private void metrics(Context ctx) {
    QueryParameters.of(ctx, Paths.METRICS, Set.of());
    ctx.contentType(MediaTypes.PROMETHEUS).result(metrics.scrape());
  }

  /** {@code POST /v1/assessments}: read, assess, improve, write. */
  private void assess(Context ctx) throws IOException {
    QueryParameters query = QueryParameters.of(ctx, Paths.ASSESSMENTS, ONLY_ON);
    MediaType.JSON.require(ctx.header(Header.CONTENT_TYPE), "POST " + Paths.ASSESSMENTS);
    Assessor assessor = assessorOn(ctx, query.get(ON));
    Language language = language(ctx);
    Application application = read(body(ctx));
    Assessment assessment = assessor.assess(application);
    metrics.assessed(assessment);
    List<Improvement> improvements = assessor.improvements(assessment);
    byte[] answer = json.writeAssessmentUtf8(assessment, improvements, language);
    // Written to the response's stream: a result() would be copied once more, through a buffer of
    // 32 KiB allocated for each answer.
    ctx.contentType(MediaTypes.JSON).outputStream().write(answer);
  }

  /**
   * {@code POST /v1/assessments/batch}: the library's screening of each line, CSV record or
   * workbook row. The input's format follows {@code Content-Type}, the answer's {@code Accept}; a
   * CSV header is read, and a workbook read whole and checked against every bound, before the
   * answer begins, so that a bad one is a 400 for the whole request.
   */
  private void assessBatch(Context ctx) throws IOException {
    QueryParameters query = QueryParameters.of(ctx, Paths.BATCH, ON_AND_LABELS);
    boolean forSpreadsheet = forSpreadsheet(query);
    String contentType = ctx.header(Header.CONTENT_TYPE);
    MediaType in =
        MediaType.CSV.accepts(contentType)
            ? MediaType.CSV
            : MediaType.XLSX.accepts(contentType) ? MediaType.XLSX : MediaType.NDJSON;
    if (in == MediaType.NDJSON) {
      MediaType.NDJSON.require(contentType, "POST " + Paths.BATCH, MediaType.CSV, MediaType.XLSX);
    }
    Assessor assessor = assessorOn(ctx, query.get(ON));
    Language language = language(ctx);
    MediaType out =
        forSpreadsheet
            ? MediaType.CSV
            : MediaType.preferred(
                ctx.header(Header.ACCEPT), MediaType.NDJSON, MediaType.CSV, MediaType.XLSX);
    if (in != MediaType.XLSX) {
      screenBatch(ctx, ctx.req().getInputStream(), in, assessor, out, language, forSpreadsheet);
      return;
    }
    workbooks.acquire(ctx);
    try {
      screenBatch(ctx, Workbooks.upload(ctx), in, assessor, out, language, forSpreadsheet);
    } finally {
      workbooks.release();
    }
  }

  private void screenBatch(
      Context ctx,
      InputStream body,
      MediaType in,
      Assessor assessor,
      MediaType out,
      Language language,
      boolean forSpreadsheet)
      throws IOException {
    Records records;
    try {
      records = Screening.of(assessor).withListener(batchListener).read(body, format(in));
    } catch (InvalidInputException e) {
      throw new ProblemException(ProblemDetails.invalidRequest(e.getProblems()));
    }
    HttpServletResponse response = ctx.res();
    response.setStatus(200);
    response.setContentType(
        switch (out) {
          case CSV -> MediaTypes.CSV_ANSWER;
          case XLSX -> MediaTypes.XLSX;
          default -> MediaTypes.NDJSON;
        });
    if (out == MediaType.XLSX) {
      Workbooks.attachment(ctx, Workbooks.RESULTS_FILE_NAME);
    }
    OutputStream answer = response.getOutputStream();
    try {
      if (forSpreadsheet) {
        records.answerForSpreadsheet(answer, Language.CHINESE);
      } else {
        records.answer(answer, format(out), language);
      }
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof CutInputException) && !response.isCommitted()) {
        throw e;
      }
      if (e instanceof RuntimeException) {
        problems.problemFor(e, "POST", Paths.BATCH);
      }
      endAbnormally(ctx, e);
    }
  }

  /** Returns the library's format of records in {@code type}, one the batch route takes. */
  private static RecordFormat format(MediaType type) {
    return switch (type) {
      case CSV -> RecordFormat.CSV;
      case XLSX -> RecordFormat.XLSX;
      default -> RecordFormat.NDJSON;
    };
  }

  /**
   * Returns whether the batch's answer is the CSV for spreadsheets, in Chinese labels: {@code
   * labels=zh}. {@code labels=en} asks for the codes, as no {@code labels} does.
   *
   * @throws ProblemException for any other value
   */
  private static boolean forSpreadsheet(QueryParameters query) {
    Optional<String> labels = query.get(LABELS);
    if (labels.isEmpty() || labels.get().equals("en")) {
      return false;
    }
    if (labels.get().equals("zh")) {
      return true;
    }
    throw new ProblemException(
        ProblemDetails.invalidRequest(Problem.of(LABELS, RequestCode.INVALID_LANGUAGE)));
  }

  /**
   * Ends the response to {@code ctx} without its proper end, for {@code failure}: the connection is
   * closed without the last chunk, so that no client can take what was sent for a whole answer.
   */
  private static void endAbnormally(Context ctx, Exception failure) {
    ServletContextRequest.getServletContextRequest(ctx.req())
        .getConnectionMetaData()
        .getConnection()
        .getEndPoint()
        .close(failure);
  }

  /** {@code GET /v1/policy}: the edition in force today, or on {@code on}, in the file format. */
  private void policy(Context ctx) {
    QueryParameters query = QueryParameters.of(ctx, Paths.POLICY, ONLY_ON);
    String policy = json.writePolicy(assessorOn(ctx, query.get(ON)).getEdition());
    ctx.contentType(MediaTypes.JSON).result(policy);
  }

  /** {@code GET /v1/policy/editions}: every edition served, by effective date, with its status. */
  private void editions(Context ctx) throws IOException {
    QueryParameters.of(ctx, Paths.EDITIONS, Set.of());
    String body = json.writeEditions(live.current());
    ctx.contentType(MediaTypes.JSON).result(body);
  }

  /**
   * {@code GET /health}: up, with the reference of the edition in force today and the problems of
   * the last change to the editions, if it was refused.
   */
  private void health(Context ctx) throws IOException {
    QueryParameters.of(ctx, Paths.HEALTH, Set.of());
    // Written before the content type is set: a failure then answers a plain problem.
    byte[] body = health.body(language(ctx));
    // Written to the response's stream, as the assessments are: a result() would be copied once
    // more, through a buffer of 32 KiB allocated for each answer.
    ctx.contentType(MediaTypes.JSON).outputStream().write(body);
  }

  private void openApi(Context ctx) throws IOException {
    QueryParameters.of(ctx, Paths.OPENAPI, Set.of());
    ctx.contentType(MediaTypes.JSON).outputStream().write(openApi);
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
   * Limits#MAX_BODY_BYTES} is refused with 413 after its rest is discarded, within the bounds of
   * {@link OversizedBody}; past them the connection is closed after the answer.
   */
  static byte[] body(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    InputStream in = ctx.req().getInputStream();
    byte[] body =
        declared > Limits.MAX_BODY_BYTES
            ? new byte[0]
            : in.readNBytes(declared >= 0 ? (int) declared : Limits.MAX_BODY_BYTES + 1);
    if (declared > Limits.MAX_BODY_BYTES || body.length > Limits.MAX_BODY_BYTES) {
      if (!OversizedBody.discardRest(in, body.length, declared)) {
        ctx.header(Header.CONNECTION, "close");
      }
      throw new ProblemException(ProblemDetails.contentTooLarge(Limits.MAX_BODY_BYTES));
    }
    return body;
  }

  static Language language(Context ctx) {
    return AcceptLanguage.of(ctx.header(Header.ACCEPT_LANGUAGE));
  }

  /**
   * Returns the assessor of the edition in force on {@code on}, or today when it is absent, and
   * notes the edition on {@code ctx} for the access log.
   */
  private Assessor assessorOn(Context ctx, Optional<String> on) {
    Assessor assessor = assessorOn(on);
    PolicyReference policy = assessor.getEdition().getReference();
    ctx.attribute(AccessLog.EDITION, policy.getId() + "@" + policy.getVersion());
    return assessor;
  }

  private Assessor assessorOn(Optional<String> on) {
    PolicyEditions editions = live.current();
    if (on.isEmpty()) {
      return editions.assessorToday();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(on.get());
    } catch (DateTimeParseException e) {
      throw invalidRequest(
          Problem.of(
              ON, RequestCode.INVALID_DATE, ImmutableMap.of("value", Template.echo(on.get()))));
    }
    try {
      return editions.assessorOn(date);
    } catch (NoEditionInForceException e) {
      throw invalidRequest(
          Problem.of(
              ON,
              RequestCode.NO_EDITION_IN_FORCE,
              ImmutableMap.of("date", date, "earliest", e.getEarliest())));
    }
  }

  private static ProblemException invalidRequest(Problem problem) {
    return new ProblemException(ProblemDetails.invalidRequest(problem));
  }
}
