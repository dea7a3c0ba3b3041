package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the catalogue {@code docs/REASONS.md} equal to the codes and templates in the code: every
 * {@link ReasonCode}, with its English and Chinese message. Regenerate it with {@code ./mvnw -B -pl
 * eligibility-model test -Dtest=CataloguesTest -Dregen.writeDocs=true}. The problem codes, declared
 * in every module, are catalogued by the service's {@code ProblemCatalogueTest}, which sees them
 * all.
 */
final class CataloguesTest {

  private static Path file(String name) {
    return Path.of(System.getProperty("regen.docs", "../docs")).resolve(name);
  }

  static String reasons() {
    StringBuilder out = new StringBuilder();
    out.append("# Reasons catalogue\n\n")
        .append("Every stable reason code of an assessment, with its message in English and in")
        .append(" Simplified Chinese.\nClients may branch on codes; messages are for people.")
        .append(
            " `{name}` stands for a fact of the reason (the `facts` object of the wire format).")
        .append(
            "\nThis file is generated from the code and checked against it by `CataloguesTest`.\n")
        .append("\n| code | English | 简体中文 |\n|---|---|---|\n");
    for (ReasonCode code : ReasonCode.values()) {
      row(out, code.name(), code.template());
    }
    return out.toString();
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

  @Test
  void catalogue_listsEveryCodeWithItsMessages() throws IOException {
    String expected = reasons();
    if (Boolean.getBoolean("regen.writeDocs")) {
      Files.writeString(file("REASONS.md"), expected);
    }

    assertThat(Files.readString(file("REASONS.md"))).isEqualTo(expected);
  }
}
