package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into a tree, checking the documented limits itself while it reads: each
 * value is looked at as the parser reaches it, so a problem names what it met (a nesting depth, a
 * string's or a number's length, a property given twice) without reading Jackson's messages.
 * Jackson's own {@link StreamReadConstraints} stay in place, set wider, as a backstop.
 *
 * <p>Bytes are UTF-8, with or without a byte-order mark, and nothing else: they are decoded here,
 * strictly, before the parser sees them, so that Jackson never guesses another encoding from a
 * byte-order mark or from zero bytes. A body in UTF-16 or UTF-32 is named as such; a byte sequence
 * that is not UTF-8 is named by its offset.
 *
 * <p>What the reader keeps of a document is bounded by a {@link Keep}, not by the document: the
 * parts that the reader of an application never looks at are checked (well-formed, within the
 * limits) and skipped without being stored, and an array keeps at most its maximum of elements.
 */
final class JsonDocument {

  /** Where a parse failure happened, in both languages. */
  private static final Template AT = Phrase.template("AT");

  private static final Text ENDS_EARLY = Phrase.of("ENDS_EARLY");
  private static final Text UNEXPECTED = Phrase.of("UNEXPECTED");
  private static final Text MORE_THAN_ONE = Phrase.of("MORE_THAN_ONE");
  private static final Text DEEP = Phrase.withMax("DEEP", EligibilityJson.MAX_NESTING_DEPTH);
  private static final Text LONG_STRING =
      Phrase.withMax("LONG_STRING", EligibilityJson.MAX_STRING_LENGTH);
  private static final Text LONG_NUMBER =
      Phrase.withMax("LONG_NUMBER", EligibilityJson.MAX_NUMBER_LENGTH);
  private static final Text EXPONENT = Phrase.of("EXPONENT");
  private static final Text READER_LIMIT = Phrase.of("READER_LIMIT");
  private static final Text UTF16_OR_UTF32 = Phrase.of("UTF16_OR_UTF32");

  /**
   * What of a document the tree keeps.
   *
   * @param known the properties of the root object that are kept, the others being reported as
   *     unknown and skipped, as are the properties of every nested object; when null, every
   *     property is kept
   * @param maxElements the most elements an array keeps; the rest are skipped and one problem says
   *     how many the array held
   */
  record Keep(@Nullable ImmutableSet<String> known, int maxElements) {
    /** Keeps the whole document. */
    static final Keep ALL = new Keep(null, Integer.MAX_VALUE);
  }

