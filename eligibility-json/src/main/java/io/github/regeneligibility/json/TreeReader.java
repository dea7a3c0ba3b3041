package io.github.regeneligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads typed values out of a JSON tree strictly: no coercion ({@code "3"} is not 3, {@code 2.5}
 * and {@code 2.0} are not whole numbers), exact enum names, unknown properties refused. Each
 * problem is added to the sink with its dotted path, and the value is then absent, so that one
 * reading reports every problem at once.
 */
final class TreeReader {

  /** The JSON forms a value can be expected in, named in both languages. */
  enum Expected {
    STRING("a string", "字符串"),
    WHOLE_NUMBER("a whole number", "整数"),
    ARRAY("an array", "数组"),
    DATE("a date in the form YYYY-MM-DD", "YYYY-MM-DD 格式的日期");

    final String english;
    final String chinese;

    Expected(String english, String chinese) {
      this.english = english;
      this.chinese = chinese;
    }
  }

  private static final int ECHO_LIMIT = 40;

  private final List<InputProblem> problems;

  TreeReader(List<InputProblem> problems) {
    this.problems = problems;
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Returns {@code node} as an object, or reports that it is not one. */
  Optional<ObjectNode> object(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      return Optional.of(object);
    }
    problems.add(BindingCode.NOT_AN_OBJECT.problem(path.isEmpty() ? InputProblem.DOCUMENT : path));
    return Optional.empty();
  }

  /** Reports every property of {@code object} that is not in {@code known}. */
  void refuseUnknown(ObjectNode object, String path, Set<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(BindingCode.UNKNOWN_PROPERTY.problem(child(path, name)));
      }
    }
  }

  /** Returns whether {@code node} is absent or JSON null. */
  static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  /** Reports a required property that is absent; returns whether it is present. */
  boolean require(ObjectNode object, String path, String name) {
    if (absent(object.get(name))) {
      problems.add(BindingCode.MISSING_PROPERTY.problem(child(path, name)));
      return false;
    }
    return true;
  }

  Optional<String> string(JsonNode node, String path) {
    if (absent(node)) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      return wrongType(path, Expected.STRING);
    }
    return Optional.of(node.textValue());
  }

  Optional<Integer> wholeNumber(JsonNode node, String path) {
    if (absent(node)) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      return wrongType(path, Expected.WHOLE_NUMBER);
    }
    return Optional.of(node.intValue());
  }

  Optional<LocalDate> date(JsonNode node, String path) {
    Optional<String> text = string(node, path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      return wrongType(path, Expected.DATE);
    }
  }

  <E extends Enum<E>> Optional<E> constant(JsonNode node, String path, Class<E> type) {
    if (absent(node)) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add(
          BindingCode.UNKNOWN_VALUE.problem(path, allowed(type), echo(node.toString())));
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(node.textValue())) {
        return Optional.of(constant);
      }
    }
    problems.add(BindingCode.UNKNOWN_VALUE.problem(path, allowed(type), echo(node.toString())));
    return Optional.empty();
  }

  Optional<ArrayNode> array(JsonNode node, String path) {
    if (absent(node)) {
      return Optional.empty();
    }
    if (!(node instanceof ArrayNode array)) {
      return wrongType(path, Expected.ARRAY);
    }
    return Optional.of(array);
  }

  /** Reads an array of constant names; elements with problems are reported and left out. */
  <E extends Enum<E>> Optional<List<E>> constants(JsonNode node, String path, Class<E> type) {
    return array(node, path)
        .map(
            array -> {
              ArrayList<E> values = new ArrayList<>(array.size());
              for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element.isNull()) {
                  problems.add(
                      BindingCode.UNKNOWN_VALUE.problem(
                          element(path, i), allowed(type), "null"));
                } else {
                  constant(element, element(path, i), type).ifPresent(values::add);
                }
              }
              return values;
            });
  }

  private <T> Optional<T> wrongType(String path, Expected expected) {
    problems.add(BindingCode.WRONG_TYPE.problem(path, expected.english, expected.chinese));
    return Optional.empty();
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }

  private static String echo(String json) {
    return json.length() <= ECHO_LIMIT ? json : json.substring(0, ECHO_LIMIT) + "…";
  }
}
