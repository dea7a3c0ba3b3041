package io.github.regeneligibility.http.routes;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.contract.RequestCode;
import io.github.regeneligibility.http.transport.MediaType;
import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.http.transport.QueryParameters;
import io.github.regeneligibility.http.transport.RequestIds;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.records.DecisionInput;
import io.github.regeneligibility.records.DecisionRecord;
import io.github.regeneligibility.records.DecisionRequest;
import io.github.regeneligibility.records.Disposition;
import io.github.regeneligibility.records.RecordCode;
import io.github.regeneligibility.records.RecordJson;
import io.github.regeneligibility.records.RecordPage;
import io.github.regeneligibility.records.RecordQuery;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Recorded;
import io.github.regeneligibility.records.StoreUnavailableException;
import io.github.regeneligibility.records.User;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.NoEditionInForceException;
import io.github.regeneligibility.sheets.TableWorkbook;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The decision record routes: {@code POST} and {@code GET /v1/decisions}, {@code GET
 * /v1/decisions/{id}} and its {@code /replay}. Every one needs a bearer token or the page's session
 * ({@code 401} without either; a session's {@code POST} also needs its CSRF token); recording needs
 * the role {@code OFFICER} ({@code 403} for another). When the database cannot be used they answer
 * {@code 503}; the other routes are not affected.
 */
record DecisionRoutes(RecordStore store, RecordJson json, LiveEditions live, Bearer bearer) {
  private static final Set<String> SEARCH =
      Set.of("applicationId", "applicant", "tier", "disposition", "from", "to", "limit", "cursor");

  /** The sheet of a search answered as a workbook, and the name of its file. */
  private static final String EXPORT_SHEET = "decisions";

  void addTo(RoutesConfig routes) {
    routes.post(Paths.DECISIONS, guarded(this::record));
    Routes.get(routes, Paths.DECISIONS, guarded(this::search));
    Routes.get(routes, Paths.DECISION, guarded(this::find));
    Routes.get(routes, Paths.REPLAY, guarded(this::replay));
  }

  /** A handler that runs with the request's user. */
  private interface UserHandler {
    void handle(Context ctx, User user) throws IOException;
  }

  private Handler guarded(UserHandler handler) {
    return ctx -> {
      try {
        handler.handle(ctx, bearer.user(ctx));
      } catch (StoreUnavailableException e) {
        throw new ProblemException(ProblemDetails.databaseUnavailable());
      }
    };
  }

  private void record(Context ctx, User user) throws IOException {
    QueryParameters.of(ctx, Paths.DECISIONS, Set.of());
    if (!user.role().mayRecord()) {
      throw new ProblemException(
          ProblemDetails.forbidden(user.role().label(), "POST " + Paths.DECISIONS));
    }
    MediaType.JSON.require(ctx.header(Header.CONTENT_TYPE), "POST " + Paths.DECISIONS);
    DecisionInput input = json.readDecision(Routes.body(ctx));
    if (input.request().isEmpty()) {
      throw new ProblemException(refused(input.problems()));
    }
    DecisionRequest request = input.request().get();
    String requestId = RequestIds.of(ctx);
    Recorded recorded;
    try {
      recorded = store.record(request.decision(live.current().today(), user.name(), requestId));
    } catch (NoEditionInForceException e) {
      throw badRequest(
          "on",
          RequestCode.NO_EDITION_IN_FORCE,
          Map.of("date", request.on().orElse(live.current().today()), "earliest", e.getEarliest()));
    }
    if (recorded.record().isEmpty()) {
      throw new ProblemException(ProblemDetails.invalidRequest(recorded.problems()));
    }
    DecisionRecord record = recorded.record().get();
    ctx.status(201);
    ctx.header(Header.LOCATION, Paths.DECISIONS + "/" + record.id());
    ctx.contentType(MediaTypes.JSON).result(json.writeRecord(record, Routes.language(ctx)));
  }

  /** A request's problems: those of the nested application as on the assessment route. */
  private static ProblemDocument refused(ImmutableList<Problem> problems) {
    boolean application = problems.stream().allMatch(p -> p.getPath().startsWith("application"));
    return application
        ? ProblemDetails.invalidApplication(problems)
        : ProblemDetails.invalidRequest(problems);
  }

  private void search(Context ctx, User user) throws IOException {
    QueryParameters query = QueryParameters.of(ctx, Paths.DECISIONS, SEARCH);
    RecordQuery search =
        new RecordQuery(
            query.get("applicationId"),
            query.get("applicant"),
            constant(query, "tier", Tier.class),
            constant(query, "disposition", Disposition.class),
            day(query, "from"),
            day(query, "to"),
            limit(query),
            query.get("cursor"));
    List<Problem> problems = search.problems();
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemDetails.invalidRequest(problems));
    }
    MediaType answer =
        MediaType.preferred(
            ctx.header(Header.ACCEPT), MediaType.JSON, MediaType.CSV, MediaType.XLSX);
    RecordPage page = store.search(search);
    page.next().ifPresent(cursor -> ctx.header(Header.LINK, nextPage(ctx, cursor)));
    switch (answer) {
      case CSV -> ctx.contentType(MediaTypes.CSV_ANSWER).result(json.writeCsv(page));
      case XLSX -> {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream(8192);
        TableWorkbook.write(
            workbook,
            EXPORT_SHEET,
            RecordJson.CSV_COLUMNS,
            page.decisions().stream().map(RecordJson::exportRow).toList());
        Workbooks.attachment(ctx, EXPORT_SHEET + ".xlsx");
        ctx.contentType(MediaTypes.XLSX).result(workbook.toByteArray());
      }
      default ->
          ctx.contentType(MediaTypes.JSON).result(json.writePage(page, Routes.language(ctx)));
    }
  }

  /**
   * The {@code Link} to the next page of a search (RFC 8288), its query the same but for {@code
   * cursor}: the CSV and workbook answers have no {@code next} of their own.
   */
  private static String nextPage(Context ctx, String cursor) {
    StringJoiner query = new StringJoiner("&");
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (!"cursor".equals(name)) {
                values.forEach(value -> query.add(parameter(name, value)));
              }
            });
    query.add(parameter("cursor", cursor));
    return "<" + Paths.DECISIONS + "?" + query + ">; rel=\"next\"";
  }

  private static String parameter(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static <E extends Enum<E>> Optional<E> constant(
      QueryParameters query, String name, Class<E> type) {
    Optional<String> given = query.get(name);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(given.get())) {
        return Optional.of(constant);
      }
    }
    throw new ProblemException(
        ProblemDetails.invalidRequest(FormatCode.unknownValue(name, type, given.get())));
  }

  private static Optional<LocalDate> day(QueryParameters query, String name) {
    Optional<String> given = query.get(name);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(given.get()));
    } catch (DateTimeParseException e) {
      throw badRequest(name, RequestCode.INVALID_DATE, Map.of("value", Template.echo(given.get())));
    }
  }

  private static int limit(QueryParameters query) {
    Optional<String> given = query.get("limit");
    if (given.isEmpty()) {
      return RecordQuery.DEFAULT_LIMIT;
    }
    try {
      return Integer.parseInt(given.get());
    } catch (NumberFormatException e) {
      throw badRequest(
          "limit",
          RecordCode.LIMIT_OUT_OF_RANGE,
          Map.of("max", RecordQuery.MAX_LIMIT, "value", Template.echo(given.get())));
    }
  }

  /** The answer 400 to one problem with the request: {@code field} broke {@code code}. */
  private static ProblemException badRequest(String field, ProblemCode code, Map<String, ?> facts) {
    return new ProblemException(ProblemDetails.invalidRequest(Problem.of(field, code, facts)));
  }

  private void find(Context ctx, User user) {
    QueryParameters.of(ctx, Paths.DECISION, Set.of());
    String id = ctx.pathParam("id");
    DecisionRecord record =
        store.find(id).orElseThrow(() -> new ProblemException(ProblemDetails.recordNotFound(id)));
    ctx.contentType(MediaTypes.JSON).result(json.writeRecord(record, Routes.language(ctx)));
  }

  private void replay(Context ctx, User user) {
    QueryParameters.of(ctx, Paths.REPLAY, Set.of());
    String id = ctx.pathParam("id");
    Language language = Routes.language(ctx);
    String body =
        store
            .replay(id)
            .map(replay -> json.writeReplay(replay, language))
            .orElseThrow(() -> new ProblemException(ProblemDetails.recordNotFound(id)));
    ctx.contentType(MediaTypes.JSON).result(body);
  }
}
