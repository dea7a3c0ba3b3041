package io.github.regeneligibility.benchmarks;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run settings every benchmark of this module shares, inherited by JMH from this superclass:
 * the average time of one operation on one thread, three one-second warm-up iterations, five
 * one-second measured ones, one fork. Each benchmark adds its own {@code @State} and {@code
 * OutputTimeUnit}; the command line overrides any of these.
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class OneThreadAverage {
  /** For subclasses only. */
  protected OneThreadAverage() {}
}
