package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.screening.RecordFormat;
import io.github.regeneligibility.screening.Screened;
import io.github.regeneligibility.screening.Screening;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the reading of one application, as the single route reads its body, and of NDJSON lines,
 * as the batch route screens them. The contract: whatever the bytes, a valid application or
 * problems, never another exception, and a problem answer within its bound. The inputs under {@code
 * ApplicationReaderFuzzTestInputs} replay in every build; {@code JAZZER_FUZZ=1} fuzzes (see
 * CONTRIBUTING.md).
 */
final class ApplicationReaderFuzzTest {
  private static final EligibilityJson JSON = EligibilityJson.create();
  private static final Screening SCREENING =
      Screening.of(Eligibility.assessor(Eligibility.defaultEdition()));

  /** The largest problem answer, whatever the input. */
  static final int ANSWER_BOUND = 64 * 1024;

  @FuzzTest(maxDuration = "10m")
  void singleBody(byte[] body) {
    meetsTheContract(JSON.readApplication(body));
  }

  @FuzzTest(maxDuration = "10m")
  void batchLine(byte[] batch) throws IOException {
    SCREENING
        .read(new ByteArrayInputStream(batch), RecordFormat.NDJSON)
        .forEach(ApplicationReaderFuzzTest::meetsTheContract);
  }

  /** Checks that {@code input} is an application, or problems whose answer is within the bound. */
  static void meetsTheContract(ApplicationInput input) {
    if (input.isValid()) {
      return;
    }
    assertThat(input.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(ProblemDocument.MAX_ERRORS);
    withinTheBound(ProblemDetails.invalidApplication(input.problems(), input.omittedProblems()));
  }

  /**
   * Checks that {@code record} was assessed, or refused for its problems (never for a failure of
   * the service) with an answer within the bound.
   */
  static void meetsTheContract(Screened record) {
    record
        .problem()
        .ifPresent(
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              withinTheBound(problem);
            });
  }

  private static void withinTheBound(ProblemDocument problem) {
    for (Language language : Language.values()) {
      assertThat(problem.toJson(language).length).isLessThanOrEqualTo(ANSWER_BOUND);
    }
  }
}
