package io.github.regeneligibility.http;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The formats the command line reads applications in and writes answers in: {@code csv} (the
 * library's CSV, a header naming the application's fields) or {@code ndjson} (one JSON object per
 * line, as the batch route takes and answers). The option values are the names in lower case.
 */
enum FileFormat {
  CSV,
  NDJSON;

  /** Reads {@code csv} or {@code ndjson} on the command line. */
  static final class Option extends LowerCaseOption<FileFormat> {
    Option() {
      super(FileFormat.class);
    }
  }

  /**
   * Returns the format a file's name says: {@code csv} when it ends in {@code .csv}, else ndjson.
   */
  static FileFormat of(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : NDJSON;
  }
}
