package io.github.regeneligibility.json;

import io.github.regeneligibility.model.Language;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** What the CSV writers of results share: the printer of their rows and the language of texts. */
abstract class CsvRows implements Closeable, Flushable {
  final CSVPrinter printer;
  final Language language;

  CsvRows(CSVPrinter printer, Language language) {
    this.printer = printer;
    this.language = language;
  }

  /** Returns a printer of rows to {@code out} that writes no header. */
  static CSVPrinter withoutHeader(Writer out) {
    try {
      return CSVFormat.RFC4180.print(out);
    } catch (IOException e) {
      throw new UncheckedIOException("no header is written, so nothing is written yet", e);
    }
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
