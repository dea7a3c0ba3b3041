package io.github.regeneligibility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class AssessOneTest {

  @Test
  void run_cartilageMscAtClinicalApproval_printsPriorityWithEveryReasonInBothLanguages() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssessOne.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // INNOVATOR, primary STEM_CELLS (+ TISSUE_ENGINEERING), DRUG, CLINICAL_APPROVED, 4 years:
    // sector fit 30 (primary is a focus sector) + maturity 24 (CLINICAL_APPROVED)
    // + horizon 15 (band 3-5 years) + role 8 (INNOVATOR) = 77. Both gates pass (a focus sector;
    // 4 <= 10 years), and a product at the CLINICAL_APPROVED milestone is PRIORITY whatever its
    // score.
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "PRIORITY, score 77",
            "Priority: a product at stage Clinical research approved, at or past the milestone"
                + " Clinical research approved.",
            "  Stem cells is a focus sector of the park.",
            "  4 years to industrialisation are within the limit of 10 years.",
            "  The primary sector Stem cells is a focus sector: 30 of 30 points.",
            "  Stage Clinical research approved: 24 of 40 points.",
            "  4 years to industrialisation fall in the band of 3 to 5 years: 15 of 20 points.",
            "  Role Innovator: 8 of 10 points.",
            "重点引进项目：产品研发阶段为“已取得临床研究批件”，已达到或超过“已取得临床研究批件”。",
            "  所属领域“干细胞”属于园区重点领域。",
            "  距产业化 4 年，在 10 年的产业化时限之内。",
            "  主要领域“干细胞”属于重点领域：得 30 分（满分 30 分）。",
            "  研发阶段为“已取得临床研究批件”：得 24 分（满分 40 分）。",
            "  距产业化 4 年，属于 3 至 5 年档：得 15 分（满分 20 分）。",
            "  企业类型为“原研原创企业”：得 8 分（满分 10 分）。");
  }
}
