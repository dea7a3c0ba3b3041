/**
 * Workbooks (.xlsx) of applications in, workbooks of results out. {@link WorkbookApplications}
 * reads the first sheet of a workbook, bounded in every way a hostile file could try (its size, its
 * parts and their expansion, its rows, its cells, its shared strings; no DTD is ever read), and
 * binds each row as the CSV reader binds a record; every problem names its cell. {@link
 * ResultsWorkbook} writes the outcomes as a workbook (a summary sheet and a results sheet), and
 * {@link TemplateWorkbook} writes the workbook an officer fills in. No type of the underlying zip,
 * XML or spreadsheet library appears in this package's API.
 */
@NullMarked
package io.github.regeneligibility.sheets;

import org.jspecify.annotations.NullMarked;
