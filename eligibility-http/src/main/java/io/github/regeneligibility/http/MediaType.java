package io.github.regeneligibility.http;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A media type that a route requires of its request body. The {@code Content-Type} must name it,
 * in any letter case, with parameters allowed; a {@code charset} parameter must be UTF-8, the only
 * encoding the service reads.
 */
enum MediaType {
  /** One JSON document. */
  JSON("application/json"),
  /** Newline-delimited JSON: one JSON document per line. */
  NDJSON("application/x-ndjson");

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
      throw new ProblemException(Problem.unsupportedMediaType(route, name, contentType));
    }
  }

  boolean accepts(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().toLowerCase(Locale.ROOT).equals(name)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals > 0 && parts[i].substring(0, equals).trim().equalsIgnoreCase("charset")) {
        String charset = parts[i].substring(equals + 1).trim().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8")) {
          return false;
        }
      }
    }
    return true;
  }
}
