package io.github.regeneligibility.http.transport;

import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes lines to standard output in blocks of up to {@value #BLOCK} bytes, for the {@link
 * AccessLogAppender}'s worker, which {@linkplain #flush() flushes} it each time it has written
 * every queued line. Logback's {@code ConsoleAppender} writes through {@code System.out}, which
 * flushes on every write: one system call a line, that is one a request for the access log.
 *
 * <p>A block holds whole lines and is at most the size a pipe writes at once ({@code PIPE_BUF},
 * 4096 bytes on Linux), so that the lines of other appenders writing to the same standard output
 * are never cut into it. Stopping the appender flushes it and leaves standard output open.
 *
 * @param <E> the type of the events it writes
 */
public final class BufferedStdoutAppender<E> extends OutputStreamAppender<E> implements Flushable {
  /** The largest block written at once: {@code PIPE_BUF} on Linux. */
  static final int BLOCK = 4096;

  @Override
  public void start() {
    setImmediateFlush(false);
    setOutputStream(new BufferedOutputStream(new KeptOpen(), BLOCK));
    super.start();
  }

  /** Writes out the lines buffered so far. */
  @Override
  public void flush() {
    streamWriteLock.lock();
    try {
      OutputStream out = getOutputStream();
      if (out != null) {
        out.flush();
      }
    } catch (IOException e) {
      addError("the buffered lines could not be written to standard output", e);
    } finally {
      streamWriteLock.unlock();
    }
  }

  /** Standard output, which closing only flushes: other appenders and the JVM still write to it. */
  private static final class KeptOpen extends FilterOutputStream {
    KeptOpen() {
      super(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
