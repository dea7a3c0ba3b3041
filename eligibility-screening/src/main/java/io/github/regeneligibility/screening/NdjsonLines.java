package io.github.regeneligibility.screening;

import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stream of newline-delimited JSON one line at a time, in memory bounded by the longest
 * allowed line whatever the stream's length. Lines end with {@code \n} (a {@code \r} before it is
 * dropped); the last line needs no end. Lines are numbered from 1, blank ones included. A line
 * longer than the limit is skipped to its end and reported as too long, not returned.
 *
 * <p>Before it would wait for more input, the reader flushes the given output, so that a client
 * streaming its lines sees each answer as soon as there is one, while a bulk upload is answered in
 * large writes.
 */
final class NdjsonLines {

  /**
   * One line of input.
   *
   * @param number the line's number, from 1
   * @param content the line's bytes without its end; empty when the line was too long
   * @param tooLong whether the line exceeded the limit
   */
  // A line is handed to its one reader and never compared or hashed, so the array's identity
  // semantics in equals and hashCode never matter.
  @SuppressWarnings("ArrayRecordComponent")
  record Line(int number, byte[] content, boolean tooLong) {
    /** Returns whether the line holds only spaces and tabs, or nothing. */
    boolean isBlank() {
      if (tooLong) {
        return false;
      }
      for (byte b : content) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  private static final byte[] EMPTY = new byte[0];

  private final InputStream in;
  private final int maxLineBytes;
  private final Flushable beforeWaiting;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int number;

  NdjsonLines(InputStream in, int maxLineBytes, Flushable beforeWaiting) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.beforeWaiting = beforeWaiting;
  }

  /** Returns the number of the last line returned, or 0 before the first. */
  int number() {
    return number;
  }

  /** Returns the next line, or null at the end of the input. */
  @Nullable Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean started = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!started) {
          return null;
        }
        break;
      }
      started = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int count = end - position;
      if (!tooLong && length + count > maxLineBytes + 1) { // + 1: a '\r' that is dropped
        tooLong = true;
      }
      if (!tooLong) {
        if (length + count > line.length) {
          line =
              Arrays.copyOf(
                  line, Math.max(length + count, Math.min(2 * line.length, maxLineBytes + 1)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
      }
      position = end;
      if (end < limit) {
        position++; // past the '\n'
        break;
      }
    }
    number++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (tooLong || length > maxLineBytes) {
      return new Line(number, EMPTY, true);
    }
    return new Line(number, Arrays.copyOf(line, length), false);
  }

  private boolean fill() throws IOException {
    if (in.available() <= 0) {
      beforeWaiting.flush();
    }
    int read = in.read(buffer);
    if (read < 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
