package io.github.regeneligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Labelled;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.rules.PolicyCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

  /** The forms a value can be expected in, named in both languages. */
  static final Text STRING = Phrase.of("STRING");

  static final Text WHOLE_NUMBER = Phrase.of("WHOLE_NUMBER");
  static final Text ARRAY = Phrase.of("ARRAY");
  static final Text DATE = Phrase.of("DATE");

  private final List<Problem> problems;

  TreeReader(List<Problem> problems) {
    this.problems = problems;
  }

  /**
   * Returns the path of property {@code name} of the object at {@code path}; a name is echoed cut
   * by {@link Template#echo}, so that a path stays short whatever the input holds.
   */
  static String child(String path, String name) {
    String echoed = Template.echo(name);
    return path.isEmpty() ? echoed : path + "." + echoed;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Returns {@code node} as an object, or reports that it is not one. */
  Optional<ObjectNode> object(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      return Optional.of(object);
    }
    problems.add(Problem.of(path.isEmpty() ? Problem.WHOLE : path, FormatCode.NOT_AN_OBJECT));
    return Optional.empty();
  }

  /** Reports every property of {@code object} that is not in {@code known}. */
  void refuseUnknown(ObjectNode object, String path, Set<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(Problem.of(child(path, name), FormatCode.UNKNOWN_PROPERTY));
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
      problems.add(Problem.of(child(path, name), PolicyCode.MISSING_PROPERTY));
      return false;
    }
    return true;
  }

  Optional<String> string(JsonNode node, String path) {
    if (absent(node)) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      return wrongType(path, STRING);
    }
    return Optional.of(node.textValue());
  }

  Optional<Integer> wholeNumber(JsonNode node, String path) {
    if (absent(node)) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      return wrongType(path, WHOLE_NUMBER);
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
      return wrongType(path, DATE);
    }
  }

  <E extends Enum<E>> Optional<E> constant(JsonNode node, String path, Class<E> type) {
    if (absent(node)) {
      return Optional.empty();
    }
    Optional<E> constant = node.isTextual() ? named(type, node.textValue()) : Optional.empty();
    if (constant.isEmpty()) {
      problems.add(unknownValue(path, type, node.toString()));
    }
    return constant;
  }

  Optional<ArrayNode> array(JsonNode node, String path) {
    if (absent(node)) {
      return Optional.empty();
    }
    if (!(node instanceof ArrayNode array)) {
      return wrongType(path, ARRAY);
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
                  problems.add(unknownValue(element(path, i), type, "null"));
                } else {
                  constant(element, element(path, i), type).ifPresent(values::add);
                }
              }
              return values;
            });
  }

  private <T> Optional<T> wrongType(String path, Text expected) {
    problems.add(Problem.of(path, FormatCode.WRONG_TYPE, Map.of("expected", expected)));
    return Optional.empty();
  }

  /** The problem of a value that names no constant of {@code type}; {@code given} is echoed. */
  static Problem unknownValue(String path, Class<? extends Enum<?>> type, String given) {
    Text allowed =
        Text.of(
            Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")),
            Arrays.stream(type.getEnumConstants())
                .map(constant -> "\u201c" + chinese(constant) + "\u201d")
                .collect(Collectors.joining("、")));
    return Problem.of(
        path,
        FormatCode.UNKNOWN_VALUE,
        ImmutableMap.of("allowed", allowed, "value", Template.echo(given)));
  }

  /** Returns a constant as a Chinese sentence names it: its label, else its name. */
  private static String chinese(Enum<?> constant) {
    return constant instanceof Labelled labelled
        ? labelled.label(Language.CHINESE)
        : constant.name();
  }

  /** The constants of each enumerated type, in their order, kept once per type. */
  private static final ClassValue<Enum<?>[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          return Arrays.copyOf(constants, constants.length, Enum[].class);
        }
      };

  /**
   * Returns the constant of {@code type} named exactly {@code name}. The constants come from {@link
   * #CONSTANTS}: {@link Class#getEnumConstants()} copies them on every call, and a batch reads
   * several enumerated fields on every line.
   */
  static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    for (Enum<?> constant : CONSTANTS.get(type)) {
      if (constant.name().equals(name)) {
        return Optional.of(type.cast(constant));
      }
    }
    return Optional.empty();
  }
}
