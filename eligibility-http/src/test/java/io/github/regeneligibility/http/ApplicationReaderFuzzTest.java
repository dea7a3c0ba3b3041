package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the reading of one application, as the single route reads its body and as the batch route
 * reads one line. The contract: whatever the bytes, a valid application or problems, never another
 * exception, and a problem answer within its bound. The inputs under {@code
 * ApplicationReaderFuzzTestInputs} replay in every build; {@code JAZZER_FUZZ=1} fuzzes (see
 * CONTRIBUTING.md).
 */
final class ApplicationReaderFuzzTest {
  private static final EligibilityJson JSON = EligibilityJson.create();

  /** The largest problem answer, whatever the input. */
  static final int ANSWER_BOUND = 64 * 1024;

  @FuzzTest(maxDuration = "10m")
  void singleBody(byte[] body) {
    meetsTheContract(JSON.readApplication(body));
  }

  @FuzzTest(maxDuration = "10m")
  void batchLine(byte[] batch) throws IOException {
    NdjsonLines lines =
        new NdjsonLines(
            new ByteArrayInputStream(batch), EligibilityServer.MAX_LINE_BYTES, () -> {});
    NdjsonLines.Line line = lines.next();
    if (line != null && !line.isBlank()) {
      meetsTheContract(JSON.readApplication(line.content()));
    }
  }

  /** Checks that {@code input} is an application, or problems whose answer is within the bound. */
  static void meetsTheContract(ApplicationInput input) {
    if (input.isValid()) {
      return;
    }
    assertThat(input.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(ProblemDetails.MAX_ERRORS);
    ProblemDetails problem =
        ProblemDetails.invalidApplication(input.problems(), input.omittedProblems());
    for (Language language : Language.values()) {
      assertThat(problem.toJson(language).length).isLessThanOrEqualTo(ANSWER_BOUND);
    }
  }
}
