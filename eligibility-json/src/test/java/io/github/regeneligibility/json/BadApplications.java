package io.github.regeneligibility.json;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Application bodies for tests of every reader of them: a valid one, and bad ones. */
public final class BadApplications {
  private BadApplications() {}

  /** A valid application, in the wire format. */
  public static final String VALID =
      "{\"id\": \"APP-2026-0001\", \"projectName\": \"Allogeneic MSC therapy\","
          + " \"applicantName\": \"Example Regenerative Co.\", \"origin\": \"DOMESTIC\","
          + " \"role\": \"INNOVATOR\", \"sectors\": [\"STEM_CELLS\", \"TISSUE_ENGINEERING\"],"
          + " \"primarySector\": \"STEM_CELLS\", \"pathway\": \"DRUG\","
          + " \"stage\": \"CLINICAL_APPROVED\", \"yearsToIndustrialization\": 4}";

  /**
   * Returns {@link #VALID} with properties' JSON values replaced: {@code property, json} and then
   * more pairs of a property and its new JSON value.
   */
  public static String with(String property, String json, String... more) {
    return replaced(replaced(VALID, property, json), more);
  }

  /**
   * Returns {@code body}, an application in the wire format, with the JSON values of properties
   * replaced: {@code propertiesAndJson} holds pairs of a property and its new JSON value.
   */
  public static String replaced(String body, String... propertiesAndJson) {
    String replaced = body;
    for (int i = 0; i + 1 < propertiesAndJson.length; i += 2) {
      replaced =
          replaced.replaceFirst(
              "\"" + propertiesAndJson[i] + "\": (\\[[^]]*]|\"[^\"]*\"|[0-9]+)",
              "\"" + propertiesAndJson[i] + "\": " + propertiesAndJson[i + 1]);
    }
    return replaced;
  }

  /**
   * Bodies that each carry exactly one problem, as {@code (name, body, field, code)}: outside the
   * format (binding) or breaking one validity rule. The binding tests and the HTTP route tests run
   * the same table.
   */
  public static Stream<Arguments> oneProblemEach() {
    return Stream.of(
        replacing("string for a number", "yearsToIndustrialization", "\"3\"", "WRONG_TYPE"),
        replacing("fraction for a whole number", "yearsToIndustrialization", "2.5", "WRONG_TYPE"),
        replacing("2.0 for a whole number", "yearsToIndustrialization", "2.0", "WRONG_TYPE"),
        replacing("huge number", "yearsToIndustrialization", "99999999999", "WRONG_TYPE"),
        replacing("number for a string", "id", "42", "WRONG_TYPE"),
        replacing("unknown enum value", "origin", "\"MARS\"", "UNKNOWN_VALUE"),
        replacing("lower-case enum value", "role", "\"innovator\"", "UNKNOWN_VALUE"),
        replacing("number for an enum", "stage", "3", "UNKNOWN_VALUE"),
        Arguments.of(
            "unknown sector",
            with("sectors", "[\"STEM_CELLS\", \"MAGIC\"]"),
            "sectors[1]",
            "UNKNOWN_VALUE"),
        Arguments.of(
            "null sector",
            with("sectors", "[\"STEM_CELLS\", null]"),
            "sectors[1]",
            "UNKNOWN_VALUE"),
        replacing("string for sectors", "sectors", "\"STEM_CELLS\"", "WRONG_TYPE"),
        replacing(
            "duplicate sector", "sectors", "[\"STEM_CELLS\", \"STEM_CELLS\"]", "SECTORS_DUPLICATE"),
        Arguments.of(
            "unknown property",
            VALID.replace("{", "{\"yearsToIndustrialisation\": 3, "),
            "yearsToIndustrialisation",
            "UNKNOWN_PROPERTY"),
        Arguments.of(
            "duplicate key",
            VALID.replace("{", "{\"origin\": \"FOREIGN\", "),
            "origin",
            "DUPLICATE_PROPERTY"),
        Arguments.of("malformed JSON", VALID.substring(0, 40), "$", "MALFORMED_JSON"),
        Arguments.of("trailing content", VALID + " {}", "$", "MALFORMED_JSON"),
        Arguments.of("an array", "[" + VALID + "]", "$", "NOT_AN_OBJECT"),
        Arguments.of("empty body", "", "$", "NOT_AN_OBJECT"),
        Arguments.of(
            "too deep", with("id", "[".repeat(40) + "]".repeat(40)), "$", "LIMIT_EXCEEDED"),
        Arguments.of(
            "too long a string",
            with("projectName", "\"" + "x".repeat(20_000) + "\""),
            "$",
            "LIMIT_EXCEEDED"),
        Arguments.of(
            "missing field",
            VALID.replace("\"origin\": \"DOMESTIC\",", ""),
            "origin",
            "ORIGIN_REQUIRED"),
        replacing("null for a required field", "origin", "null", "ORIGIN_REQUIRED"));
  }

  /** A row of {@link #oneProblemEach()} whose one problem is {@code property}'s new value. */
  private static Arguments replacing(String name, String property, String json, String code) {
    return Arguments.of(name, with(property, json), property, code);
  }
}
