package io.github.regeneligibility.http;

import java.nio.charset.StandardCharsets;
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
      throw new ProblemException(ProblemDetails.unsupportedMediaType(route, name, contentType));
    }
  }

  boolean accepts(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      com.google.common.net.MediaType parsed = com.google.common.net.MediaType.parse(contentType.trim());
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
