package io.github.regeneligibility.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The results workbook: its summary counts what its results sheet lists, in either language. */
final class ResultsWorkbookTest {
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());

  @Test
  void theSummaryCountsTheResultsByTierAndTheResultsListEachRow() throws IOException {
    List<WorkbookApplications.Row> rows =
        TestWorkbooks.rows(
            WorkbookApplicationsTest.class.getResourceAsStream("applications.xlsx").readAllBytes());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsWorkbook results =
        ResultsWorkbook.open(
            out,
            Language.CHINESE,
            ASSESSOR.getEdition().getReference(),
            ZonedDateTime.of(2026, 6, 1, 2, 30, 0, 0, ZoneOffset.UTC));
    List<Assessment> assessed = new ArrayList<>();
    for (WorkbookApplications.Row row : rows) {
      if (row.input().isValid()) {
        Assessment assessment = ASSESSOR.assess(row.input().application().orElseThrow());
        assessed.add(assessment);
        results.assessed(
            row.row(), assessment, ASSESSOR.improvements(assessment).stream().findFirst());
      } else {
        results.refused(
            row.row(), row.id(), ProblemDocument.invalidApplication(row.input().problems(), 0));
      }
    }
    results.finish();

    Map<Integer, Map<String, String>> summary = TestWorkbooks.cells(out.toByteArray(), 1);
    Map<Integer, Map<String, String>> sheet = TestWorkbooks.cells(out.toByteArray(), 2);

    assertThat(summary.values())
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("A", "筛选时间（北京时间）")
                    .containsEntry("B", "2026-06-01 10:30:00"))
        .anySatisfy(r -> assertThat(r).containsEntry("A", "筛选行数").containsEntry("B", "4"))
        .anySatisfy(r -> assertThat(r).containsEntry("A", "有问题的行数").containsEntry("B", "1"));
    for (Tier tier : Tier.values()) {
      long count = assessed.stream().filter(a -> a.getTier() == tier).count();
      assertThat(summary.values())
          .anySatisfy(
              r ->
                  assertThat(r)
                      .containsEntry("A", tier.label(Language.CHINESE))
                      .containsEntry("B", String.valueOf(count)));
    }
    assertThat(sheet).hasSize(1 + rows.size());
    assertThat(sheet.get(1)).containsEntry("A", "行号").containsEntry("B", "申请编号");
    assertThat(sheet.get(2))
        .containsEntry("A", "2")
        .containsEntry("B", "APP-001")
        .containsEntry("C", "干细胞治疗膝骨关节炎")
        .containsEntry("E", assessed.get(0).getTier().label(Language.CHINESE))
        .containsEntry("F", String.valueOf(assessed.get(0).getScore()));
    Map<String, String> refused = sheet.get(4);
    assertThat(refused).containsEntry("A", "5").containsEntry("B", "APP-003");
    assertThat(refused)
        .hasEntrySatisfying(
            "N",
            problems -> assertThat(problems).contains("单元格 '申请表'!C5：").contains("单元格 '申请表'!I5："));
    assertThat(TestWorkbooks.part(out.toByteArray(), "xl/worksheets/sheet2.xml"))
        .contains("ySplit=\"1\"", "state=\"frozen\"")
        .contains("<autoFilter ref=\"A1:N");
  }

  @Test
  void theTemplateHasDropDownsHintsAndAnExplanatorySheet() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateWorkbook.write(out, Language.CHINESE);
    byte[] template = out.toByteArray();

    String form = TestWorkbooks.part(template, "xl/worksheets/sheet1.xml");
    assertThat(form).contains("<dataValidations count=\"5\">").contains("type=\"list\"");
    assertThat(TestWorkbooks.part(template, "xl/workbook.xml"))
        .contains(
            "name=\"&#x7533;&#x8bf7;&#x8868;\"",
            "name=\"&#x586b;&#x5199;&#x8bf4;&#x660e;\""); // 申请表, 填写说明
    assertThat(TestWorkbooks.part(template, "xl/comments1.xml"))
        .contains("<comment ref=\"A1\"", "<comment ref=\"F1\"", "<comment ref=\"J1\"")
        .contains("&#x3001;"); // the hint on sectors names their separator, 、
    Map<Integer, Map<String, String>> guide = TestWorkbooks.cells(template, 2);
    assertThat(guide.get(2)).containsEntry("A", "申请编号").containsEntry("B", "id");
    assertThat(guide.values()).anySatisfy(r -> assertThat(r).containsValue("STEM_CELLS"));
    assertThat(Optional.ofNullable(TestWorkbooks.cells(template, 1).get(1)).orElseThrow())
        .containsEntry("A", "申请编号")
        .containsEntry("J", "距产业化年限");
  }
}
