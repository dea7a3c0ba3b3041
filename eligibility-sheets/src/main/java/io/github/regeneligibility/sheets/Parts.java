package io.github.regeneligibility.sheets;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a workbook: the entries of its zip, held in memory, each read through a stream that
 * refuses to expand past {@link WorkbookApplications#MAX_EXPANSION_RATIO} times what it has read
 * compressed, or past {@link WorkbookApplications#MAX_EXPANDED_BYTES} for the parts of one reading
 * together. The entries are counted in the zip's central directory before anything else is read,
 * and only stored or deflated entries are read. The XML of a part is read with Aalto's StAX parser,
 * which is told to read no DTD and to resolve no entity that is not XML's own (and the readers
 * refuse a part that declares a DTD); its elements nest at most {@value #MAX_DEPTH} deep.
 */
final class Parts implements Closeable {

  /** The deepest elements of a part may nest: a sheet's are 6 deep, rich text 8. */
  static final int MAX_DEPTH = 32;

  /** An entry's expansion is checked once it has given this many bytes. */
  private static final long RATIO_FLOOR = 1 << 20;

  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int DIRECTORY_HEADER = 0x02014b50;

  private final ZipFile zip;
  private final long maxExpanded;
  private final XMLInputFactory xml;
  private long expanded;
  private @Nullable Problem refusal;

  private Parts(ZipFile zip, long maxExpanded) {
    this.zip = zip;
    this.maxExpanded = maxExpanded;
    this.xml = new InputFactoryImpl();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_COALESCING, false);
    xml.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("a workbook's parts resolve no external entity");
        });
  }

  /**
   * Opens the zip in {@code bytes}: counts its entries first, then reads its central directory. Its
   * parts read expand to at most {@code maxExpanded} bytes together.
   *
   * @throws WorkbookException if it is not a zip, or has too many entries
   */
  static Parts open(byte[] bytes, long maxExpanded) throws WorkbookException {
    int entries = countEntries(bytes);
    if (entries < 0) {
      throw new WorkbookException(List.of(SheetTexts.notAWorkbook("notZip", Map.of())));
    }
    if (entries > WorkbookApplications.MAX_ENTRIES) {
      throw new WorkbookException(
          List.of(SheetTexts.limit("entries", Map.of("max", WorkbookApplications.MAX_ENTRIES))));
    }
    try {
      return new Parts(
          ZipFile.builder()
              .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
              .setIgnoreLocalFileHeader(true)
              .get(),
          maxExpanded);
    } catch (IOException | RuntimeException e) {
      throw new WorkbookException(List.of(SheetTexts.notAWorkbook("notZip", Map.of())));
    }
  }

  /**
   * Returns how many entries the central directory of the zip in {@code bytes} holds (counting at
   * most one past the limit), or -1 when it has none that can be found.
   */
  private static int countEntries(byte[] bytes) {
    ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int end = -1;
    for (int at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65_535; at--) {
      if (zip.getInt(at) == END_OF_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) {
      return -1;
    }
    long directory = Integer.toUnsignedLong(zip.getInt(end + 16));
    int count = 0;
    long at = directory;
    while (at >= 0 && at + 46 <= bytes.length && zip.getInt((int) at) == DIRECTORY_HEADER) {
      count++;
      if (count > WorkbookApplications.MAX_ENTRIES) {
        return count;
      }
      int name = Short.toUnsignedInt(zip.getShort((int) at + 28));
      int extra = Short.toUnsignedInt(zip.getShort((int) at + 30));
      int comment = Short.toUnsignedInt(zip.getShort((int) at + 32));
      at += 46L + name + extra + comment;
    }
    return count == 0 ? -1 : count;
  }

  /** Starts another reading of the parts: the bytes they expand to are counted from 0. */
  void startReading() {
    expanded = 0;
  }

  /** Returns the problem that stopped a read of a part past a bound, if one did. */
  @Nullable Problem refusal() {
    return refusal;
  }

  /** Returns whether the part {@code name} (without a leading slash) exists. */
  boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /**
   * Returns the XML of part {@code name}, read through a bounded stream.
   *
   * @throws WorkbookException if there is no such part, or it is neither stored nor deflated
   */
  XMLStreamReader xml(String name) throws WorkbookException {
    ZipArchiveEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw refused(SheetTexts.notAWorkbook("missingPart", Map.of("part", echo(name))));
    }
    int method = entry.getMethod();
    if (method != ZipMethod.STORED.getCode() && method != ZipMethod.DEFLATED.getCode()) {
      throw refused(SheetTexts.notAWorkbook("malformedXml", Map.of("part", echo(name))));
    }
    try {
      return new Shallow(
          name, xml.createXMLStreamReader(new Bounded(name, entry, zip.getInputStream(entry))));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw failure(name);
    }
  }

  /**
   * Returns the exception that says why reading part {@code name} failed: the bound it went past,
   * or that its XML is not well-formed.
   */
  WorkbookException failure(String name) {
    Problem bound = refusal;
    return refused(
        bound != null
            ? bound
            : SheetTexts.notAWorkbook("malformedXml", ImmutableMap.of("part", echo(name))));
  }

  /**
   * Returns the next event of {@code xml}, read from part {@code name}. A document type declaration
   * is refused: no part of a workbook needs one, and one could name entities outside the file.
   */
  static int next(XMLStreamReader xml, String name) throws XMLStreamException, WorkbookException {
    int event = xml.next();
    if (event == XMLStreamConstants.DTD) {
      throw refused(SheetTexts.notAWorkbook("dtd", Map.of("part", echo(name))));
    }
    return event;
  }

  static WorkbookException refused(Problem problem) {
    return new WorkbookException(List.of(problem));
  }

  static String echo(String name) {
    return Template.echo(name);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** A part's XML, refused once its elements nest deeper than {@value #MAX_DEPTH}. */
  private final class Shallow extends StreamReaderDelegate {
    private final String name;
    private int depth;

    Shallow(String name, XMLStreamReader reader) {
      super(reader);
      this.name = name;
    }

    @Override
    public int next() throws XMLStreamException {
      int event = super.next();
      if (event == START_ELEMENT && ++depth > MAX_DEPTH) {
        refusal = SheetTexts.notAWorkbook("malformedXml", Map.of("part", echo(name)));
        throw new XMLStreamException("elements nest too deep");
      } else if (event == END_ELEMENT) {
        depth--;
      }
      return event;
    }
  }

  /**
   * A part's bytes, counted as they expand: past a bound, the read fails and {@link #refusal} says
   * which.
   */
  private final class Bounded extends FilterInputStream {
    private final String name;
    private final ZipArchiveEntry entry;
    private long out;

    Bounded(String name, ZipArchiveEntry entry, InputStream in) {
      super(in);
      this.name = name;
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int count = in.read(buffer, offset, length);
      if (count > 0) {
        count(count);
      }
      return count;
    }

    private void count(int count) throws IOException {
      expanded += count;
      out += count;
      if (expanded > maxExpanded) {
        throw refuse(SheetTexts.limit("expanded", Map.of("max", maxExpanded)));
      }
      if (out > RATIO_FLOOR) {
        long compressed =
            in instanceof InputStreamStatistics statistics
                ? statistics.getCompressedCount()
                : entry.getCompressedSize();
        if (out > WorkbookApplications.MAX_EXPANSION_RATIO * Math.max(1, compressed)) {
          throw refuse(
              SheetTexts.limit(
                  "ratio",
                  ImmutableMap.of(
                      "part", echo(name), "max", WorkbookApplications.MAX_EXPANSION_RATIO)));
        }
      }
    }

    private IOException refuse(Problem problem) {
      refusal = problem;
      return new IOException("past a bound of the reader");
    }
  }
}
