package io.github.regeneligibility.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CompareEditionsTest {

  private static final Pattern CHANGE = Pattern.compile("(\\S+): (\\w+) → (\\w+), score .*");

  private static Path policy2027() {
    return Path.of(System.getProperty("regen.policies", "../policies"))
        .resolve("park-intake-2027.1.json");
  }

  private static List<String> compare(PolicyEdition before, PolicyEdition after)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Reader cohort = new InputStreamReader(ScreenCohort.bundled(), StandardCharsets.UTF_8)) {
      CompareEditions.compare(
          cohort, before, after, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> compare2026With2027() throws Exception {
    return compare(Eligibility.defaultEdition(), EligibilityJson.create().readPolicy(policy2027()));
  }

  @Test
  void policyFile2027_isTheDefaultEditionWithItsFourChanges() throws Exception {
    PolicyEdition expected =
        new PolicyEdition.Builder()
            .from(Eligibility.defaultEdition())
            .version("2027.1")
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .horizonLimit(8)
            .eligibilityThreshold(65)
            .build();

    assertThat(EligibilityJson.create().readPolicy(policy2027())).isEqualTo(expected);
  }

  @Test
  void compare_2026With2027_changesExactlyTheApplicationsWorkedOutByHand() throws Exception {
    List<String> changes =
        compare2026With2027().stream()
            .map(CHANGE::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1) + " " + m.group(2) + " → " + m.group(3))
            .toList();

    // 2027.1 keeps every point of 2026.1, so scores stay; tiers move only where the horizon
    // limit (10 → 8) or the threshold (60 → 65) decides:
    // - 9 or 10 years now fail the HORIZON gate: RM-010 (PRIORITY, 9 years), RM-011 (RESERVE,
    //   9 years), RM-013 (ELIGIBLE, 10 years) become INELIGIBLE.
    // - ELIGIBLE by score 60-64 falls below 65: RM-002 (30 + 10 + 15 + 8 = 63) and RM-014
    //   (20 + 20 + 15 + 5 = 60) become RESERVE; RM-013 (62) is already INELIGIBLE.
    // Unchanged near the lines: RM-005 (65) and RM-012 (66) reach 65; RM-006 and RM-019 are
    // PRIORITY at 8 and 6 years; RM-007 (11 years) was INELIGIBLE already.
    assertThat(changes)
        .containsExactly(
            "RM-002 ELIGIBLE → RESERVE",
            "RM-010 PRIORITY → INELIGIBLE",
            "RM-011 RESERVE → INELIGIBLE",
            "RM-013 ELIGIBLE → INELIGIBLE",
            "RM-014 ELIGIBLE → RESERVE");
  }

  @Test
  void compare_2026With2027_printsOnlyTheReasonsThatDiffer() throws Exception {
    List<String> output = compare2026With2027();

    assertThat(output)
        .containsSubsequence(
            "RM-010: PRIORITY → INELIGIBLE, score 82 → 82",
            "  gate HORIZON:",
            "    - HORIZON_WITHIN_LIMIT: 9 years to industrialisation are within the limit of 10"
                + " years.",
            "    + HORIZON_BEYOND_LIMIT: 9 years to industrialisation exceed the limit of 8 years.",
            "  tier:",
            "    - TIER_PRIORITY_MILESTONE: Priority: a product at stage Pivotal clinical trial, at"
                + " or past the milestone Clinical research approved.",
            "    + TIER_GATE_FAILED: Ineligible: failed gates: Horizon.",
            "",
            "RM-011: RESERVE → INELIGIBLE, score 50 → 50");
    assertThat(output)
        .containsSubsequence(
            "RM-014: ELIGIBLE → RESERVE, score 60 → 60",
            "  gate HORIZON:",
            "    - HORIZON_WITHIN_LIMIT: 4 years to industrialisation are within the limit of 10"
                + " years.",
            "    + HORIZON_WITHIN_LIMIT: 4 years to industrialisation are within the limit of 8"
                + " years.",
            "  tier:",
            "    - TIER_SCORE_AT_THRESHOLD: Eligible: score 60 reaches the threshold of 60.",
            "    + TIER_SCORE_BELOW_THRESHOLD: Strategic reserve: score 60 is below the threshold"
                + " of 65.",
            "");
    // The criteria's points are the same under both editions, so no criterion is listed.
    assertThat(output).noneMatch(line -> line.startsWith("  criterion "));
  }

  @Test
  void compare_2026With2027_reportsTheCountsAndTheInvalidRows() throws Exception {
    List<String> output = compare2026With2027();

    assertThat(output)
        .startsWith(
            "Comparing park-intake 2026.1 (in force from 2026-01-01) with park-intake 2027.1"
                + " (in force from 2027-01-01)",
            "32 rows: 28 assessed, 4 invalid and not assessed (lines 11, 20, 27, 33)")
        .endsWith(
            "5 of 28 applications change tier.",
            "Tiers under park-intake 2026.1: 7 PRIORITY, 12 ELIGIBLE, 6 RESERVE, 3 INELIGIBLE",
            "Tiers under park-intake 2027.1: 6 PRIORITY, 9 ELIGIBLE, 7 RESERVE, 6 INELIGIBLE");
  }

  @Test
  void compare_anEditionWithItself_changesNothing() throws IOException {
    List<String> output = compare(Eligibility.defaultEdition(), Eligibility.defaultEdition());

    assertThat(output).noneMatch(line -> CHANGE.matcher(line).matches());
    assertThat(output).contains("0 of 28 applications change tier.");
  }

  @Test
  void run_policyFileGiven_comparesTheDefaultEditionWithIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    CompareEditions.run(
        new String[] {policy2027().toString()},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .contains("5 of 28 applications change tier.");
  }

  @Test
  void run_policyFileBreakingAPromise_isRefusedNamingTheParameter(@TempDir Path directory)
      throws IOException {
    Path broken = directory.resolve("broken.json");
    Files.writeString(
        broken,
        Files.readString(policy2027())
            .replace("\"eligibilityThreshold\" : 65", "\"eligibilityThreshold\" : 165"));

    assertThatThrownBy(
            () ->
                CompareEditions.run(
                    new String[] {broken.toString()},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            PolicyFileException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getPath)
                    .containsExactly("eligibilityThreshold"));
  }
}
