package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.InputProblem;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Assessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Assesses applications given as JSON: one document, or a stream of them, one per line.
 *
 * <p>A stream is answered as it is read, with one line per non-blank input line: {@code {"line":
 * N, "assessment": {…}}} or {@code {"line": N, "error": {…problem…}}}, N counting every input line
 * from 1. A bad line is answered in its place and the batch goes on; memory stays bounded by the
 * longest line, whatever the batch's length.
 */
final class Assessments {

  private static final InputProblem LINE_TOO_LONG =
      new InputProblem(
          InputProblem.DOCUMENT,
          "LIMIT_EXCEEDED",
          String.format(
              Locale.ROOT, "The line is longer than %d bytes.", EligibilityServer.MAX_LINE_BYTES),
          String.format(Locale.ROOT, "该行超过 %d 字节。", EligibilityServer.MAX_LINE_BYTES));

  private final EligibilityJson json;
  private final JsonFactory factory;
  private final ProblemMapper problems;
  private final @Nullable ServiceMetrics metrics;

  Assessments(EligibilityJson json, ProblemMapper problems, @Nullable ServiceMetrics metrics) {
    this.json = json;
    this.factory = json.mapper().getFactory();
    this.problems = problems;
    this.metrics = metrics;
  }

  /**
   * Assesses the application in {@code body}.
   *
   * @throws ProblemException with the 400 problem naming everything wrong with the application
   */
  Assessment assess(byte[] body, Assessor assessor) {
    ApplicationInput input = json.readApplication(body);
    Application application =
        input
            .application()
            .orElseThrow(() -> new ProblemException(Problem.invalidApplication(input.problems())));
    Assessment assessment = assessor.assess(application);
    if (metrics != null) {
      metrics.assessed(assessment);
    }
    return assessment;
  }

  /** Reads applications from {@code in} to its end and writes their outcomes to {@code out}. */
  void assessEach(InputStream in, OutputStream out, Assessor assessor, Language language)
      throws IOException {
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.setRootValueSeparator(null);
      NdjsonLines lines = new NdjsonLines(in, EligibilityServer.MAX_LINE_BYTES, generator);
      for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (!line.isBlank()) {
          write(line, assessor, language, generator);
        }
      }
    }
  }

  private void write(
      NdjsonLines.Line line, Assessor assessor, Language language, JsonGenerator out)
      throws IOException {
    Assessment assessment = null;
    Problem problem = null;
    try {
      if (line.tooLong()) {
        throw new ProblemException(Problem.invalidApplication(ImmutableList.of(LINE_TOO_LONG)));
      }
      assessment = assess(line.content(), assessor);
    } catch (RuntimeException e) {
      problem = problems.problemFor(e, "POST", Routes.BATCH + " line " + line.number());
    }
    if (metrics != null) {
      metrics.batchLine(assessment != null);
    }
    out.writeStartObject();
    out.writeNumberField("line", line.number());
    if (assessment != null) {
      out.writeFieldName("assessment");
      json.writeAssessment(assessment, language, out);
    } else if (problem != null) {
      out.writeFieldName("error");
      problem.write(out, language);
    }
    out.writeEndObject();
    out.writeRaw('\n');
  }
}
