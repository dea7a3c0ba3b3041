package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.json.CsvResults;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The format of a batch's answer, in the request's language: NDJSON ({@code {"line": N,
 * "assessment": {…}}} or {@code {"line": N, "error": {…}}}, then {@code {"end": {…}}} when the
 * answer is complete), or CSV in the library's {@link CsvResults} columns (a header row, then one
 * row per record; a complete CSV answer has no row of its own, it is told by the response's proper
 * end). The records' rows are written in parts, each part by one thread, so that the answers of
 * later records can be written while earlier ones are sent.
 */
interface BatchAnswer {

  /** Writes the rows of records' answers to one part of the answer; used by one thread. */
  interface Rows {
    /** Writes the assessment of record {@code line}. */
    void assessed(long line, Assessment assessment) throws IOException;

    /**
     * Returns whether a row can say {@code problem}: a CSV row has a cell for the problems of the
     * input, none for a failure of the service.
     */
    boolean canSay(ProblemDetails problem);

    /**
     * Writes the problem that kept record {@code line} (id cell {@code id}, maybe empty) from being
     * assessed; only a problem it {@linkplain #canSay can say}.
     */
    void refused(long line, String id, ProblemDetails problem) throws IOException;

    /** Writes out every row written so far; the part's stream stays open. */
    void finish() throws IOException;
  }

  /** Writes what comes before the first record's row to {@code out}: the CSV header. */
  void begin(OutputStream out) throws IOException;

  /** Returns a writer of records' rows to {@code out}. */
  Rows rows(OutputStream out) throws IOException;

  /**
   * Writes what ends a complete answer to {@code out}, for {@code lines} records answered, of which
   * {@code assessments} were assessed and {@code errors} refused.
   */
  void end(OutputStream out, long lines, long assessments, long errors) throws IOException;

  /** Returns the NDJSON format, assessments written by {@code json}. */
  static BatchAnswer ndjson(EligibilityJson json, Language language) {
    JsonFactory factory =
        new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setRootValueSeparator("");
    return new BatchAnswer() {
      @Override
      public void begin(OutputStream out) {}

      @Override
      public Rows rows(OutputStream out) throws IOException {
        JsonGenerator generator = factory.createGenerator(out);
        return new Rows() {
          /*
           * An assessment's row is written as bytes, the assessment by the binding straight into
           * the part: through this generator it would be written as text, then encoded again. The
           * generator writes only problems' rows, and hands each on before an assessment's row.
           */
          @Override
          public void assessed(long line, Assessment assessment) throws IOException {
            out.write(
                ("{\"line\":" + line + ",\"assessment\":").getBytes(StandardCharsets.US_ASCII));
            json.writeAssessment(assessment, language, out);
            out.write('}');
            out.write('\n');
          }

          @Override
          public boolean canSay(ProblemDetails problem) {
            return true;
          }

          @Override
          public void refused(long line, String id, ProblemDetails problem) throws IOException {
            generator.writeStartObject();
            generator.writeNumberField("line", line);
            generator.writeFieldName("error");
            problem.write(generator, language);
            generator.writeEndObject();
            generator.writeRaw('\n');
            generator.flush();
          }

          @Override
          public void finish() throws IOException {
            generator.flush();
          }
        };
      }

      @Override
      public void end(OutputStream out, long lines, long assessments, long errors)
          throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out)) {
          generator.writeStartObject();
          generator.writeObjectFieldStart("end");
          generator.writeNumberField("lines", lines);
          generator.writeNumberField("assessments", assessments);
          generator.writeNumberField("errors", errors);
          generator.writeEndObject();
          generator.writeEndObject();
          generator.writeRaw('\n');
        }
      }
    };
  }

  /** Returns the CSV format (UTF-8), its problems in {@code language}. */
  static BatchAnswer csv(Language language) {
    return new BatchAnswer() {
      @Override
      public void begin(OutputStream out) throws IOException {
        CsvResults.open(writer(out), language).flush();
      }

      @Override
      public Rows rows(OutputStream out) {
        CsvResults results = CsvResults.withoutHeader(writer(out), language);
        return new Rows() {
          @Override
          public void assessed(long line, Assessment assessment) throws IOException {
            results.write(line, assessment);
          }

          @Override
          public boolean canSay(ProblemDetails problem) {
            return !problem.errors().isEmpty();
          }

          @Override
          public void refused(long line, String id, ProblemDetails problem) throws IOException {
            results.write(line, id, problem.errors());
          }

          @Override
          public void finish() throws IOException {
            results.flush();
          }
        };
      }

      @Override
      public void end(OutputStream out, long lines, long assessments, long errors) {}

      private OutputStreamWriter writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
      }
    };
  }
}
