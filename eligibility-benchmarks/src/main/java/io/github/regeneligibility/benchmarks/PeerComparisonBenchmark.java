package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The default policy assessed by this engine, by Easy Rules 4.1 (Java rules) and by Drools 10
 * (DRL), on the same cohort and in the same run. The peers read every number from the same {@link
 * PolicyEdition} and give tier and score; this engine gives the whole assessment, with a reason for
 * every gate, criterion and tier.
 *
 * <p>Before any timing, the setup checks that all three agree on every application of a {@value
 * Cohort#AGREEMENT_CORPUS}-application corpus that reaches every tier; a disagreement fails the
 * benchmark.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PeerComparisonBenchmark extends OneThreadAverage {
  private final Application[] applications = new Application[EngineBenchmark.COHORT];
  private Assessor assessor;
  private EasyRulesPolicy easyRules;
  private DroolsPolicy drools;
  private int next;

  /**
   * Builds the three engines from the default edition and checks that they agree.
   *
   * @throws IllegalStateException if a peer disagrees with this engine on some application
   */
  @Setup(Level.Trial)
  public void setUp() {
    PolicyEdition edition = Eligibility.defaultEdition();
    assessor = Eligibility.assessor(edition);
    easyRules = new EasyRulesPolicy(edition);
    drools = new DroolsPolicy(edition);
    List<Application> corpus = Cohort.applications(Cohort.AGREEMENT_CORPUS);
    PeerAgreement.check(corpus, assessor, easyRules, drools);
    System.out.printf(
        "Easy Rules and Drools agree with this engine on all %d applications.%n", corpus.size());
    // The timed cohort is EngineBenchmark's: the first applications of the same sequence.
    corpus.subList(0, EngineBenchmark.COHORT).toArray(applications);
  }

  /** Releases the Drools session. */
  @TearDown(Level.Trial)
  public void tearDown() {
    drools.close();
  }

  /** This engine: the whole assessment of the next application. */
  @Benchmark
  public Assessment thisEngine() {
    return assessor.assess(applications[next++ & (EngineBenchmark.COHORT - 1)]);
  }

  /** Easy Rules: tier and score of the next application. */
  @Benchmark
  public Verdict easyRules() {
    return easyRules.assess(applications[next++ & (EngineBenchmark.COHORT - 1)]);
  }

  /** Drools: tier and score of the next application. */
  @Benchmark
  public Verdict drools() {
    return drools.assess(applications[next++ & (EngineBenchmark.COHORT - 1)]);
  }
}
