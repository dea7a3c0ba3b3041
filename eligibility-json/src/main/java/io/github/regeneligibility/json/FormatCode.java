package io.github.regeneligibility.json;

import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;

/**
 * The codes of input that does not fit the JSON or CSV format: not UTF-8, not well-formed, past a
 * limit, or holding a property, value or cell that the format does not take. Texts in {@code
 * problems_<locale>.properties} beside this enum.
 */
public enum FormatCode implements ProblemCode {
  /** The input is not well-formed JSON. */
  MALFORMED_JSON,
  /** The input is not well-formed CSV (RFC 4180), e.g. a quote that is never closed. */
  MALFORMED_CSV,
  /** The input is not valid UTF-8 text. */
  NOT_UTF8,
  /** The input is in another encoding than UTF-8, told by its byte-order mark or its zero bytes. */
  UNSUPPORTED_ENCODING,
  /** The input holds a byte sequence that is not UTF-8; nothing of it was read. */
  INVALID_UTF8,
  /** An array holds more elements than its maximum; those past the maximum were not read. */
  TOO_MANY_ELEMENTS,
  /** The input exceeds a documented limit (nesting depth, string, number or line length). */
  LIMIT_EXCEEDED,
  /** The document or a nested value is not a JSON object. */
  NOT_AN_OBJECT,
  /** A property (or a CSV column) is not part of the format. */
  UNKNOWN_PROPERTY,
  /** A property is given twice in one object. */
  DUPLICATE_PROPERTY,
  /** A value has the wrong type (e.g. a string where a whole number belongs). */
  WRONG_TYPE,
  /** A name is not one of the allowed values. */
  UNKNOWN_VALUE,
  /** A CSV record has another number of cells than the header has columns. */
  CELL_COUNT;

  /**
   * The problem {@link #UNKNOWN_VALUE} of the value at {@code path}, which names no constant of
   * {@code type}: the allowed names (in Chinese, the constants' labels), and {@code given} echoed
   * as it stands. For every reader of the library's enums, the library's own and others.
   */
  public static Problem unknownValue(String path, Class<? extends Enum<?>> type, String given) {
    return TreeReader.unknownValue(path, type, given);
  }
}
