package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TextTest {

  @Test
  void in_givesTheRenderingOfEachLanguage() {
    Text text = Text.of("Stem cells", "干细胞");

    assertThat(text.in(Language.ENGLISH)).isEqualTo("Stem cells");
    assertThat(text.in(Language.CHINESE)).isEqualTo("干细胞");
    assertThat(text).hasToString("Stem cells");
  }

  @Test
  void equals_followsEveryRendering() {
    new EqualsTester()
        .addEqualityGroup(Text.of("a", "甲"), Text.of("a", "甲"))
        .addEqualityGroup(Text.of("a", "乙"))
        .addEqualityGroup(Text.of("b", "甲"))
        .testEquals();
  }

  @Test
  void of_templatesNamingDifferentFacts_isRefused() {
    assertThatThrownBy(() -> Template.of("{a} and {b}", "{a}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the templates name different facts: [a, b] in \"{a} and {b}\", [a] in \"{a}\"");
  }

  @Test
  void render_fillsFactsInTheLanguageOfEachRendering() {
    Template template =
        Template.of("{sector} ({sectors}), {limit}: {n}", "{sector}（{sectors}），{limit}：{n}");

    Text text =
        template.render(
            ImmutableMap.of(
                "sector",
                Sector.STEM_CELLS,
                "sectors",
                List.of(Sector.IMMUNE_CELLS, Sector.BIOMATERIALS),
                "limit",
                Text.of("ten", "十"),
                "n",
                3));

    assertThat(text.in(Language.ENGLISH))
        .isEqualTo("Stem cells (Immune cells, Biomaterials), ten: 3");
    assertThat(text.in(Language.CHINESE)).isEqualTo("干细胞（“免疫细胞”、“生物材料”），十：3");
    assertThat(template.factNames()).containsExactly("sector", "sectors", "limit", "n");
  }

  @Test
  void render_date_isIsoInEnglishAndWrittenOutInChinese() {
    Text text =
        Template.of("On {date}.", "{date}。").render(Map.of("date", LocalDate.of(2026, 6, 1)));

    assertThat(text.in(Language.ENGLISH)).isEqualTo("On 2026-06-01.");
    assertThat(text.in(Language.CHINESE)).isEqualTo("2026年6月1日。");
  }

  @Test
  void fieldLabel_isThePathInEnglishAndTheQuotedLabelInChinese() {
    assertThat(FieldLabel.of("primarySector").in(Language.ENGLISH)).isEqualTo("primarySector");
    assertThat(FieldLabel.of("primarySector").in(Language.CHINESE)).isEqualTo("“主要领域”");
    assertThat(FieldLabel.of("sectors[0]").in(Language.CHINESE)).isEqualTo("“所属领域”第 1 项");
    assertThat(FieldLabel.of(Problem.WHOLE).in(Language.CHINESE)).isEqualTo("整个输入");
    assertThat(FieldLabel.of("maturity.stages.DISCOVERY").in(Language.CHINESE))
        .isEqualTo("“maturity.stages.DISCOVERY”");
    assertThat(FieldLabel.ofField("nothing")).isEmpty();
  }

  @Test
  void render_otherFactsThanTheTemplateNames_isRefused() {
    assertThatThrownBy(() -> Template.of("{a}", "{a}").render(Map.of("b", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the template \"{a}\" takes the facts [a], not [b]");
  }

  /** A code of another module, as the JSON binding declares its own. */
  private enum OtherCode implements ProblemCode {
    DUPLICATE_PROPERTY;

    @Override
    public Template template() {
      return Template.of("{path} is given more than once.", "{path}重复出现。");
    }
  }

  @Test
  void problem_of_addsThePathFactAndDescribesItself() {
    Problem problem = Problem.of("sectors[1]", OtherCode.DUPLICATE_PROPERTY);

    assertThat(problem.getMessage(Language.ENGLISH))
        .isEqualTo("sectors[1] is given more than once.");
    assertThat(problem.getMessage(Language.CHINESE)).isEqualTo("“所属领域”第 2 项重复出现。");
    assertThat(problem.describe(Language.ENGLISH))
        .isEqualTo("sectors[1]: sectors[1] is given more than once.");
    assertThat(problem.inFile("p.json").describe(Language.ENGLISH))
        .isEqualTo("p.json: sectors[1]: sectors[1] is given more than once.");
  }
}
