package io.github.regeneligibility.http.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.json.ImpactCode;
import io.github.regeneligibility.json.PolicyFileCode;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.ValidityCode;
import io.github.regeneligibility.records.RecordCode;
import io.github.regeneligibility.rules.PolicyCode;
import io.github.regeneligibility.sheets.SheetCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/PROBLEMS.md} equal to the problem codes in the code: every code of every
 * module, in a section per module's enum, with its English and Chinese message. The service's tests
 * see every module, so the catalogue is checked here. Regenerate it with {@code ./mvnw -B -pl
 * eligibility-http test -Dtest=ProblemCatalogueTest -Dregen.writeDocs=true}.
 */
final class ProblemCatalogueTest {

  /** A section of the catalogue: its title, where its codes are declared, and the codes. */
  private record Section(String title, String declared, List<ProblemCode> codes) {
    static Section of(String title, String module, Class<? extends Enum<?>> codes) {
      return new Section(
          title,
          "`" + codes.getSimpleName() + "`, in `" + module + "`",
          Arrays.stream(codes.getEnumConstants()).map(code -> (ProblemCode) code).toList());
    }
  }

  private static final List<Section> SECTIONS =
      List.of(
          Section.of("Validity rules of an application", "eligibility-model", ValidityCode.class),
          Section.of(
              "Input that does not fit the JSON or CSV format",
              "eligibility-json",
              FormatCode.class),
          Section.of(
              "Policy editions that lack a value or break a promise of the policy",
              "eligibility-rules",
              PolicyCode.class),
          Section.of(
              "Policy files that cannot be read, and sets of editions that cannot be served"
                  + " together",
              "eligibility-json",
              PolicyFileCode.class),
          Section.of(
              "Impact requests that cannot be analysed", "eligibility-json", ImpactCode.class),
          Section.of(
              "Workbooks that cannot be read as applications",
              "eligibility-sheets",
              SheetCode.class),
          Section.of("Requests the service cannot take", "eligibility-http", RequestCode.class),
          Section.of(
              "Decision records, users and tokens that cannot be kept",
              "eligibility-records",
              RecordCode.class));

  private static Stream<ProblemCode> codes() {
    return SECTIONS.stream().flatMap(section -> section.codes().stream());
  }

  private static Path file() {
    return Path.of(System.getProperty("regen.docs", "../docs")).resolve("PROBLEMS.md");
  }

  static String catalogue() {
    StringBuilder out = new StringBuilder();
    out.append("# Problems catalogue\n\n")
        .append("Every stable problem code the library and the service report (`errors[].code` on")
        .append(" the wire), with its\nmessage in English and in Simplified Chinese. Clients may")
        .append(" branch on codes; messages are for people.\n`{path}` stands for where the problem")
        .append(" is: a field, a JSON path, a policy parameter or a query\nparameter. `{name}`")
        .append(" stands for a fact of the problem. Each module declares the codes it raises\n")
        .append("in an enum of its own, named under each section.\n")
        .append("This file is generated from the code and checked against it by")
        .append(" `ProblemCatalogueTest`.\n");
    for (Section section : SECTIONS) {
      out.append("\n## ")
          .append(section.title())
          .append("\n\n")
          .append(section.declared())
          .append(".\n\n| code | English | 简体中文 |\n|---|---|---|\n");
      for (ProblemCode code : section.codes()) {
        out.append(
            row(
                "`" + code.name() + "`",
                code.template().in(Language.ENGLISH),
                code.template().in(Language.CHINESE)));
      }
    }
    return out.toString();
  }

  /** Returns a row of the table: the cells, each with its {@code |} escaped. */
  private static String row(String... cells) {
    return Arrays.stream(cells)
        .map(cell -> cell.replace("|", "\\|"))
        .collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  @Test
  void catalogue_listsEveryCodeWithItsMessages() throws IOException {
    String expected = catalogue();
    if (Boolean.getBoolean("regen.writeDocs")) {
      Files.writeString(file(), expected);
    }

    assertThat(Files.readString(file())).isEqualTo(expected);
  }

  @Test
  void codes_haveNamesUniqueAcrossModules() {
    // The 62 codes of the one enum they were declared in before each module declared its own, and
    // the 3 of the workbook reader's SheetCode, and the 15 of the decision records.
    assertThat(codes().map(ProblemCode::name)).doesNotHaveDuplicates().hasSize(62 + 3 + 15);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void template_isEnglishWithoutAndChineseWithHanCharacters(ProblemCode code) {
    assertThat(code.template().in(Language.ENGLISH)).doesNotContainPattern("\\p{IsHan}");
    assertThat(code.template().in(Language.CHINESE)).containsPattern("\\p{IsHan}");
  }
}
