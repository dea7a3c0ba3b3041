package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.InputProblem;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Language;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The answer to a batch, written record by record as the records are assessed: NDJSON ({@code
 * {"line": N, "assessment": {…}}} or {@code {"line": N, "error": {…}}}) or CSV (a header row, then
 * one row per record), in the request's language. Nothing is held back beyond the writer's buffer.
 */
interface BatchAnswer extends Flushable, Closeable {

  /** Writes the assessment of record {@code line}. */
  void assessed(int line, Assessment assessment) throws IOException;

  /** Writes the problem that kept record {@code line} (id cell {@code id}, maybe empty) out. */
  void refused(int line, String id, Problem problem) throws IOException;

  /** Returns an NDJSON answer written to {@code out}. */
  static BatchAnswer ndjson(
      OutputStream out, JsonFactory factory, EligibilityJson json, Language language)
      throws IOException {
    JsonGenerator generator = factory.createGenerator(out);
    generator.setRootValueSeparator(null);
    return new BatchAnswer() {
      @Override
      public void assessed(int line, Assessment assessment) throws IOException {
        generator.writeStartObject();
        generator.writeNumberField("line", line);
        generator.writeFieldName("assessment");
        json.writeAssessment(assessment, language, generator);
        generator.writeEndObject();
        generator.writeRaw('\n');
      }

      @Override
      public void refused(int line, String id, Problem problem) throws IOException {
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

  /**
   * The columns of a CSV answer: the record's number, the id, the tier, the score, each
   * criterion's points (lower camel case, e.g. {@code sectorFit}), the tier reason's code, the
   * edition ({@code id version}), and the problems of a record that was not assessed.
   */
  ImmutableList<String> CSV_COLUMNS =
      ImmutableList.<String>builder()
          .add("line", "id", "tier", "score")
          .addAll(
              Arrays.stream(Criterion.values())
                  .map(c -> CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, c.name()))
                  .iterator())
          .add("tierReason", "edition", "problems")
          .build();

  /** Returns a CSV answer written to {@code out} in UTF-8, its problems in {@code language}. */
  static BatchAnswer csv(OutputStream out, Language language) throws IOException {
    CSVPrinter printer =
        CSVFormat.RFC4180
            .builder()
            .setHeader(CSV_COLUMNS.toArray(String[]::new))
            .get()
            .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new BatchAnswer() {
      @Override
      public void assessed(int line, Assessment assessment) throws IOException {
        List<Object> row = new ArrayList<>(CSV_COLUMNS.size());
        row.add(line);
        row.add(assessment.getApplicationId());
        row.add(assessment.getTier().name());
        row.add(assessment.getScore());
        for (Criterion criterion : Criterion.values()) {
          row.add(
              assessment.getCriteria().stream()
                  .filter(result -> result.getCriterion() == criterion)
                  .map(CriterionResult::getPoints)
                  .findFirst()
                  .map(String::valueOf)
                  .orElse(""));
        }
        row.add(assessment.getTierReason().getCode().name());
        row.add(assessment.getPolicy().getId() + " " + assessment.getPolicy().getVersion());
        row.add("");
        printer.printRecord(row);
      }

      @Override
      public void refused(int line, String id, Problem problem) throws IOException {
        List<Object> row = new ArrayList<>(CSV_COLUMNS.size());
        row.add(line);
        row.add(id);
        while (row.size() < CSV_COLUMNS.size() - 1) {
          row.add("");
        }
        row.add(
            problem.errors().isEmpty()
                ? problem.detail().in(language)
                : problem.errors().stream()
                    .map(error -> field(error) + ": " + error.message(language))
                    .collect(Collectors.joining(" | ")));
        printer.printRecord(row);
      }

      @Override
      public void flush() throws IOException {
        printer.flush();
      }

      @Override
      public void close() throws IOException {
        printer.close(true);
      }
    };
  }

  private static String field(InputProblem error) {
    return error.field().equals(InputProblem.DOCUMENT) ? "record" : error.field();
  }
}
