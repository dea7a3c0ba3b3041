package io.github.regeneligibility.http.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cells of a workbook the service answered, as a test checks them: by sheet, by row, by
 * column letter, each cell's text (a shared string looked up, an inline string, a number as
 * written). Only for workbooks the tests trust; the service's own reader is the library's.
 */
public final class WorkbookCells {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
  }

  private WorkbookCells() {}

  /**
   * Returns the parts of {@code workbook}, by name, read by its central directory (a streamed
   * writer's local headers do not give the sizes).
   */
  public static Map<String, byte[]> parts(byte[] workbook) {
    Map<String, byte[]> parts = new HashMap<>();
    try {
      Path file = Files.createTempFile("workbook", ".xlsx");
      try {
        Files.write(file, workbook);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            try (InputStream in = zip.getInputStream(entry)) {
              parts.put(entry.getName(), in.readAllBytes());
            }
          }
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /**
   * Returns the cells of sheet {@code index} (from 1, as the part {@code xl/worksheets/sheetN.xml})
   * of {@code workbook}: by row number, by column letter, their text.
   */
  public static Map<Integer, Map<String, String>> sheet(byte[] workbook, int index) {
    Map<String, byte[]> parts = parts(workbook);
    List<String> shared = new ArrayList<>();
    byte[] strings = parts.get("xl/sharedStrings.xml");
    if (strings != null) {
      read(
          strings,
          (xml, name) -> {
            if (name.equals("si")) {
              shared.add(text(xml, "si"));
            }
          });
    }
    byte[] sheet = parts.get("xl/worksheets/sheet" + index + ".xml");
    if (sheet == null) {
      throw new AssertionError("the workbook has no sheet " + index + ": " + parts.keySet());
    }
    Map<Integer, Map<String, String>> rows = new TreeMap<>();
    read(
        sheet,
        (xml, name) -> {
          if (!name.equals("c")) {
            return;
          }
          String reference = xml.getAttributeValue(null, "r");
          String type = xml.getAttributeValue(null, "t");
          String value = text(xml, "c");
          if ("s".equals(type)) {
            value = shared.get(Integer.parseInt(value.trim()));
          }
          String column = reference.replaceAll("[0-9]", "");
          int row = Integer.parseInt(reference.substring(column.length()));
          rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, value);
        });
    return rows;
  }

  private interface Element {
    void take(XMLStreamReader xml, String name) throws XMLStreamException;
  }

  private static void read(byte[] part, Element element) {
    try (InputStream in = new ByteArrayInputStream(part)) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          element.take(xml, xml.getLocalName());
        }
      }
    } catch (IOException | XMLStreamException e) {
      throw new AssertionError("not a part of a workbook", e);
    }
  }

  /** Returns the text of the {@code t} and {@code v} elements inside the element {@code end}. */
  private static String text(XMLStreamReader xml, String end) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    boolean in = false;
    boolean phonetic = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        phonetic |= name.equals("rPh");
        in = !phonetic && (name.equals("t") || name.equals("v"));
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals(end)) {
          return text.toString();
        }
        phonetic &= !name.equals("rPh");
        in = false;
      } else if (in && xml.isCharacters()) {
        text.append(xml.getText());
      }
    }
    return text.toString();
  }
}
