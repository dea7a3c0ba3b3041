package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A workbook's table of shared strings, read whole (the cells of a sheet refer to it in any order)
 * and bounded: at most {@link WorkbookApplications#MAX_SHARED_STRINGS} strings of at most {@link
 * WorkbookApplications#MAX_SHARED_CHARS} characters together. A string longer than a cell may hold
 * is not kept: a cell that refers to it is refused.
 */
final class SharedStrings {
  static final SharedStrings NONE = new SharedStrings(List.of(), new BitSet());

  private final List<String> strings;
  private final BitSet tooLong;

  private SharedStrings(List<String> strings, BitSet tooLong) {
    this.strings = strings;
    this.tooLong = tooLong;
  }

  /**
   * Reads the table of part {@code part}.
   *
   * @throws WorkbookException if the table is past its bound, or the part cannot be read
   */
  static SharedStrings read(Parts parts, String part) throws WorkbookException {
    Table table = new Table();
    XMLStreamReader xml = parts.xml(part);
    try {
      while (xml.hasNext()) {
        int event = Parts.next(xml, part);
        if (event == XMLStreamConstants.START_ELEMENT) {
          table.start(xml.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          table.end(xml.getLocalName());
        } else if (isText(event)) {
          table.text(xml);
        }
      }
      xml.close();
    } catch (XMLStreamException | RuntimeException e) {
      throw parts.failure(part);
    }
    return new SharedStrings(table.strings, table.tooLong);
  }

  /** The table as it is read, element by element. */
  private static final class Table {
    final List<String> strings = new ArrayList<>();
    final BitSet tooLong = new BitSet();
    private final StringBuilder text = new StringBuilder();
    private long chars;
    private boolean inString;
    private boolean inText;
    private int phonetic;
    private boolean over;

    void start(String name) {
      if (name.equals("si")) {
        inString = true;
        text.setLength(0);
        over = false;
      } else if (name.equals("rPh")) {
        phonetic++;
      } else if (name.equals("t")) {
        inText = inString && phonetic == 0;
      }
    }

    void end(String name) throws WorkbookException {
      if (name.equals("si")) {
        inString = false;
        if (strings.size() >= WorkbookApplications.MAX_SHARED_STRINGS) {
          throw Parts.refused(tableLimit());
        }
        if (over) {
          tooLong.set(strings.size());
          strings.add("");
        } else {
          strings.add(text.toString());
        }
      } else if (name.equals("rPh")) {
        phonetic = Math.max(0, phonetic - 1);
      } else if (name.equals("t")) {
        inText = false;
      }
    }

    void text(XMLStreamReader xml) throws WorkbookException {
      if (!inText) {
        return;
      }
      int length = xml.getTextLength();
      chars += length;
      if (chars > WorkbookApplications.MAX_SHARED_CHARS) {
        throw Parts.refused(tableLimit());
      }
      if (!over && text.length() + length > WorkbookApplications.MAX_CELL_CHARS) {
        over = true;
        text.setLength(0);
      } else if (!over) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), length);
      }
    }
  }

  private static io.github.regeneligibility.model.Problem tableLimit() {
    return SheetTexts.limit(
        "sharedStrings",
        ImmutableMap.of(
            "max",
            WorkbookApplications.MAX_SHARED_STRINGS,
            "chars",
            WorkbookApplications.MAX_SHARED_CHARS));
  }

  static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /** Returns how many strings the table holds. */
  int size() {
    return strings.size();
  }

  /** Returns string {@code index}, or null when it is longer than a cell may hold. */
  @Nullable String get(int index) {
    return tooLong.get(index) ? null : strings.get(index);
  }
}
