package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.screening.RecordFormat;
import io.github.regeneligibility.screening.Screening;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A file of {@link #rows} applications screened end to end by the library, on every core: read,
 * validated, assessed and written. {@link #xlsx} reads a workbook (Chinese header, labels in the
 * cells, a number cell for the years) and writes the results workbook (with each application's best
 * improvement); {@link #csv} reads the same rows as CSV and writes the CSV results. Each operation
 * is the whole file; rows per second are {@code rows / score}. Run it within the service's
 * documented heap: {@code -jvmArgs -Xmx128m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SheetsBenchmark {

  /** How many applications the file holds. */
  @Param("100000")
  public int rows;

  private final Screening screening =
      Screening.of(Eligibility.assessor(Eligibility.defaultEdition()));
  private byte[] workbook = new byte[0];
  private byte[] csv = new byte[0];

  @Setup
  public void setUp() throws IOException {
    List<ApplicationForm> forms = Cohort.forms(rows);
    workbook = workbook(forms);
    csv = csv(forms);
  }

  /** The workbook in, the results workbook out. */
  @Benchmark
  public long xlsx() throws IOException {
    return screen(workbook, RecordFormat.XLSX);
  }

  /** The same rows as CSV in, the CSV results out. */
  @Benchmark
  public long csv() throws IOException {
    return screen(csv, RecordFormat.CSV);
  }

  /** Screens {@code input} in {@code format}, answering in the same; returns the bytes answered. */
  private long screen(byte[] input, RecordFormat format) throws IOException {
    Counting out = new Counting();
    screening.read(new ByteArrayInputStream(input), format).answer(out, format, Language.CHINESE);
    return out.count;
  }

  private static String optional(java.util.Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse("");
  }

  private static byte[] workbook(List<ApplicationForm> forms) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Workbook book = new Workbook(bytes, "benchmark", null);
    Worksheet sheet = book.newWorksheet("申请表");
    String[] header = {
      "申请编号", "项目名称", "申请单位", "企业性质", "企业类型", "所属领域", "主要领域", "申报路径", "研发阶段", "距产业化年限"
    };
    for (int c = 0; c < header.length; c++) {
      sheet.value(0, c, header[c]);
    }
    for (int i = 0; i < forms.size(); i++) {
      ApplicationForm form = forms.get(i);
      int r = i + 1;
      sheet.value(r, 0, form.getId().orElseThrow());
      sheet.value(r, 1, form.getProjectName().orElseThrow());
      sheet.value(r, 2, form.getApplicantName().orElseThrow());
      sheet.value(r, 3, optional(form.getOrigin()));
      sheet.value(r, 4, form.getRole().orElseThrow().label(Language.CHINESE));
      sheet.value(
          r,
          5,
          form.getSectors().stream()
              .map(sector -> sector.label(Language.CHINESE))
              .collect(Collectors.joining("、")));
      sheet.value(r, 6, form.getPrimarySector().map(Sector::name).orElse(""));
      if (form.getPathway().isPresent()) {
        sheet.value(r, 7, optional(form.getPathway()));
      }
      if (form.getStage().isPresent()) {
        sheet.value(r, 8, form.getStage().get().label(Language.CHINESE));
      }
      sheet.value(r, 9, form.getYearsToIndustrialization().orElseThrow());
      if (r % 1000 == 0) {
        sheet.flush();
      }
    }
    book.finish();
    return bytes.toByteArray();
  }

  private static byte[] csv(List<ApplicationForm> forms) {
    StringBuilder text = new StringBuilder(String.join(",", CsvApplications.COLUMNS)).append('\n');
    for (ApplicationForm form : forms) {
      text.append(form.getId().orElseThrow())
          .append(',')
          .append(form.getProjectName().orElseThrow())
          .append(',')
          .append(form.getApplicantName().orElseThrow())
          .append(',')
          .append(optional(form.getOrigin()))
          .append(',')
          .append(optional(form.getRole()))
          .append(',')
          .append(form.getSectors().stream().map(Enum::name).collect(Collectors.joining(";")))
          .append(',')
          .append(optional(form.getPrimarySector()))
          .append(',')
          .append(optional(form.getPathway()))
          .append(',')
          .append(optional(form.getStage()))
          .append(',')
          .append(form.getYearsToIndustrialization().orElseThrow())
          .append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Counts the bytes of an answer and keeps none. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }
}
