package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the catalogues in {@code docs/} equal to the codes and templates in the code: {@code
 * REASONS.md}, every {@link ReasonCode}, and {@code PROBLEMS.md}, every {@link ProblemCode}, each
 * with its English and Chinese message. Regenerate them with {@code ./mvnw -B -pl eligibility-model
 * test -Dtest=CataloguesTest -Dregen.writeDocs=true}.
 */
final class CataloguesTest {

  private static final String HOW =
      " `{name}` stands for a fact of the %s.\nThis file is generated from the code and checked"
          + " against it by `CataloguesTest`.\n";

  private static Path file(String name) {
    return Path.of(System.getProperty("regen.docs", "../docs")).resolve(name);
  }

  static String reasons() {
    StringBuilder out = new StringBuilder();
    out.append("# Reasons catalogue\n\n")
        .append("Every stable reason code of an assessment, with its message in English and in")
        .append(" Simplified Chinese.\nClients may branch on codes; messages are for people.")
        .append(String.format(Locale.ROOT, HOW, "reason (the `facts` object of the wire format)"))
        .append("\n| code | English | 简体中文 |\n|---|---|---|\n");
    for (ReasonCode code : ReasonCode.values()) {
      row(out, code.name(), code.template());
    }
    return out.toString();
  }

  static String problems() {
    StringBuilder out = new StringBuilder();
    out.append("# Problems catalogue\n\n")
        .append("Every stable problem code the library and the service report (`errors[].code` on")
        .append(" the wire), with its\nmessage in English and in Simplified Chinese. Clients may")
        .append(" branch on codes; messages are for people.\n`{path}` stands for where the problem")
        .append(" is: a field, a JSON path, a policy parameter or a query\nparameter.")
        .append(String.format(Locale.ROOT, HOW, "problem"));
    for (ProblemCode.Area area : ProblemCode.Area.values()) {
      out.append("\n## ")
          .append(title(area))
          .append("\n\n| code | English | 简体中文 |\n|---|---|---|\n");
      for (ProblemCode code : ProblemCode.values()) {
        if (code.area() == area) {
          row(out, code.name(), code.template());
        }
      }
    }
    return out.toString();
  }

  private static String title(ProblemCode.Area area) {
    return switch (area) {
      case APPLICATION -> "Validity rules of an application";
      case FORMAT -> "Input that does not fit the JSON or CSV format";
      case POLICY -> "Policy editions that break a promise of the policy";
      case EDITIONS -> "Sets of policy editions that cannot be served together";
      case REQUEST -> "Requests the service cannot take";
    };
  }

  private static void row(StringBuilder out, String code, Template template) {
    out.append("| `")
        .append(code)
        .append("` | ")
        .append(escape(template.in(Language.ENGLISH)))
        .append(" | ")
        .append(escape(template.in(Language.CHINESE)))
        .append(" |\n");
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }

  @ParameterizedTest
  @ValueSource(strings = {"REASONS.md", "PROBLEMS.md"})
  void catalogue_listsEveryCodeWithItsMessages(String name) throws IOException {
    String expected = name.equals("REASONS.md") ? reasons() : problems();
    if (Boolean.getBoolean("regen.writeDocs")) {
      Files.writeString(file(name), expected);
    }

    assertThat(Files.readString(file(name))).isEqualTo(expected);
  }
}
