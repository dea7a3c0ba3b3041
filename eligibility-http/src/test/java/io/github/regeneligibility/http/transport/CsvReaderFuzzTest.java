package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.screening.CutInputException;
import io.github.regeneligibility.screening.InvalidInputException;
import io.github.regeneligibility.screening.RecordFormat;
import io.github.regeneligibility.screening.Records;
import io.github.regeneligibility.screening.Screening;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the screening of CSV as the batch route drives it: UTF-8 decoded strictly, then record by
 * record. The contract: records that are applications or problems within the bound, or the input
 * refused as a whole with its problems, or cut at a record answered with the problem that says why
 * (not UTF-8, not well-formed); never another exception, and never a failure of the service.
 */
final class CsvReaderFuzzTest {
  private static final Screening SCREENING =
      Screening.of(Eligibility.assessor(Eligibility.defaultEdition()));

  @FuzzTest(maxDuration = "10m")
  void csvBatch(byte[] body) throws IOException {
    Records records;
    try {
      records = SCREENING.read(new ByteArrayInputStream(body), RecordFormat.CSV);
    } catch (InvalidInputException e) {
      assertThat(e.getProblems()).isNotEmpty();
      ProblemDocument problem = ProblemDetails.invalidRequest(e.getProblems());
      for (Language language : Language.values()) {
        assertThat(problem.toJson(language).length)
            .isLessThanOrEqualTo(ApplicationReaderFuzzTest.ANSWER_BOUND);
      }
      return;
    }
    try {
      records.forEach(ApplicationReaderFuzzTest::meetsTheContract);
    } catch (CutInputException e) {
      assertThat(e.number()).isPositive();
    }
  }
}
