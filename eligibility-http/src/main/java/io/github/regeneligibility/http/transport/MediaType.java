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
  CSV(MediaTypes.CSV),
  /** A workbook (.xlsx). */
  XLSX(MediaTypes.XLSX);

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
   * Checks that the request's {@code Content-Type} is this type, {@code others} being the other
   * types {@code route} takes, none of which the request has.
   *
   * @throws ProblemException with a 415 problem naming every type and the given one
   */
  public void require(@Nullable String contentType, String route, MediaType... others) {
    if (!accepts(contentType)) {
      StringBuilder names = new StringBuilder(name);
      for (int i = 0; i < others.length; i++) {
        names.append(i == others.length - 1 ? " or " : ", ").append(others[i].name);
      }
      throw new ProblemException(
          ProblemDetails.unsupportedMediaType(route, names.toString(), contentType));
    }
  }

  /**
   * Returns whether an {@code Accept} header asks for CSV rather than NDJSON: it names {@code
   * text/csv} with a weight above zero and above that of any range naming NDJSON. A malformed range
   * asks for nothing.
   */
  public static boolean prefersCsv(@Nullable String accept) {
    return preferred(accept, NDJSON, CSV) == CSV;
  }

  /**
   * Returns the type an {@code Accept} header asks for among {@code fallback} and {@code others}:
   * the one of {@code others} it names with the highest weight, when that is above zero and above
   * the fallback's (the first of equal ones), else {@code fallback}. Ranges with wildcards and
   * malformed ranges ask for nothing.
   */
  public static MediaType preferred(
      @Nullable String accept, MediaType fallback, MediaType... others) {
    if (accept == null) {
      return fallback;
    }
    double[] weights = new double[values().length];
    for (String range : RANGES.split(accept)) {
      Optional<Parsed> parsed = parse(range);
      if (parsed.isEmpty()) {
        continue;
      }
      for (MediaType type : values()) {
        if (parsed.get().name().equals(type.name)) {
          weights[type.ordinal()] = Math.max(weights[type.ordinal()], parsed.get().weight());
        }
      }
    }
    MediaType best = fallback;
    double bestWeight = weights[fallback.ordinal()];
    for (MediaType other : others) {
      double weight = weights[other.ordinal()];
      if (weight > 0 && weight > bestWeight) {
        best = other;
        bestWeight = weight;
      }
    }
    return best;
  }

  /** Returns whether {@code contentType} is this type, in UTF-8 if it names a charset. */
  public boolean accepts(@Nullable String contentType) {
    if (contentType != null && contentType.equalsIgnoreCase(name)) {
      // The common case, the bare type without parameters, without parsing.
      return true;
    }
    return parse(contentType)
        .filter(parsed -> parsed.name().equals(name))
        .filter(parsed -> parsed.charset().map(StandardCharsets.UTF_8::equals).orElse(true))
        .isPresent();
  }
}
