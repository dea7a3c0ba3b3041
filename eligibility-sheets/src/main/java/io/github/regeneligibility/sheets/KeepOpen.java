package io.github.regeneligibility.sheets;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that a workbook writes to and closes when it ends: the caller's stream, flushed and left
 * open.
 */
final class KeepOpen extends FilterOutputStream {
  KeepOpen(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
