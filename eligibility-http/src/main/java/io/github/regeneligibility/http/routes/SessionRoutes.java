package io.github.regeneligibility.http.routes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.transport.MediaType;
import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.http.transport.QueryParameters;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Texts;
import io.github.regeneligibility.records.Login;
import io.github.regeneligibility.records.RecordCode;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.StoreUnavailableException;
import io.github.regeneligibility.records.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page's login, {@value Paths#SESSION}: {@code POST} with {@code {"user", "password"}} logs in
 * and sets the session cookie ({@code HttpOnly}, {@code SameSite=Strict}, {@code Path=/}, and
 * {@code Secure} when the request came over TLS); {@code GET} answers the session's user and CSRF
 * token; {@code DELETE} logs out. A refused login is a {@code 401}; too many failed of late, for
 * the name or from the address, a {@code 429} with {@code Retry-After}. The accounts write every
 * login and failed login to the audit log.
 */
final class SessionRoutes {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> FIELDS = Set.of("user", "password");

  /** What a field of the login must be. */
  private enum Expected {
    STRING
  }

  private final RecordStore store;
  private final Sessions sessions;
  private final Bearer bearer;

  SessionRoutes(RecordStore store, Sessions sessions, Bearer bearer) {
    this.store = store;
    this.sessions = sessions;
    this.bearer = bearer;
  }

  void addTo(RoutesConfig routes) {
    routes.post(Paths.SESSION, this::login);
    Routes.get(routes, Paths.SESSION, this::current);
    routes.delete(Paths.SESSION, this::logout);
  }

  private void login(Context ctx) throws IOException {
    QueryParameters.of(ctx, Paths.SESSION, Set.of());
    MediaType.JSON.require(ctx.header(Header.CONTENT_TYPE), "POST " + Paths.SESSION);
    Fields fields = fields(Routes.body(ctx));
    Login login;
    try {
      login = store.accounts().login(fields.user(), fields.password().toCharArray(), ctx.ip());
    } catch (StoreUnavailableException e) {
      throw new ProblemException(ProblemDetails.databaseUnavailable());
    }
    switch (login.status()) {
      case LIMITED -> {
        long millis = login.retryAfter().toMillis();
        long seconds = Math.max(1, (millis + 999) / 1000);
        ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
        throw new ProblemException(ProblemDetails.loginLimited(seconds));
      }
      case REFUSED -> throw new ProblemException(ProblemDetails.loginRefused());
      case ACCEPTED -> {
        User user = login.user().orElseThrow();
        Sessions.Session session = sessions.start(user.name());
        ctx.header(Header.SET_COOKIE, cookie(ctx, session.id(), Sessions.LIFETIME.toSeconds()));
        answer(ctx.status(201), session, user);
      }
    }
  }

  /** The login's two fields, both strings. */
  private record Fields(String user, String password) {}

  /** Reads the login's fields; anything else is a {@code 400} naming the field. */
  private static Fields fields(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      root = MAPPER.missingNode();
    }
    if (!root.isObject()) {
      throw new ProblemException(
          ProblemDetails.invalidRequest(Problem.of(Problem.WHOLE, FormatCode.NOT_AN_OBJECT)));
    }
    List<Problem> problems = new ArrayList<>();
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problems.add(Problem.of(Template.echo(name), FormatCode.UNKNOWN_PROPERTY));
      }
    }
    String user = text(root, "user", problems);
    String password = text(root, "password", problems);
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemDetails.invalidRequest(problems));
    }
    return new Fields(user, password);
  }

  /** The string {@code name} of {@code root}, or a problem and {@code ""}. */
  private static String text(JsonNode root, String name, List<Problem> problems) {
    JsonNode value = root.path(name);
    if (value.isMissingNode()) {
      problems.add(Problem.of(name, RecordCode.FIELD_REQUIRED));
    } else if (!value.isTextual()) {
      problems.add(
          Problem.of(
              name,
              FormatCode.WRONG_TYPE,
              ImmutableMap.of("expected", Texts.wording(Expected.STRING, "session"))));
    } else {
      return value.asText();
    }
    return "";
  }

  private void current(Context ctx) throws IOException {
    QueryParameters.of(ctx, Paths.SESSION, Set.of());
    Optional<Sessions.Session> session = bearer.session(ctx);
    User user = bearer.user(ctx);
    if (session.isEmpty()) {
      throw new ProblemException(ProblemDetails.unauthorized());
    }
    answer(ctx, session.get(), user);
  }

  private void logout(Context ctx) {
    QueryParameters.of(ctx, Paths.SESSION, Set.of());
    Optional<Sessions.Session> session = bearer.session(ctx);
    bearer.user(ctx);
    if (session.isEmpty()) {
      throw new ProblemException(ProblemDetails.unauthorized());
    }
    sessions.end(session.get().id());
    ctx.header(Header.SET_COOKIE, cookie(ctx, "", 0));
    ctx.status(204);
  }

  /** The session cookie: never readable by scripts, never sent from another site's page. */
  private static String cookie(Context ctx, String value, long maxAgeSeconds) {
    boolean tls =
        "https".equalsIgnoreCase(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    return Bearer.COOKIE
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (tls ? "; Secure" : "");
  }

  private static void answer(Context ctx, Sessions.Session session, User user)
      throws JsonProcessingException {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("user", user.name());
    body.put("role", user.role().name());
    body.put("csrfToken", session.csrfToken());
    body.put("expires", session.ends().toString());
    ctx.contentType(MediaTypes.JSON).result(MAPPER.writeValueAsString(body));
  }
}
