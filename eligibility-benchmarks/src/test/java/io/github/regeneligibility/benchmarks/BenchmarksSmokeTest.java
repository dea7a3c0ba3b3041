package io.github.regeneligibility.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

  static Stream<Arguments> benchmarks() {
    return Stream.of(
        Arguments.of(
            EngineBenchmark.class,
            List.of(
                "assess",
                "assessAndImprove",
                "validateAndAssess",
                "validateAndAssessByHibernateValidator")),
        Arguments.of(ImpactBenchmark.class, List.of("domainImpact", "sensitivity")),
        Arguments.of(RecordsBenchmark.class, List.of("record")),
        Arguments.of(RequestBenchmark.class, List.of("request", "read", "write")),
        Arguments.of(PeerComparisonBenchmark.class, List.of("thisEngine", "easyRules", "drools")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("benchmarks")
  void benchmark_once_scoresEveryMethod(Class<?> type, List<String> methods) throws Exception {
    assertThat(run(type, new OptionsBuilder())).containsExactlyInAnyOrderElementsOf(methods);
  }

  @Test
  void sheets_once_scoresBothPaths() throws Exception {
    assertThat(run(SheetsBenchmark.class, new OptionsBuilder().param("rows", "500")))
        .containsExactlyInAnyOrder("xlsx", "csv");
  }

  @Test
  void exhaustiveSweep_once_scoresTheSweep() throws Exception {
    // Validating all 3.3 M shapes can take a minute on two busy cores. Every 331st shape (9 940)
    // still takes every value of each dimension: origin, role shape, sectors with primary, years.
    assertThat(run(ExhaustiveSweep.class, new OptionsBuilder().param("stride", "331")))
        .containsExactly("sweep");
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
