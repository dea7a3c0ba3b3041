package io.github.regeneligibility.http;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A media type that a route requires of its request body. The {@code Content-Type} must name it, in
 * any letter case, with parameters allowed; a {@code charset} parameter must be UTF-8, the only
 * encoding the service reads.
 */
enum MediaType {
  /** One JSON document. */
  JSON("application/json"),
  /** Newline-delimited JSON: one JSON document per line. */
  NDJSON("application/x-ndjson"),
  /** Comma-separated values (RFC 4180) with a header row. */
  CSV("text/csv");

  private final String name;

  MediaType(String name) {
    this.name = name;
  }

  /** Returns the media type's name, e.g. {@code application/json}. */
  String text() {
    return name;
  }

  /**
   * Checks the request's {@code Content-Type} for {@code route}.
   *
   * @throws ProblemException with a 415 problem naming the required and the given type
   */
  void require(@Nullable String contentType, String route) {
    if (!accepts(contentType)) {
      throw new ProblemException(ProblemDetails.unsupportedMediaType(route, name, contentType));
    }
  }

  /**
   * Checks that the request's {@code Content-Type} is this type, {@code other} being the one other
   * type {@code route} takes and the request does not have.
   *
   * @throws ProblemException with a 415 problem naming both types and the given one
   */
  void require(@Nullable String contentType, String route, MediaType other) {
    if (!accepts(contentType)) {
      throw new ProblemException(
          ProblemDetails.unsupportedMediaType(route, name + " or " + other.name, contentType));
    }
  }

  /**
   * Returns whether an {@code Accept} header asks for CSV rather than NDJSON: it names {@code
   * text/csv} with a weight above zero and above that of any range naming NDJSON.
   */
  static boolean prefersCsv(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    double csv = 0;
    double ndjson = 0;
    for (String range : com.google.common.base.Splitter.on(',').split(accept)) {
      try {
        com.google.common.net.MediaType parsed =
            com.google.common.net.MediaType.parse(range.trim());
        double weight =
            parsed.parameters().get("q").stream().findFirst().map(Double::parseDouble).orElse(1.0);
        String name = parsed.type() + "/" + parsed.subtype();
        if (name.equals(CSV.name)) {
          csv = Math.max(csv, weight);
        } else if (name.equals(NDJSON.name)) {
          ndjson = Math.max(ndjson, weight);
        }
      } catch (IllegalArgumentException e) {
        // A malformed range asks for nothing; NumberFormatException is one.
      }
    }
    return csv > 0 && csv > ndjson;
  }

  boolean accepts(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      com.google.common.net.MediaType parsed =
          com.google.common.net.MediaType.parse(contentType.trim());
      if (!(parsed.type() + "/" + parsed.subtype()).equals(name)) {
        return false;
      }
      return parsed.charset().toJavaUtil().map(StandardCharsets.UTF_8::equals).orElse(true);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Not a media type, an unknown or repeated charset: not what this route accepts.
      return false;
    }
  }
}
