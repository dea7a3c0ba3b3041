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
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON document into a tree, checking the documented limits itself while it reads: each
 * value is looked at as the parser reaches it, so a problem names what it met (a nesting depth, a
 * string's or a number's length, a property given twice) without reading Jackson's messages.
 * Jackson's own {@link StreamReadConstraints} stay in place, set wider, as a backstop.
 */
final class JsonDocument {

  /** Where a parse failure happened, in both languages. */
  private static final Template AT =
      Template.of("{problem} at line {line}, column {column}", "{problem}（第 {line} 行第 {column} 列）");

  private static final Text ENDS_EARLY = Text.of("it ends too early", "内容提前结束");
  private static final Text UNEXPECTED = Text.of("unexpected input", "出现意外的输入");
  private static final Text MORE_THAN_ONE = Text.of("more than one JSON value", "含有多于一个 JSON 值");
  private static final Text DEEP =
      Text.of(
          "nesting deeper than " + EligibilityJson.MAX_NESTING_DEPTH + " levels",
          "嵌套超过 " + EligibilityJson.MAX_NESTING_DEPTH + " 层");
  private static final Text LONG_STRING =
      Text.of(
          "a string longer than " + EligibilityJson.MAX_STRING_LENGTH + " characters",
          "字符串超过 " + EligibilityJson.MAX_STRING_LENGTH + " 个字符");
  private static final Text LONG_NUMBER =
      Text.of(
          "a number longer than " + EligibilityJson.MAX_NUMBER_LENGTH + " characters",
          "数字超过 " + EligibilityJson.MAX_NUMBER_LENGTH + " 个字符");
  private static final Text READER_LIMIT =
      Text.of("a size limit of the JSON reader", "JSON 读取器的大小限制");

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
   * Reads {@code json} into a tree (a missing node when it holds nothing), or adds to {@code
   * problems} the one problem that stopped reading.
   */
  static Optional<JsonNode> read(byte[] json, List<Problem> problems) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return read(parser, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /** As {@link #read(byte[], List)}, from text. */
  static Optional<JsonNode> read(String json, List<Problem> problems) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return read(parser, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  private static Optional<JsonNode> read(JsonParser parser, List<Problem> problems)
      throws IOException {
    JsonNode root;
    try {
      JsonToken first = parser.nextToken();
      root = first == null ? MissingNode.getInstance() : value(parser, first, "", 0);
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

  /** Reads the value that starts with {@code token}, inside {@code depth} open containers. */
  private static JsonNode value(JsonParser parser, JsonToken token, String path, int depth)
      throws IOException, Stop {
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
          if (object.has(name)) {
            throw new Stop(Problem.of(at, ProblemCode.DUPLICATE_PROPERTY));
          }
          object.set(name, value(parser, parser.nextToken(), at, depth + 1));
        }
        return object;
      }
      case START_ARRAY -> {
        deeper(depth);
        ArrayNode array = NODES.arrayNode();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          array.add(value(parser, next, TreeReader.element(path, array.size()), depth + 1));
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
        return NODES.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      default -> {
        return NODES.nullNode();
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
    return Problem.of(Problem.WHOLE, ProblemCode.LIMIT_EXCEEDED, Map.of("limit", limit));
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
    return Problem.of(Problem.WHOLE, ProblemCode.MALFORMED_JSON, Map.of("detail", detail));
  }
}
