package io.github.regeneligibility.spring;

import static io.github.regeneligibility.json.PolicyFiles.edition;
import static io.github.regeneligibility.json.PolicyFiles.write;
import static io.github.regeneligibility.spring.Fixtures.bare;
import static io.github.regeneligibility.spring.Fixtures.clockOn;
import static io.github.regeneligibility.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.PolicyFileCode;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.MapAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

/** The health of the rules: the edition in force, a refused change, no edition at all. */
final class EligibilityHealthIndicatorTest {
  private static final PolicyEdition E2026 = edition("2026.1", LocalDate.of(2026, 1, 1));

  /** How long a test waits for the watch to see a change; it looks every second. */
  private static final long WATCH_SECONDS = 30;

  @TempDir Path directory;

  private static Health health(AssertableApplicationContext context) {
    return Objects.requireNonNull(context.getBean(EligibilityHealthIndicator.class).health());
  }

  /** Checks that the health's status is {@code status}; returns an assertion on its details. */
  private static MapAssert<String, Object> details(
      AssertableApplicationContext context, Status status) {
    Health health = health(context);
    assertThat(health.getStatus()).isEqualTo(status);
    return assertThat(health.getDetails());
  }

  @Test
  void health_withAnEditionInForce_isUpNamingIt() {
    runner()
        .run(
            context -> {
              details(context, Status.UP)
                  .containsEntry(
                      "policy",
                      Map.of(
                          "id", "park-intake", "version", "2026.1", "effectiveFrom", "2026-01-01"))
                  .containsEntry("policyProblems", List.of());
            });
  }

  @Test
  void health_withNoEditionInForce_isDownSayingWhy() {
    bare()
        .withBean("own", EligibilityClock.class, () -> clockOn(LocalDate.of(2025, 12, 31)))
        .run(
            context -> {
              details(context, Status.DOWN)
                  .containsEntry(
                      "problem",
                      Map.of(
                          "file", "",
                          "path", "$",
                          "code", "NO_EDITION_TODAY",
                          "message",
                              "No edition is in force today (2025-12-31): the earliest takes"
                                  + " effect on 2026-01-01; add an edition in force today."));
            });
  }

  @Test
  void health_afterARefusedChange_listsItsProblemsInTheLanguageOfTheSettings() {
    runner()
        .withPropertyValues("regen.eligibility.language=CHINESE")
        .run(
            context -> {
              LiveEditions live = context.getBean(LiveEditions.class);
              live.refuse(
                  List.of(
                      Problem.of(
                              Problem.WHOLE,
                              PolicyFileCode.NO_POLICY_FILES,
                              Map.of("directory", "policies"))
                          .inFile("policies")));

              Health refused = health(context);
              live.apply(Eligibility.defaultEditions());
              Health applied = health(context);

              assertThat(refused.getStatus()).isEqualTo(Status.UP);
              assertThat(refused.getDetails())
                  .containsEntry(
                      "policyProblems",
                      List.of(
                          Map.of(
                              "file", "policies",
                              "path", "$",
                              "code", "NO_POLICY_FILES",
                              "message", "目录 policies 中没有政策文件：请将每个政策版本单独存为一个 .json 文件。")));
              assertThat(applied.getDetails()).containsEntry("policyProblems", List.of());
            });
  }

  @Test
  void health_afterABadFileInTheWatchedDirectory_showsTheRefusalAndItsMeter() throws Exception {
    write(directory.resolve("a.json"), E2026);
    runner()
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("regen.eligibility.policies=" + directory)
        .run(
            context -> {
              CountDownLatch refused = new CountDownLatch(1);
              CountDownLatch applied = new CountDownLatch(1);
              context
                  .getBean(LiveEditions.class)
                  .addListener(
                      LiveEditions.Listener.of(
                          editions -> applied.countDown(), problems -> refused.countDown()));

              // Written aside and moved in, so that the watch sees one change, not two.
              Path bad = Files.writeString(directory.resolve("b.json.part"), "{\"id\": ");
              Files.move(bad, directory.resolve("b.json"), StandardCopyOption.ATOMIC_MOVE);
              assertThat(refused.await(WATCH_SECONDS, TimeUnit.SECONDS)).isTrue();
              Health whileRefused = health(context);
              Files.delete(directory.resolve("b.json"));
              assertThat(applied.await(WATCH_SECONDS, TimeUnit.SECONDS)).isTrue();
              Health afterwards = health(context);

              assertThat(whileRefused.getStatus()).isEqualTo(Status.UP);
              assertThat(policyProblems(whileRefused))
                  .singleElement()
                  .satisfies(
                      problem -> {
                        assertThat(problem).containsEntry("file", "b.json");
                        assertThat(problem.get("message")).isNotBlank();
                      });
              assertThat(afterwards.getDetails()).containsEntry("policyProblems", List.of());
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(counted(registry, "refused")).isEqualTo(1.0);
              assertThat(counted(registry, "applied")).isEqualTo(1.0);
            });
  }

  @SuppressWarnings("unchecked") // the indicator's own detail
  private static List<Map<String, String>> policyProblems(Health health) {
    return (List<Map<String, String>>)
        Objects.requireNonNull(health.getDetails().get("policyProblems"));
  }

  private static double counted(MeterRegistry registry, String result) {
    return registry
        .get(EligibilityMeters.RELOADS)
        .tag(EligibilityMeters.RESULT, result)
        .counter()
        .count();
  }
}
