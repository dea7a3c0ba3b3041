package io.github.regeneligibility.sheets;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.typed.TypedXMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * An attribute's value read in place, from the parser's own buffer, without a {@code String}: the
 * sheet's cells each carry a reference ({@code r}) and most a type ({@code t}), and making a string
 * of each was about a tenth of what reading a workbook allocated. The view holds until the next
 * read. When the value could differ from the attribute's exact text (Aalto's typed access trims
 * white space, and a value that is empty or has white space beside it is not told apart), the value
 * is read as a string instead, so that what is read is always the attribute's text as it is.
 */
final class AttributeChars extends TypedValueDecoder implements CharSequence {
  private final XMLStreamReader xml;
  private final @Nullable TypedXMLStreamReader typed;
  private char[] buffer = new char[0];
  private int start;
  private int end;
  private boolean exact;

  AttributeChars(XMLStreamReader xml) {
    this.xml = xml;
    XMLStreamReader inner = xml;
    while (inner instanceof StreamReaderDelegate delegate) {
      inner = delegate.getParent();
    }
    this.typed = inner instanceof TypedXMLStreamReader reader ? reader : null;
  }

  /**
   * Returns the value of attribute {@code name} (in no namespace) of the element just started, or
   * null when it has none; a view of the parser's buffer is valid until the next call.
   */
  @Nullable CharSequence value(String name) throws XMLStreamException {
    TypedXMLStreamReader reader = typed;
    if (reader != null) {
      int index = reader.getAttributeIndex(null, name);
      if (index < 0) {
        return null;
      }
      exact = false;
      reader.getAttributeAs(index, this);
      if (exact) {
        return this;
      }
    }
    return xml.getAttributeValue(null, name);
  }

  @Override
  public void decode(String input) {
    exact = false;
  }

  @Override
  public void decode(char[] chars, int from, int to) {
    buffer = chars;
    start = from;
    end = to;
    exact = !(from > 0 && chars[from - 1] <= ' ') && !(to < chars.length && chars[to] <= ' ');
  }

  @Override
  public void handleEmptyValue() {
    exact = false;
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= end - start) {
      throw new IndexOutOfBoundsException(index);
    }
    return buffer[start + index];
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return toString().subSequence(from, to);
  }

  @Override
  public String toString() {
    return new String(buffer, start, end - start);
  }
}
