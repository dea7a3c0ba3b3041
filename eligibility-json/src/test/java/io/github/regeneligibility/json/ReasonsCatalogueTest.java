package io.github.regeneligibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.ReasonCode;
import io.github.regeneligibility.model.ViolationCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/REASONS.md}, the catalogue of every stable code with its English and Chinese
 * message, equal to the codes and templates in the code. Regenerate it with {@code ./mvnw -B -pl
 * eligibility-json test -Dtest=ReasonsCatalogueTest -Dregen.writeDocs=true}.
 */
final class ReasonsCatalogueTest {

  private static Path catalogue() {
    return Path.of(System.getProperty("regen.docs", "../docs")).resolve("REASONS.md");
  }

  static String expectedCatalogue() {
    StringBuilder out = new StringBuilder();
    out.append("# Reasons catalogue\n\n")
        .append("Every stable code the library and the service emit, with its message in English")
        .append(" and in Simplified Chinese.\nClients may branch on codes; messages are for people.")
        .append(" `{name}` stands for a fact of the\nreason (the `facts` object of the wire format).")
        .append(" This file is checked against the code by\n`ReasonsCatalogueTest`.\n\n")
        .append("## Assessment reasons (`reasonCode`)\n\n")
        .append("| code | English | 简体中文 |\n|---|---|---|\n");
    for (ReasonCode code : ReasonCode.values()) {
      row(out, code.name(), code.template(Language.ENGLISH), code.template(Language.CHINESE));
    }
    out.append("\n## Validity rules of an application (`errors[].code`)\n\n")
        .append("| code | field | English | 简体中文 |\n|---|---|---|---|\n");
    ResourceBundle english = bundle(Language.ENGLISH);
    ResourceBundle chinese = bundle(Language.CHINESE);
    for (ViolationCode code : ViolationCode.values()) {
      String key = "regen." + code.name();
      out.append("| `").append(code.name()).append("` | `").append(code.field()).append("` | ")
          .append(escape(english.getString(key))).append(" | ")
          .append(escape(chinese.getString(key))).append(" |\n");
    }
    out.append("\n## JSON that does not fit the format (`errors[].code`)\n\n")
        .append("| code | English example | 简体中文示例 |\n|---|---|---|\n");
    for (BindingCode code : BindingCode.values()) {
      InputProblem example = code.problem("field", "expected", "预期", "value");
      row(out, code.name(), example.englishMessage(), example.chineseMessage());
    }
    out.append("\n`POLICY_PROMISE` names a policy-file parameter that breaks a promise of the policy")
        .append(" (see `POLICY.md`);\nits message says which promise.\n");
    return out.toString();
  }

  private static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(
        "io.github.regeneligibility.model.ValidationMessages",
        language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static void row(StringBuilder out, String code, String english, String chinese) {
    out.append("| `").append(code).append("` | ").append(escape(english)).append(" | ")
        .append(escape(chinese)).append(" |\n");
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }

  @Test
  void catalogue_listsEveryCodeWithItsMessages() throws IOException {
    String expected = expectedCatalogue();
    if (Boolean.getBoolean("regen.writeDocs")) {
      Files.writeString(catalogue(), expected);
    }

    assertThat(Files.readString(catalogue())).isEqualTo(expected);
  }
}
