/**
 * JMH benchmarks of the rule engine: {@link EngineBenchmark} (one thread, with and without
 * validation), {@link PeerComparisonBenchmark} (the same default policy in Easy Rules and in
 * Drools) and {@link ExhaustiveSweep} (every valid application shape of the default edition).
 *
 * <p>Run them with {@code java -jar eligibility-benchmarks/target/benchmarks.jar}; the module's
 * tests run each once with tiny settings so that they never rot.
 */
@NullMarked
package io.github.regeneligibility.benchmarks;

import org.jspecify.annotations.NullMarked;
