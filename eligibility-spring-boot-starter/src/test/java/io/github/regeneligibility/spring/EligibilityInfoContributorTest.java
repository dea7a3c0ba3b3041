package io.github.regeneligibility.spring;

import static io.github.regeneligibility.json.PolicyFiles.edition;
import static io.github.regeneligibility.json.PolicyFiles.write;
import static io.github.regeneligibility.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;

/** The editions served, in the info endpoint. */
final class EligibilityInfoContributorTest {

  @Test
  void contribute_listsEveryEditionWithItsStatusToday(@TempDir Path directory) throws Exception {
    write(directory.resolve("a.json"), edition("2025.1", LocalDate.of(2025, 1, 1)));
    write(directory.resolve("b.json"), edition("2026.1", LocalDate.of(2026, 1, 1)));
    write(directory.resolve("c.json"), edition("2027.1", LocalDate.of(2027, 1, 1)));
    runner()
        .withPropertyValues("regen.eligibility.policies=" + directory)
        .run(
            context -> {
              Info.Builder info = new Info.Builder();
              context.getBean(EligibilityInfoContributor.class).contribute(info);

              assertThat(info.build().getDetails())
                  .containsExactly(
                      Map.entry(
                          "eligibility",
                          Map.of(
                              "editions",
                              List.of(
                                  described("2025.1", "2025-01-01", "SUPERSEDED"),
                                  described("2026.1", "2026-01-01", "IN_FORCE"),
                                  described("2027.1", "2027-01-01", "SCHEDULED")))));
            });
  }

  private static Map<String, String> described(String version, String from, String status) {
    return Map.of("id", "park-intake", "version", version, "effectiveFrom", from, "status", status);
  }
}
