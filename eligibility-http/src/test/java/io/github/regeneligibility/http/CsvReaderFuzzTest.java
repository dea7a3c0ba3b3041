package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvFormatException;
import io.github.regeneligibility.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzzes the CSV reader as the batch route drives it: UTF-8 decoded strictly, then record by
 * record. The contract: records that are applications or problems within the bound, or a {@link
 * CsvFormatException} naming its problems, or the decoder's refusal of bytes that are not UTF-8
 * (which the route answers as {@code NOT_UTF8}); never another exception.
 */
final class CsvReaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void csvBatch(byte[] body) throws IOException {
    InputStreamReader text =
        new InputStreamReader(
            new ByteArrayInputStream(body),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (CsvApplications csv = CsvApplications.open(text)) {
      for (Optional<CsvApplications.Row> row = csv.next(); row.isPresent(); row = csv.next()) {
        ApplicationReaderFuzzTest.meetsTheContract(row.get().input());
      }
    } catch (CsvFormatException e) {
      assertThat(e.getProblems()).isNotEmpty();
      ProblemDetails problem = ProblemDetails.invalidRequest(e.getProblems());
      for (Language language : Language.values()) {
        assertThat(problem.toJson(language).length)
            .isLessThanOrEqualTo(ApplicationReaderFuzzTest.ANSWER_BOUND);
      }
    } catch (CharacterCodingException e) {
      assertThat(e).hasNoCause();
    }
  }
}
