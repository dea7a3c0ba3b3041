package io.github.regeneligibility.http;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.screening.CutInputException;
import io.github.regeneligibility.screening.InvalidInputException;
import io.github.regeneligibility.screening.RecordFormat;
import io.github.regeneligibility.screening.Screening;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code screen FILE}: the library's screening of an NDJSON, CSV or .xlsx file, without a server:
 * each application answered as the batch route answers it (NDJSON), as the library's CSV results
 * (CSV) or as its results workbook (.xlsx).
 */
@Command(
    resourceBundle = "io.github.regeneligibility.http.ScreenCommand",
    name = "screen",
    sortOptions = false)
final class ScreenCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
  @Nullable Path file;

  @Option(names = "--out", paramLabel = "FILE")
  @Nullable Path out;

  @Option(names = "--input-format", paramLabel = "FORMAT", converter = FileFormat.Option.class)
  @Nullable FileFormat inputFormat;

  @Option(names = "--output-format", paramLabel = "FORMAT", converter = FileFormat.Option.class)
  @Nullable FileFormat outputFormat;

  @Option(names = "--policy", paramLabel = "FILE")
  @Nullable Path policy;

  @Option(names = "--language", paramLabel = "LANG", defaultValue = "en")
  String language = "en";

  @Option(names = "--labels", paramLabel = "LANG", converter = Labels.Option.class)
  @Nullable Labels labels;

  /** The labels of a CSV answer: the codes ({@code en}, as without the option) or Chinese. */
  enum Labels {
    EN,
    ZH;

    static final class Option extends LowerCaseOption<Labels> {
      Option() {
        super(Labels.class);
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = commandLine().getErr();
    PolicyEdition edition = Eligibility.defaultEdition();
    if (policy != null) {
      Optional<PolicyEdition> read = CheckPolicyCommand.read(policy, err);
      if (read.isEmpty()) {
        return 1;
      }
      edition = read.get();
    }
    Path input = Objects.requireNonNull(file);
    FileFormat reading = inputFormat != null ? inputFormat : FileFormat.of(input);
    FileFormat writing =
        outputFormat != null
            ? outputFormat
            : out != null
                ? FileFormat.of(out)
                : reading == FileFormat.XLSX ? FileFormat.NDJSON : reading;
    boolean forSpreadsheet = labels == Labels.ZH;
    if (forSpreadsheet && writing != FileFormat.CSV) {
      err.println(CommandText.LABELS_FOR_CSV.both(LowerCaseOption.valueOf(writing)));
      return 2;
    }
    Screening screening = Screening.of(Eligibility.assessor(edition));
    try (InputStream in =
            ProgressBar.wrap(
                Files.newInputStream(input),
                new ProgressBarBuilder().setTaskName("screen").setUnit(" MiB", 1 << 20));
        OutputStream file = out == null ? null : Files.newOutputStream(out)) {
      // Standard output is flushed, never closed: the answers are written to a buffer over it.
      OutputStream sink = new BufferedOutputStream(file == null ? System.out : file, 1 << 16);
      try {
        var records = screening.read(in, records(reading));
        if (forSpreadsheet) {
          records.answerForSpreadsheet(sink, Language.CHINESE);
        } else {
          records.answer(sink, records(writing), Language.ofAcceptLanguage(language));
        }
      } finally {
        sink.flush();
      }
    } catch (InvalidInputException e) {
      err.println(
          (reading == FileFormat.XLSX ? CommandText.NOT_VALID_WORKBOOK : CommandText.NOT_VALID_CSV)
              .both(input));
      for (Problem problem : e.getProblems()) {
        err.printf("  %s%n", problem.describe(Language.ENGLISH));
      }
      return 1;
    } catch (CutInputException e) {
      err.println(CommandText.SCREEN_CUT.both(input, e.number()));
      return 1;
    } catch (IOException e) {
      err.println(CommandText.SCREEN_FAILED.both(String.valueOf(e.getMessage())));
      return 1;
    }
    return 0;
  }

  /** Returns the library's format of records that {@code format} names on the command line. */
  private static RecordFormat records(FileFormat format) {
    return switch (format) {
      case CSV -> RecordFormat.CSV;
      case NDJSON -> RecordFormat.NDJSON;
      case XLSX -> RecordFormat.XLSX;
    };
  }
}
