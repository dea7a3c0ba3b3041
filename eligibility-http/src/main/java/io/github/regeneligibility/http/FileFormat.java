package io.github.regeneligibility.http;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The formats the command line reads applications in and writes answers in: {@code csv} (the
 * library's CSV, a header naming the application's fields), {@code ndjson} (one JSON object per
 * line, as the batch route takes and answers) or {@code xlsx} (a workbook: the library's reader of
 * applications, and its results workbook). The option values are the names in lower case.
 */
enum FileFormat {
  CSV,
  NDJSON,
  XLSX;

  /** Reads {@code csv}, {@code ndjson} or {@code xlsx} on the command line. */
  static final class Option extends LowerCaseOption<FileFormat> {
    Option() {
      super(FileFormat.class);
    }
  }

  /**
   * Returns the format a file's name says: {@code csv} when it ends in {@code .csv}, {@code xlsx}
   * when it ends in {@code .xlsx}, else ndjson.
   */
  static FileFormat of(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return text.endsWith(".csv") ? CSV : text.endsWith(".xlsx") ? XLSX : NDJSON;
  }
}
