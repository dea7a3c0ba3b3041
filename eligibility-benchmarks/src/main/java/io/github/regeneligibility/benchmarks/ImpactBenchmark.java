package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.ImpactAnalysis;
import io.github.regeneligibility.rules.ParameterSensitivity;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyImpact;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Policy impact on one thread: the whole-domain impact of the default edition against the 2027.1
 * edition of the policy files (a horizon limit of 8, a threshold of 65), and the sensitivity of
 * every numeric parameter of the default edition. Each operation is one full analysis.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImpactBenchmark extends OneThreadAverage {
  private final PolicyEdition from = Eligibility.defaultEdition();
  private final PolicyEdition to =
      new PolicyEdition.Builder()
          .from(from)
          .version("2027.1")
          .effectiveFrom(LocalDate.of(2027, 1, 1))
          .horizonLimit(8)
          .eligibilityThreshold(65)
          .build();

  /** The impact of 2026.1 → 2027.1 over every valid application shape. */
  @Benchmark
  public PolicyImpact domainImpact() {
    return ImpactAnalysis.domain(from, to);
  }

  /** The sensitivity of each of the default edition's 31 numeric parameters, ±1. */
  @Benchmark
  public List<ParameterSensitivity> sensitivity() {
    return ImpactAnalysis.sensitivity(from, parameter -> {});
  }
}
