package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The time to assess every valid application shape of the default edition ({@value
 * ApplicationShapes#COUNT} applications, see {@link ApplicationShapes}) on one thread: what a law
 * checked over the whole input domain, rather than a sample, costs. The applications are validated
 * once in the setup, which is not timed; each operation is one full sweep.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExhaustiveSweep extends OneThreadAverage {
  /**
   * Sweeps every {@code stride}-th shape only. The default, 1, is the whole domain; the build's
   * smoke pass uses a larger stride so that validating the shapes does not dominate it.
   */
  @Param("1")
  public int stride;

  private final Assessor assessor = Eligibility.assessor(Eligibility.defaultEdition());
  private Application[] shapes = new Application[0];

  /** Validates the shapes once, on all cores. */
  @Setup
  public void setUp() {
    shapes = ApplicationShapes.every(stride);
  }

  /** Assesses every shape once. */
  @Benchmark
  public void sweep(Blackhole blackhole) {
    for (Application shape : shapes) {
      blackhole.consume(assessor.assess(shape));
    }
  }
}