  /** The parser's factory: duplicate keys are found here, not by the parser; limits doubled. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(2 * EligibilityJson.MAX_NESTING_DEPTH)
                  .maxStringLength(2 * EligibilityJson.MAX_STRING_LENGTH)
                  .maxNumberLength(2 * EligibilityJson.MAX_NUMBER_LENGTH)
                  .build())
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Stops reading at the first problem. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught within this class
    final Problem problem;

    Stop(Problem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }

  private JsonDocument() {}

  /**
   * Reads {@code json}, UTF-8 bytes, into a tree (a missing node when it holds nothing), as {@link
   * #read(String, Keep, List)} does.
   */
  static Optional<JsonNode> read(byte[] json, Keep keep, List<Problem> problems) {
    Optional<CharBuffer> text = decode(json, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    CharBuffer chars = text.get();
    try (JsonParser parser = FACTORY.createParser(chars.array(), 0, chars.limit())) {
      return read(parser, keep, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /** As {@link #read(byte[], Keep, List)}, keeping the whole document. */
  static Optional<JsonNode> read(byte[] json, List<Problem> problems) {
    return read(json, Keep.ALL, problems);
  }

  /**
   * Reads {@code json} into a tree (a missing node when it holds nothing), keeping what {@code
   * keep} says; adds to {@code problems} the parts it refused. Returns empty, with the one problem
   * that stopped reading, when the document is not well-formed or exceeds a limit.
   */
  static Optional<JsonNode> read(String json, Keep keep, List<Problem> problems) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return read(parser, keep, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /**
   * Decodes UTF-8 {@code bytes}, without their byte-order mark, or adds the problem that names
   * their encoding or the first byte that is not UTF-8. UTF-8 never takes more characters than
   * bytes, so one buffer of the bytes' length holds the text.
   */
  private static Optional<CharBuffer> decode(byte[] bytes, List<Problem> problems) {
    Optional<Text> other = otherEncoding(bytes);
    if (other.isPresent()) {
      problems.add(
          Problem.of(
              Problem.WHOLE, FormatCode.UNSUPPORTED_ENCODING, Map.of("encoding", other.get())));
      return Optional.empty();
    }
    int start = at(bytes, 0) == 0xEF && at(bytes, 1) == 0xBB && at(bytes, 2) == 0xBF ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      problems.add(
          Problem.of(Problem.WHOLE, FormatCode.INVALID_UTF8, Map.of("offset", in.position())));
      return Optional.empty();
    }
    return Optional.of(out.flip());
  }

  /**
   * Names the encoding of {@code bytes} when it is told to be another than UTF-8: by a UTF-16 or
   * UTF-32 byte-order mark, or by a zero byte among the first four, which UTF-8 JSON never holds
   * (its first character is ASCII, and a zero can only be written escaped).
   */
  private static Optional<Text> otherEncoding(byte[] bytes) {
    int b0 = at(bytes, 0);
    int b1 = at(bytes, 1);
    int b2 = at(bytes, 2);
    int b3 = at(bytes, 3);
    String name;
    if (b0 == 0xFE && b1 == 0xFF) {
      name = "UTF-16BE";
    } else if (b0 == 0xFF && b1 == 0xFE) {
      name = b2 == 0 && b3 == 0 ? "UTF-32LE" : "UTF-16LE";
    } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      name = "UTF-32BE";
    } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      name = "UTF-32BE";
    } else if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      name = "UTF-32LE";
    } else if (b0 == 0 && b1 > 0) {
      name = "UTF-16BE";
    } else if (b0 > 0 && b1 == 0) {
      name = "UTF-16LE";
    } else if (b0 == 0 || b1 == 0 || b2 == 0 || b3 == 0) {
      return Optional.of(UTF16_OR_UTF32);
    } else {
      return Optional.empty();
    }
    return Optional.of(Text.of(name, name));
  }

  /** Returns the byte at {@code index} as 0 to 255, or -1 past the end. */
  private static int at(byte[] bytes, int index) {
    return index < bytes.length ? bytes[index] & 0xFF : -1;
  }

  private static Optional<JsonNode> read(JsonParser parser, Keep keep, List<Problem> problems)
      throws IOException {
    JsonNode root;
    try {
      JsonToken first = parser.nextToken();
      root =
          first == null
              ? MissingNode.getInstance()
              : new Reading(parser, keep, problems).value(first, "", 0);
    } catch (Stop stop) {
      problems.add(stop.problem);
      return Optional.empty();
    } catch (JsonProcessingException e) {
      problems.add(failure(e));
      return Optional.empty();
    }
    try {
      if (parser.nextToken() != null) {
        problems.add(malformed(at(MORE_THAN_ONE, parser.currentTokenLocation())));
        return Optional.empty();
      }
    } catch (JsonProcessingException e) {
      problems.add(failure(e));
      return Optional.empty();
    }
    return Optional.of(root);
  }

  /** One reading of a document: the parser, what to keep, and where problems go. */
  private record Reading(JsonParser parser, Keep keep, List<Problem> problems) {

    /** Reads the value that starts with {@code token}, inside {@code depth} open containers. */
    JsonNode value(JsonToken token, String path, int depth) throws IOException, Stop {
      switch (token) {
        case START_OBJECT -> {
          deeper(depth);
          ObjectNode object = NODES.objectNode();
          for (JsonToken next = parser.nextToken();
              next == JsonToken.FIELD_NAME;
              next = parser.nextToken()) {
            String name = parser.currentName();
            length(name.length(), EligibilityJson.MAX_STRING_LENGTH, LONG_STRING);
            String at = TreeReader.child(path, name);
            ImmutableSet<String> known = keep.known();
            if (known != null && !(depth == 0 && known.contains(name))) {
              if (depth == 0) {
                problems.add(Problem.of(at, FormatCode.UNKNOWN_PROPERTY));
              }
              skip(parser.nextToken(), depth + 1);
              continue;
            }
            if (object.has(name)) {
              throw new Stop(Problem.of(at, FormatCode.DUPLICATE_PROPERTY));
            }
            object.set(name, value(parser.nextToken(), at, depth + 1));
          }
          return object;
        }
        case START_ARRAY -> {
          deeper(depth);
          ArrayNode array = NODES.arrayNode();
          long count = 0;
          for (JsonToken next = parser.nextToken();
              next != JsonToken.END_ARRAY;
              next = parser.nextToken()) {
            if (count < keep.maxElements()) {
              array.add(value(next, TreeReader.element(path, array.size()), depth + 1));
            } else {
              skip(next, depth + 1);
            }
            count++;
          }
          if (count > keep.maxElements()) {
            problems.add(
                Problem.of(
                    path,
                    FormatCode.TOO_MANY_ELEMENTS,
                    ImmutableMap.of("count", count, "max", keep.maxElements())));
          }
          return array;
        }
        case VALUE_STRING -> {
          length(parser.getTextLength(), EligibilityJson.MAX_STRING_LENGTH, LONG_STRING);
          return NODES.textNode(parser.getText());
        }
        case VALUE_NUMBER_INT -> {
          length(parser.getTextLength(), EligibilityJson.MAX_NUMBER_LENGTH, LONG_NUMBER);
          return NODES.numberNode(parser.getBigIntegerValue());
        }
        case VALUE_NUMBER_FLOAT -> {
          length(parser.getTextLength(), EligibilityJson.MAX_NUMBER_LENGTH, LONG_NUMBER);
          try {
            return NODES.numberNode(parser.getDecimalValue());
          } catch (NumberFormatException e) { // an exponent beyond what BigDecimal holds
            throw new Stop(limit(EXPONENT));
          }
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
        }
        default -> {
          return NODES.nullNode();
        }
      }
    }

    /** Reads the value that starts with {@code token} as {@link #value} does, keeping nothing. */
    private void skip(JsonToken token, int depth) throws IOException, Stop {
      switch (token) {
        case START_OBJECT -> {
          deeper(depth);
          for (JsonToken next = parser.nextToken();
              next == JsonToken.FIELD_NAME;
              next = parser.nextToken()) {
            length(parser.currentName().length(), EligibilityJson.MAX_STRING_LENGTH, LONG_STRING);
            skip(parser.nextToken(), depth + 1);
          }
        }
        case START_ARRAY -> {
          deeper(depth);
          for (JsonToken next = parser.nextToken();
              next != JsonToken.END_ARRAY;
              next = parser.nextToken()) {
            skip(next, depth + 1);
          }
        }
        case VALUE_STRING ->
            length(parser.getTextLength(), EligibilityJson.MAX_STRING_LENGTH, LONG_STRING);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            length(parser.getTextLength(), EligibilityJson.MAX_NUMBER_LENGTH, LONG_NUMBER);
        default -> {}
      }
    }
  }

  private static void deeper(int depth) throws Stop {
    if (depth >= EligibilityJson.MAX_NESTING_DEPTH) {
      throw new Stop(limit(DEEP));
    }
  }

  private static void length(int length, int max, Text limit) throws Stop {
    if (length > max) {
      throw new Stop(limit(limit));
    }
  }

  private static Problem limit(Text limit) {
    return Problem.of(Problem.WHOLE, FormatCode.LIMIT_EXCEEDED, Map.of("limit", limit));
  }

  /** Classifies a failure of the parser by its type: the input ended early, or is not JSON. */
  private static Problem failure(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return limit(READER_LIMIT);
    }
    return malformed(at(e instanceof JsonEOFException ? ENDS_EARLY : UNEXPECTED, e.getLocation()));
  }

  private static Text at(Text problem, JsonLocation location) {
    if (location == null) {
      return problem;
    }
    return AT.render(
        ImmutableMap.of(
            "problem", problem, "line", location.getLineNr(), "column", location.getColumnNr()));
  }

  private static Problem malformed(Text detail) {
    return Problem.of(Problem.WHOLE, FormatCode.MALFORMED_JSON, Map.of("detail", detail));
  }
}
