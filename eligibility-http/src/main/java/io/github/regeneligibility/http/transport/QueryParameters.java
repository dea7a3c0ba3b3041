package io.github.regeneligibility.http.transport;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.http.contract.RequestCode;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of one request, read strictly from the raw query string: each name once,
 * each one a parameter of the route, every {@code %XX} escape well-formed and the bytes UTF-8.
 * Names are case-sensitive. This is the one reader of the query: neither Javalin's nor the servlet
 * API's parameter maps are used, since they decode with the charset of the request's {@code
 * Content-Type} and drop what they cannot decode.
 */
public final class QueryParameters {
  /** The request attribute holding the parameters once read, for the access log. */
  static final String ATTRIBUTE = "eligibility.query";

  private static final Text NONE = Text.of("none", "无");

  private final ImmutableMap<String, String> values;

  private QueryParameters(ImmutableMap<String, String> values) {
    this.values = values;
  }

  /**
   * Reads the query of {@code ctx} for {@code route}, which takes the parameters {@code allowed}.
   *
   * @throws ProblemException with a 400 problem naming the first parameter that is not one of
   *     {@code allowed}, is given twice, or cannot be decoded
   */
  public static QueryParameters of(Context ctx, String route, Set<String> allowed) {
    return of(ctx, route, allowed, allowed.isEmpty() ? NONE : String.join(", ", allowed));
  }

  /**
   * Reads the query of {@code ctx} as {@link #of(Context, String, Set)} does; a problem about an
   * unknown parameter says that the route takes {@code described}.
   */
  public static QueryParameters of(
      Context ctx, String route, Set<String> allowed, Object described) {
    QueryParameters parameters = parse(ctx.req().getQueryString(), route, allowed, described);
    ctx.attribute(ATTRIBUTE, parameters);
    return parameters;
  }

  /** Returns the value of {@code name}, if the request gave it. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Returns the parameters read for {@code ctx}, if a route read them. */
  static Optional<QueryParameters> readFor(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  static QueryParameters parse(
      @Nullable String query, String route, Set<String> allowed, Object described) {
    if (query == null || query.isEmpty()) {
      return new QueryParameters(ImmutableMap.of());
    }
    Map<String, String> values = new LinkedHashMap<>();
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      String pair = query.substring(start, end);
      start = end + 1;
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name = decode(rawName).orElseThrow(() -> refuse(rawName, undecodable()));
      if (!allowed.contains(name)) {
        throw refuse(
            name,
            Problem.of(
                Template.echo(name),
                RequestCode.UNKNOWN_PARAMETER,
                ImmutableMap.of("route", route, "allowed", described)));
      }
      String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
      String value = decode(rawValue).orElseThrow(() -> refuse(name, undecodable()));
      if (values.putIfAbsent(name, value) != null) {
        throw refuse(name, Problem.of(name, RequestCode.REPEATED_PARAMETER));
      }
    }
    return new QueryParameters(ImmutableMap.copyOf(values));
  }

  private static Problem undecodable() {
    return Problem.of(Problem.WHOLE, RequestCode.UNDECODABLE_PARAMETER);
  }

  private static ProblemException refuse(String name, Problem problem) {
    Problem named =
        problem.getPath().equals(Problem.WHOLE)
            ? Problem.of(Template.echo(name), problem.getCode())
            : problem;
    return new ProblemException(ProblemDetails.invalidRequest(named));
  }

  /**
   * Decodes {@code text} as {@code application/x-www-form-urlencoded} does ({@code +} is a space),
   * but strictly: empty when an escape is not {@code %} and two hexadecimal digits, or the bytes
   * are not UTF-8.
   */
  static Optional<String> decode(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      return Optional.of(text);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
