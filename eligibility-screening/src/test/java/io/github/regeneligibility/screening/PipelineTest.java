package io.github.regeneligibility.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The screening pipeline: answers keep the input's order over an input of many parts, and what has
 * been read but not answered never exceeds the pipeline's fixed capacity, however far the input
 * runs ahead of the answer.
 */
final class PipelineTest {
  private static final EligibilityJson JSON = EligibilityJson.create();
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());
  private static final Screening SCREENING = Screening.of(ASSESSOR);
  private static final int LINES = 20_000;

  static final String APPLICATION =
      "{\"id\": \"APP-2026-0001\", \"projectName\": \"Allogeneic MSC therapy\","
          + " \"applicantName\": \"Example Regenerative Co.\", \"origin\": \"DOMESTIC\","
          + " \"role\": \"INNOVATOR\", \"sectors\": [\"STEM_CELLS\", \"TISSUE_ENGINEERING\"],"
          + " \"primarySector\": \"STEM_CELLS\", \"pathway\": \"DRUG\","
          + " \"stage\": \"CLINICAL_APPROVED\", \"yearsToIndustrialization\": 4}";

  /** Line {@code n} of the batch: every third line is invalid, every 500th blank. */
  private static String line(int n) {
    if (n % 500 == 0) {
      return "";
    }
    String id = String.format(Locale.ROOT, "APP-%06d", n);
    return n % 3 == 0
        ? APPLICATION.replace("APP-2026-0001", id).replace("DOMESTIC", "MARS")
        : APPLICATION.replace("APP-2026-0001", id);
  }

  /**
   * A body of {@link #LINES} lines, each padded to {@code width} bytes, that counts the bytes read
   * from it.
   */
  private static final class CountingBody extends InputStream {
    private final int width;
    private int line = 1;
    private byte[] current;
    private int position;
    long read;

    CountingBody(int width) {
      this.width = width;
      this.current = padded(1);
    }

    private byte[] padded(int n) {
      String text = line(n);
      return (text + " ".repeat(width - 1 - text.length()) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (line > LINES) {
        return -1;
      }
      int count = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, count);
      position += count;
      read += count;
      if (position == current.length) {
        line++;
        position = 0;
        current = line <= LINES ? padded(line) : new byte[0];
      }
      return count;
    }

    @Override
    public int available() {
      return line > LINES ? 0 : current.length - position;
    }
  }

  /**
   * An answer that, at every write, notes how many input lines have been read beyond the last line
   * answered. The pipeline writes whole parts, so each write ends with a whole line.
   */
  private static final class WatchingAnswer extends OutputStream {
    private static final byte[] LINE = "{\"line\":".getBytes(StandardCharsets.US_ASCII);
    private final CountingBody body;
    private final int width;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long mostAhead;

    WatchingAnswer(CountingBody body, int width) {
      this.body = body;
      this.width = width;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes.write(buffer, offset, length);
      int end = offset + length - 1;
      if (length == 0 || buffer[end] != '\n') {
        return;
      }
      int start = end - 1;
      while (start >= offset && buffer[start] != '\n') {
        start--;
      }
      start++;
      if (!Arrays.equals(buffer, start, start + LINE.length, LINE, 0, LINE.length)) {
        return; // the end line
      }
      long number = 0;
      for (int i = start + LINE.length; buffer[i] != ','; i++) {
        number = number * 10 + (buffer[i] - '0');
      }
      mostAhead = Math.max(mostAhead, body.read / width - number);
    }

    List<String> lines() {
      return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** The width of a generated line, with its number. */
  private static final int WIDTH = APPLICATION.length() + 8;

  /** Answers the generated body through the pipeline; returns what the answer saw. */
  private static WatchingAnswer screenTheBody() throws IOException {
    CountingBody body = new CountingBody(WIDTH);
    WatchingAnswer out = new WatchingAnswer(body, WIDTH);
    SCREENING.read(body, RecordFormat.NDJSON).answer(out, RecordFormat.NDJSON, Language.ENGLISH);
    return out;
  }

  @Test
  void manyMixedLines_areAnsweredInInputOrder_andTheEndLineCountsThem() throws IOException {
    WatchingAnswer out = screenTheBody();

    List<String> lines = out.lines();
    List<String> expected = new ArrayList<>();
    int assessments = 0;
    int errors = 0;
    for (int n = 1; n <= LINES; n++) {
      if (n % 500 == 0) {
        continue;
      }
      if (n % 3 == 0) {
        expected.add("{\"line\":" + n + ",\"error\":");
        errors++;
      } else {
        expected.add(
            "{\"line\":"
                + n
                + ",\"assessment\":{\"applicationId\":\""
                + String.format(Locale.ROOT, "APP-%06d", n)
                + "\"");
        assessments++;
      }
    }
    assertThat(lines).hasSize(expected.size() + 1);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(lines.get(i)).startsWith(expected.get(i));
    }
    assertThat(lines.get(expected.size()))
        .isEqualTo(
            "{\"end\":{\"lines\":"
                + expected.size()
                + ",\"assessments\":"
                + assessments
                + ",\"errors\":"
                + errors
                + "}}");
  }

  @Test
  void aRowThatCannotBeWritten_isAnsweredWithTheInternalError_andTheScreeningGoesOn()
      throws IOException {
    AnswerFormat ndjson = new NdjsonAnswer(JSON, Language.ENGLISH);
    AnswerFormat failingOnLine2 =
        new AnswerFormat() {
          @Override
          public void begin(OutputStream out) throws IOException {
            ndjson.begin(out);
          }

          @Override
          public Rows rows(OutputStream out) throws IOException {
            Rows rows = ndjson.rows(out);
            return new Rows() {
              @Override
              public boolean canSay(ProblemDocument problem) {
                return rows.canSay(problem);
              }

              @Override
              public void write(Screened record) throws IOException {
                rows.write(record);
                if (record.number() == 2 && record.isAssessed()) {
                  throw new IllegalStateException("the writer broke after part of the row");
                }
              }

              @Override
              public void finish() throws IOException {
                rows.finish();
              }
            };
          }

          @Override
          public void end(OutputStream out, long records, long assessed, long refused)
              throws IOException {
            ndjson.end(out, records, assessed, refused);
          }
        };
    String body = String.join("\n", line(1), line(2), line(4)) + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> failed = new CopyOnWriteArrayList<>();
    ScreeningListener listener =
        new ScreeningListener() {
          @Override
          public void failed(long number, Throwable failure) {
            failed.add(number);
          }
        };

    Pipeline.run(
        RecordFormat.NDJSON.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))),
        new WritingSink(new Screener(JSON, ASSESSOR, listener), failingOnLine2, out));

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("{\"line\":1,\"assessment\":{");
    assertThat(lines.get(1))
        .isEqualTo(
            "{\"line\":2,\"error\":{\"type\":\"https://regen-eligibility.github.io/problems/"
                + "internal-error\",\"title\":\"Internal server error\",\"status\":500,"
                + "\"detail\":\"The service failed unexpectedly; the failure has been logged. Try"
                + " again later.\"}}");
    assertThat(lines.get(2)).startsWith("{\"line\":3,\"assessment\":{");
    assertThat(lines.get(3)).isEqualTo("{\"end\":{\"lines\":3,\"assessments\":2,\"errors\":1}}");
    assertThat(failed).containsExactly(2L);
  }

  @Test
  void whatIsReadButNotAnswered_neverExceedsTheWindowOfParts() throws IOException {
    WatchingAnswer out = screenTheBody();

    // The queue's parts, the part being read and the part being written (their records, and the
    // blank lines among them), and the lines in the reader's 64 KiB buffer.
    long parts = (Pipeline.WINDOW + 2L) * Pipeline.PART_RECORDS;
    long capacity = parts + parts / 499 + 1 + 64 * 1024 / WIDTH + 1;
    assertThat(out.mostAhead).isPositive().isLessThanOrEqualTo(capacity);
    assertThat(capacity).isLessThan(LINES / 4);
  }
}
