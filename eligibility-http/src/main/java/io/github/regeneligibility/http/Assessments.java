package io.github.regeneligibility.http;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.InputProblem;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.rules.Assessor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

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
  private final ProblemMapper problems;

  Assessments(EligibilityJson json, ProblemMapper problems) {
    this.json = json;
    this.problems = problems;
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
    return assessor.assess(application);
  }

  /**
   * Reads NDJSON applications from {@code in} to its end and writes their outcomes to {@code
   * answer}, each numbered by its line (blank lines counted, not answered).
   */
  void assessLines(InputStream in, BatchAnswer answer, Assessor assessor) throws IOException {
    NdjsonLines lines = new NdjsonLines(in, EligibilityServer.MAX_LINE_BYTES, answer);
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      try {
        if (line.tooLong()) {
          throw new ProblemException(Problem.invalidApplication(ImmutableList.of(LINE_TOO_LONG)));
        }
        answer.assessed(line.number(), assess(line.content(), assessor));
      } catch (RuntimeException e) {
        answer.refused(line.number(), "", problemFor(e, line.number()));
      }
    }
  }

  /**
   * Reads the CSV records of {@code csv} to the end and writes their outcomes to {@code answer},
   * each numbered from 1. A text that cannot be read on is answered, for the record where reading
   * stopped, with the problem that says why; nothing after it is read.
   */
  void assessRecords(CsvApplications csv, BatchAnswer answer, Assessor assessor)
      throws IOException {
    while (true) {
      CsvApplications.Row record;
      try {
        record = csv.next();
      } catch (CsvApplications.UnreadableException e) {
        answer.refused(
            csv.nextNumber(), "", Problem.invalidApplication(ImmutableList.of(e.problem())));
        return;
      }
      if (record == null) {
        return;
      }
      ApplicationInput input = record.input();
      if (input.application().isEmpty()) {
        answer.refused(
            record.number(), record.id(), Problem.invalidApplication(input.problems()));
        continue;
      }
      try {
        answer.assessed(record.number(), assessor.assess(input.application().get()));
      } catch (RuntimeException e) {
        answer.refused(record.number(), record.id(), problemFor(e, record.number()));
      }
    }
  }

  private Problem problemFor(RuntimeException e, int line) {
    return problems.problemFor(e, "POST", Routes.BATCH + " line " + line);
  }
}
