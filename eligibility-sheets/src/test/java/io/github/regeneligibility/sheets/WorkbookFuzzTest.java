package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.util.Optional;

/**
 * Fuzzes the workbook reader. The contract: whatever the bytes, rows (each a valid application, or
 * problems that each name their cell) or a {@link WorkbookException} naming at least one problem,
 * in messages of bounded length; never another exception. {@link #anyWorkbook} takes the whole file
 * from the fuzzer; {@link #anySheet} the XML of a sheet and of its shared strings, zipped here, so
 * that the fuzzer reaches the XML past the zip.
 */
final class WorkbookFuzzTest {

  /** The longest message a problem of a workbook has. */
  private static final int MESSAGE_BOUND = 2_000;

  @FuzzTest(maxDuration = "10m")
  void anyWorkbook(byte[] workbook) {
    read(workbook);
  }

  @FuzzTest(maxDuration = "10m")
  void anySheet(FuzzedDataProvider data) {
    boolean withHeader = data.consumeBoolean();
    String rows = data.consumeString(4096);
    String shared = data.consumeRemainingAsString();
    read(
        TestWorkbooks.sheet(
            (withHeader ? TestWorkbooks.HEADER : "") + rows, shared.isEmpty() ? null : shared));
  }

  private static void read(byte[] workbook) {
    try (WorkbookApplications reader = WorkbookApplications.open(workbook)) {
      int read = 0;
      for (Optional<WorkbookApplications.Row> row = reader.next();
          row.isPresent();
          row = reader.next()) {
        read++;
        WorkbookApplications.Row got = row.get();
        assertThat(got.row()).isGreaterThan(reader.headerRow());
        if (!got.input().isValid()) {
          for (Problem problem : got.input().problems()) {
            assertThat(problem.getCell()).isPresent();
            bounded(problem);
          }
        }
      }
      assertThat(read).isEqualTo(reader.rowCount());
    } catch (WorkbookException e) {
      assertThat(e.getProblems()).isNotEmpty();
      e.getProblems().forEach(WorkbookFuzzTest::bounded);
    } catch (java.io.IOException e) {
      throw new AssertionError("reading a workbook in memory failed", e);
    }
  }

  private static void bounded(Problem problem) {
    for (Language language : Language.values()) {
      assertThat(problem.getMessage(language)).hasSizeLessThanOrEqualTo(MESSAGE_BOUND);
    }
  }
}
