package io.github.regeneligibility.http.transport;

import com.google.common.base.Splitter;
import io.github.regeneligibility.http.contract.MediaTypes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A media type that a route requires of its request body, and the service's one reader of media
 * types in headers. The {@code Content-Type} must name it, in any letter case, with parameters
 * allowed; a {@code charset} parameter must be UTF-8, the only encoding the service reads. Nothing
 * else in the service parses {@code Content-Type} or {@code Accept}, and {@link #parse} answers
 * every string without throwing.
 */
public enum MediaType {
  /** One JSON document. */
  JSON(MediaTypes.JSON),
  /** Newline-delimited JSON: one JSON document per line. */
  NDJSON(MediaTypes.NDJSON),
  /** Comma-separated values (RFC 4180) with a header row. */
  CSV(MediaTypes.CSV);

  /** An {@code Accept} weight (RFC 9110 {@code qvalue}): 0 to 1, with at most three decimals. */
  private static final Pattern WEIGHT = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

  private static final Splitter RANGES = Splitter.on(',');

  private final String name;

  MediaType(String name) {
    this.name = name;
  }

  /**
   * A media type read from a header: its type and subtype in lower case, its charset when it names
   * one, and its {@code q} weight (1 when it gives none).
   *
   * @param name the type and subtype, e.g. {@code application/json}
   * @param charset the {@code charset} parameter's charset, if given
   * @param weight the {@code q} parameter, from 0 to 1
   */
  record Parsed(String name, Optional<Charset> charset, double weight) {}

  /**
   * Reads one media type, as in {@code Content-Type} or one range of {@code Accept}. Never throws:
   * text that is not a media type, a charset that is unknown or given twice, and a {@code q} that
   * is not a weight or is given twice all give empty.
   */
  static Optional<Parsed> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      com.google.common.net.MediaType parsed = com.google.common.net.MediaType.parse(text.trim());
      if (parsed.parameters().get("charset").size() > 1) {
        return Optional.empty();
      }
      Optional<Charset> charset = parsed.charset().toJavaUtil();
      double weight = 1.0;
      var weights = parsed.parameters().get("q");
      if (weights.size() > 1) {
        return Optional.empty();
      }
      for (String q : weights) {
        if (!WEIGHT.matcher(q).matches()) {
          return Optional.empty();
        }
        weight = Double.parseDouble(q);
      }
      return Optional.of(new Parsed(parsed.type() + "/" + parsed.subtype(), charset, weight));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Not a media type, an unknown, unsupported or repeated charset.
      return Optional.empty();
    }
  }

  /** Returns the media type's name, e.g. {@code application/json}. */
  public String text() {
    return name;
  }

  /**
   * Checks the request's {@code Content-Type} for {@code route}.
   *
   * @throws ProblemException with a 415 problem naming the required and the given type
   */
  public void require(@Nullable String contentType, String route) {
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
  public void require(@Nullable String contentType, String route, MediaType other) {
    if (!accepts(contentType)) {
      throw new ProblemException(
          ProblemDetails.unsupportedMediaType(route, name + " or " + other.name, contentType));
    }
  }

  /**
   * Returns whether an {@code Accept} header asks for CSV rather than NDJSON: it names {@code
   * text/csv} with a weight above zero and above that of any range naming NDJSON. A malformed range
   * asks for nothing.
   */
  public static boolean prefersCsv(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    double csv = 0;
    double ndjson = 0;
    for (String range : RANGES.split(accept)) {
      Optional<Parsed> parsed = parse(range);
      if (parsed.isEmpty()) {
        continue;
      }
      if (parsed.get().name().equals(CSV.name)) {
        csv = Math.max(csv, parsed.get().weight());
      } else if (parsed.get().name().equals(NDJSON.name)) {
        ndjson = Math.max(ndjson, parsed.get().weight());
      }
    }
    return csv > 0 && csv > ndjson;
  }

  /** Returns whether {@code contentType} is this type, in UTF-8 if it names a charset. */
  public boolean accepts(@Nullable String contentType) {
    return parse(contentType)
        .filter(parsed -> parsed.name().equals(name))
        .filter(parsed -> parsed.charset().map(StandardCharsets.UTF_8::equals).orElse(true))
        .isPresent();
  }
}
