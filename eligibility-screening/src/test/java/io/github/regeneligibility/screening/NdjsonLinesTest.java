package io.github.regeneligibility.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class NdjsonLinesTest {

  /** Reads every line of {@code text}, rendering each as "number:content" or "number:TOO LONG". */
  private static List<String> read(String text, int maxLineBytes) throws IOException {
    NdjsonLines lines =
        new NdjsonLines(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            maxLineBytes,
            () -> {});
    List<String> read = new ArrayList<>();
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      read.add(
          line.number()
              + ":"
              + (line.tooLong() ? "TOO LONG" : new String(line.content(), StandardCharsets.UTF_8)));
    }
    return read;
  }

  @Test
  void next_linesOfEveryEnding_areNumberedFromOne() throws IOException {
    assertThat(read("a\nb\r\n\n  \nc", 100)).containsExactly("1:a", "2:b", "3:", "4:  ", "5:c");
  }

  @Test
  void next_finalNewline_addsNoLine() throws IOException {
    assertThat(read("a\n", 100)).containsExactly("1:a");
    assertThat(read("", 100)).isEmpty();
    assertThat(read("\n", 100)).containsExactly("1:");
  }

  @Test
  void next_lineOverTheLimit_isReportedAndSkippedToItsEnd() throws IOException {
    String tooLong = "x".repeat(200_000);

    assertThat(read("12345\n123456\n" + tooLong + "\n1234\r\n", 5))
        .containsExactly("1:12345", "2:TOO LONG", "3:TOO LONG", "4:1234");
  }

  @Test
  void next_multiByteCharacters_areKeptWhole() throws IOException {
    String line = "{\"projectName\": \"干细胞\"}";

    assertThat(read(line + "\n" + line, 1_000)).containsExactly("1:" + line, "2:" + line);
  }

  @Test
  void isBlank_spacesAndTabsOnly_isTrue() throws IOException {
    NdjsonLines lines =
        new NdjsonLines(
            new ByteArrayInputStream(" \t\n{}\n".getBytes(StandardCharsets.UTF_8)), 10, () -> {});

    assertThat(java.util.Objects.requireNonNull(lines.next()).isBlank()).isTrue();
    assertThat(java.util.Objects.requireNonNull(lines.next()).isBlank()).isFalse();
  }

  @Test
  void next_beforeWaitingForInput_flushes() throws IOException {
    AtomicInteger flushes = new AtomicInteger();
    InputStream trickle =
        new InputStream() {
          private final byte[] bytes = "a\nb\n".getBytes(StandardCharsets.UTF_8);
          private int at;

          @Override
          public int read() {
            return at < bytes.length ? bytes[at++] : -1;
          }

          @Override
          public int read(byte[] into, int offset, int length) {
            if (at == bytes.length) {
              return length == 0 ? 0 : -1;
            }
            int count = Math.min(length, bytes.length - at);
            System.arraycopy(bytes, at, into, offset, count);
            at += count;
            return count;
          }

          @Override
          public int available() {
            return 0; // every read would wait
          }
        };
    NdjsonLines lines = new NdjsonLines(trickle, 10, flushes::incrementAndGet);

    assertThat(java.util.Objects.requireNonNull(lines.next()).content())
        .isEqualTo("a".getBytes(StandardCharsets.UTF_8));
    assertThat(flushes).hasValue(1);
    assertThat(lines.next()).isNotNull();
    assertThat(lines.next()).isNull();
    assertThat(flushes).hasValueGreaterThan(1);
  }
}
