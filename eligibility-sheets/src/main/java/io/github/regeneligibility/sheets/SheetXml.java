package io.github.regeneligibility.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The UTF-8 bytes of a part's XML, built in memory: markup as it is given, numbers, and text
 * escaped for element content or an attribute's value. Characters that XML 1.0 cannot hold (most
 * control characters, lone surrogates, U+FFFE and U+FFFF) are left out; the control characters it
 * can hold (tab, line feed, carriage return) are written as character references, so that a
 * parser's normalization of line ends keeps them as they were.
 */
final class SheetXml {
  private byte[] bytes;
  private int length;

  SheetXml(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Returns how many bytes are built. */
  int length() {
    return length;
  }

  /** Forgets the bytes built after the first {@code keep}. */
  void truncate(int keep) {
    length = Math.min(length, keep);
  }

  /** Writes the bytes built to {@code out}. */
  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  /** Returns a copy of the bytes built. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  /** Appends {@code markup}, which must be ASCII and need no escaping. */
  SheetXml markup(String markup) {
    int size = markup.length();
    room(size);
    for (int i = 0; i < size; i++) {
      bytes[length++] = (byte) markup.charAt(i);
    }
    return this;
  }

  /** Appends {@code number} in decimal. */
  SheetXml number(long number) {
    if (number < 0) {
      if (number == Long.MIN_VALUE) {
        return markup(Long.toString(number));
      }
      room(1);
      bytes[length++] = '-';
      number = -number;
    }
    room(20);
    int start = length;
    do {
      bytes[length++] = (byte) ('0' + number % 10);
      number /= 10;
    } while (number > 0);
    for (int i = start, j = length - 1; i < j; i++, j--) {
      byte swap = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = swap;
    }
    return this;
  }

  /** Appends {@code text}, escaped for element content or a quoted attribute value. */
  SheetXml text(String text) {
    int size = text.length();
    room(size * 3);
    for (int i = 0; i < size; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x80) {
        switch (c) {
          case '<' -> entity("&lt;");
          case '>' -> entity("&gt;");
          case '&' -> entity("&amp;");
          case '"' -> entity("&quot;");
          case '\'' -> entity("&apos;");
          default -> bytes[length++] = (byte) c;
        }
      } else if (c < 0x20) {
        switch (c) {
          case '\t' -> entity("&#x9;");
          case '\n' -> entity("&#xa;");
          case '\r' -> entity("&#xd;");
          default -> {} // not a character of XML 1.0
        }
      } else if (c < 0x800) {
        bytes[length++] = (byte) (0xc0 | (c >> 6));
        bytes[length++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < size
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int point = Character.toCodePoint(c, text.charAt(++i));
        room(4);
        bytes[length++] = (byte) (0xf0 | (point >> 18));
        bytes[length++] = (byte) (0x80 | ((point >> 12) & 0x3f));
        bytes[length++] = (byte) (0x80 | ((point >> 6) & 0x3f));
        bytes[length++] = (byte) (0x80 | (point & 0x3f));
      } else if (!Character.isSurrogate(c) && c < 0xfffe) {
        bytes[length++] = (byte) (0xe0 | (c >> 12));
        bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        bytes[length++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return this;
  }

  private void entity(String entity) {
    room(entity.length());
    for (int i = 0; i < entity.length(); i++) {
      bytes[length++] = (byte) entity.charAt(i);
    }
  }

  /** Makes room for {@code more} bytes. */
  private void room(int more) {
    if (bytes.length - length < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
