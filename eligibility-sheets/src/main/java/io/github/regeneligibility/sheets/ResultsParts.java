package io.github.regeneligibility.sheets;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a results workbook that do not depend on its rows: the package's content types and
 * relationships, its properties, the workbook (its two sheets, the results sheet's filter) and the
 * styles (plain, and bold for headers).
 */
final class ResultsParts {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

  private ResultsParts() {}

  /**
   * Returns the parts, by name, in the order they are written: the sheets named {@code summary} and
   * {@code results}, the results' last column {@code lastColumn}, the workbook made {@code at}.
   */
  static Map<String, SheetXml> fixed(
      String summary, String results, String lastColumn, Instant at) {
    Map<String, SheetXml> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        new SheetXml(1024)
            .markup(DECLARATION)
            .markup(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                    + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                    + "</Types>"));
    parts.put(
        "_rels/.rels",
        new SheetXml(1024)
            .markup(DECLARATION)
            .markup(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
                    + "</Relationships>"));
    parts.put(
        "docProps/app.xml",
        new SheetXml(256)
            .markup(DECLARATION)
            .markup(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                    + "<Application>regen-eligibility</Application></Properties>"));
    parts.put(
        "docProps/core.xml",
        new SheetXml(512)
            .markup(DECLARATION)
            .markup(
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                    + "<dc:creator>regen-eligibility</dc:creator>"
                    + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
            .markup(DateTimeFormatter.ISO_INSTANT.format(at))
            .markup("</dcterms:created></cp:coreProperties>"));
    workbook(parts, summary, results, lastColumn);
    return parts;
  }

  /**
   * Adds the workbook's own parts to {@code parts}: the workbook, its relationships, its styles.
   */
  private static void workbook(
      Map<String, SheetXml> parts, String summary, String results, String lastColumn) {
    parts.put(
        "xl/workbook.xml",
        new SheetXml(1024)
            .markup(DECLARATION)
            .markup("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">")
            .markup("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
            .markup("<sheet name=\"")
            .text(summary)
            .markup("\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"")
            .text(results)
            .markup("\" sheetId=\"2\" r:id=\"rId2\"/></sheets><definedNames>")
            .markup("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" hidden=\"1\">")
            .text("'" + results.replace("'", "''") + "'!$A$1:$" + lastColumn + "$1")
            .markup("</definedName></definedNames></workbook>"));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        new SheetXml(1024)
            .markup(DECLARATION)
            .markup(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\""
                    + RELATIONSHIPS
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\""
                    + RELATIONSHIPS
                    + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\""
                    + RELATIONSHIPS
                    + "/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId4\" Type=\""
                    + RELATIONSHIPS
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>"));
    parts.put(
        "xl/styles.xml",
        new SheetXml(1024)
            .markup(DECLARATION)
            .markup(
                "<styleSheet xmlns=\""
                    + MAIN
                    + "\">"
                    + "<fonts count=\"2\">"
                    + "<font><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/></font>"
                    + "<font><b/><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/></font>"
                    + "</fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                    + "</styleSheet>"));
  }
}
