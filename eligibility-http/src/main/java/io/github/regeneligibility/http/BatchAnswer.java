package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.json.CsvResults;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The answer to a batch, written record by record as the records are assessed, in the request's
 * language: NDJSON ({@code {"line": N, "assessment": {…}}} or {@code {"line": N, "error": {…}}}),
 * or CSV in the library's {@link CsvResults} columns. Nothing is held back beyond the writer's
 * buffer.
 */
interface BatchAnswer extends Flushable, Closeable {

  /** Writes the assessment of record {@code line}. */
  void assessed(long line, Assessment assessment) throws IOException;

  /**
   * Writes the problem that kept record {@code line} (id cell {@code id}, maybe empty) from being
   * assessed.
   *
   * @throws IOException also when the answer cannot say it: a CSV answer has a cell for the
   *     problems of the input, none for a failure of the service, and is then cut
   */
  void refused(long line, String id, ProblemDetails problem) throws IOException;

  /** Returns an NDJSON answer written to {@code out}. */
  static BatchAnswer ndjson(OutputStream out, EligibilityJson json, Language language)
      throws IOException {
    JsonGenerator generator = new JsonFactory().createGenerator(out);
    generator.setRootValueSeparator(null);
    return new BatchAnswer() {
      @Override
      public void assessed(long line, Assessment assessment) throws IOException {
        generator.writeStartObject();
        generator.writeNumberField("line", line);
        generator.writeFieldName("assessment");
        generator.writeRawValue(json.writeAssessment(assessment, language));
        generator.writeEndObject();
        generator.writeRaw('\n');
      }

      @Override
      public void refused(long line, String id, ProblemDetails problem) throws IOException {
        generator.writeStartObject();
        generator.writeNumberField("line", line);
        generator.writeFieldName("error");
        problem.write(generator, language);
        generator.writeEndObject();
        generator.writeRaw('\n');
      }

      @Override
      public void flush() throws IOException {
        generator.flush();
      }

      @Override
      public void close() throws IOException {
        generator.close();
      }
    };
  }

  /** Returns a CSV answer written to {@code out} in UTF-8, its problems in {@code language}. */
  static BatchAnswer csv(OutputStream out, Language language) throws IOException {
    CsvResults results =
        CsvResults.open(new OutputStreamWriter(out, StandardCharsets.UTF_8), language);
    return new BatchAnswer() {
      @Override
      public void assessed(long line, Assessment assessment) throws IOException {
        results.write(line, assessment);
      }

      @Override
      public void refused(long line, String id, ProblemDetails problem) throws IOException {
        if (problem.errors().isEmpty()) {
          throw new IOException(
              String.format(
                  Locale.ROOT,
                  "record %d failed (%s); the CSV answer is cut",
                  line,
                  problem.detail()));
        }
        results.write(line, id, problem.errors());
      }

      @Override
      public void flush() throws IOException {
        results.flush();
      }

      @Override
      public void close() throws IOException {
        results.close();
      }
    };
  }
}
