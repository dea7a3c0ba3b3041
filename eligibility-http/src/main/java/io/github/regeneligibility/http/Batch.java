package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.rules.Assessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The batch route's flow, line by line: read the line, assess it, write its answer. The answer is
 * written as the body is read, one line per non-blank input line: {@code {"line": N, "assessment":
 * {…}}} or {@code {"line": N, "error": {…problem…}}}, N counting every input line from 1. A bad
 * line is answered in its place and the batch goes on; memory stays bounded by the longest line,
 * whatever the batch's length.
 */
final class Batch {

  /** The problem of a line over the limit, which is skipped unread. */
  static final Problem LINE_TOO_LONG =
      Problem.of(
          Problem.WHOLE,
          ProblemCode.LIMIT_EXCEEDED,
          Map.of(
              "limit",
              Text.of(
                  "a line longer than " + EligibilityServer.MAX_LINE_BYTES + " bytes",
                  "一行超过 " + EligibilityServer.MAX_LINE_BYTES + " 字节")));

  private static final JsonFactory JSON = new JsonFactory();

  private final EligibilityJson json;
  private final ProblemMapper problems;
  private final @Nullable ServiceMetrics metrics;

  Batch(EligibilityJson json, ProblemMapper problems, @Nullable ServiceMetrics metrics) {
    this.json = json;
    this.problems = problems;
    this.metrics = metrics;
  }

  /** Reads applications from {@code in} to its end and writes their outcomes to {@code out}. */
  void assessEach(InputStream in, OutputStream out, Assessor assessor, Language language)
      throws IOException {
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.setRootValueSeparator(null);
      NdjsonLines lines = new NdjsonLines(in, EligibilityServer.MAX_LINE_BYTES, generator);
      for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (!line.isBlank()) {
          answer(line, assessor, language, generator);
        }
      }
    }
  }

  private void answer(NdjsonLines.Line line, Assessor assessor, Language language, JsonGenerator out)
      throws IOException {
    String assessment = null;
    ProblemDetails problem = null;
    try {
      ApplicationInput input =
          line.tooLong()
              ? new ApplicationInput(Optional.empty(), ImmutableList.of(LINE_TOO_LONG))
              : json.readApplication(line.content());
      if (input.application().isPresent()) {
        Assessment assessed = assessor.assess(input.application().get());
        if (metrics != null) {
          metrics.assessed(assessed);
        }
        assessment = json.writeAssessment(assessed, language);
      } else {
        problem = ProblemDetails.invalidApplication(input.problems());
      }
    } catch (RuntimeException e) {
      problem = problems.problemFor(e, "POST", Routes.BATCH + " line " + line.number());
    }
    if (metrics != null) {
      metrics.batchLine(assessment != null);
    }
    writeLine(line.number(), assessment, problem, language, out);
  }

  /**
   * Writes one answer line: {@code {"line": N, "assessment": …}} when {@code assessment} (the
   * wire format) is given, else {@code {"line": N, "error": …}}.
   */
  static void writeLine(
      long number,
      @Nullable String assessment,
      @Nullable ProblemDetails problem,
      Language language,
      JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeNumberField("line", number);
    if (assessment != null) {
      out.writeFieldName("assessment");
      out.writeRawValue(assessment);
    } else if (problem != null) {
      out.writeFieldName("error");
      problem.write(out, language);
    }
    out.writeEndObject();
    out.writeRaw('\n');
  }
}
