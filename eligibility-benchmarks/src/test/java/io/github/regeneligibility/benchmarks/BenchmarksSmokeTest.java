package io.github.regeneligibility.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, in this JVM, with one short measurement and no warm-up: not to measure
 * anything, but so that a benchmark that no longer sets up or runs (its setup throws, a resource is
 * missing) fails the build. Full runs use {@code target/benchmarks.jar}.
 */
final class BenchmarksSmokeTest {

  @Test
  void engineBenchmark_once_scoresEveryMethod() throws Exception {
    assertThat(run(EngineBenchmark.class))
        .containsExactlyInAnyOrder(
            "assess",
            "assessAndImprove",
            "validateAndAssess",
            "validateAndAssessByHibernateValidator");
  }

  @Test
  void impactBenchmark_once_scoresEveryMethod() throws Exception {
    assertThat(run(ImpactBenchmark.class)).containsExactlyInAnyOrder("domainImpact", "sensitivity");
  }

  @Test
  void peerComparisonBenchmark_once_scoresEveryEngine() throws Exception {
    assertThat(run(PeerComparisonBenchmark.class))
        .containsExactlyInAnyOrder("thisEngine", "easyRules", "drools");
  }

  @Test
  void exhaustiveSweep_once_scoresTheSweep() throws Exception {
    // Validating all 3.3 M shapes can take a minute on two busy cores. Every 331st shape (9 940)
    // still takes every value of each dimension: origin, role shape, sectors with primary, years.
    assertThat(run(ExhaustiveSweep.class, new OptionsBuilder().param("stride", "331")))
        .containsExactly("sweep");
  }

  private static Collection<String> run(Class<?> type) throws Exception {
    return run(type, new OptionsBuilder());
  }

  /** Runs the benchmarks of {@code type} once; returns the methods that gave a positive score. */
  private static Collection<String> run(Class<?> type, ChainedOptionsBuilder settings)
      throws Exception {
    Path output = Files.createDirectories(Path.of("target", "jmh-smoke"));
    Options options =
        settings
            .include("^" + Pattern.quote(type.getName()) + "\\.")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .shouldFailOnError(true)
            .output(output.resolve(type.getSimpleName() + ".txt").toString())
            .build();
    return new Runner(options)
        .run().stream()
            .filter(result -> result.getPrimaryResult().getScore() > 0)
            .map(result -> result.getParams().getBenchmark())
            .map(name -> name.substring(name.lastIndexOf('.') + 1))
            .collect(Collectors.toList());
  }
}
