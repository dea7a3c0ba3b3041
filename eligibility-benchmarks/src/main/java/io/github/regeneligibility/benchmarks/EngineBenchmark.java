package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One assessment on one thread, for a fixed mixed cohort of {@value #COHORT} applications (every
 * tier): {@link #assess} times the engine alone on valid applications, {@link #validateAndAssess}
 * adds validating the submitted form first as the service does ({@link
 * ApplicationValidator#shared()}, whose fast path recognises valid forms), {@link
 * #validateAndAssessByHibernateValidator} the same with Hibernate Validator checking every form,
 * for comparison, and {@link #assessAndImprove} adds listing the improvements (the single-field
 * changes that would lift the tier). Each call takes the next application of the cohort, so branch
 * predictors and caches see a realistic mix. Run with {@code -prof gc} for the bytes allocated per
 * assessment ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark extends OneThreadAverage {
  /** The cohort's size: a power of two, so that the next index is a mask away. */
  static final int COHORT = 1 << 10;

  private final Assessor assessor = Eligibility.assessor(Eligibility.defaultEdition());
  private final ApplicationValidator validator = ApplicationValidator.shared();
  private final ApplicationValidator hibernateValidator =
      ApplicationValidator.hibernateValidatorOnly();
  private final Application[] applications = new Application[COHORT];
  private final ApplicationForm[] forms = new ApplicationForm[COHORT];
  private int next;

  /** Builds the cohort: the same forms, and their applications, on every run. */
  @Setup
  public void setUp() {
    Cohort.forms(COHORT).toArray(forms);
    for (int i = 0; i < COHORT; i++) {
      applications[i] = validator.validate(forms[i]).orElseThrow();
    }
  }

  /** Assesses the next valid application. */
  @Benchmark
  public Assessment assess() {
    return assessor.assess(applications[next++ & (COHORT - 1)]);
  }

  /**
   * Assesses the next valid application and lists its improvements: the extra cost is that of
   * re-running the engine on each candidate change.
   */
  @Benchmark
  public Object assessAndImprove() {
    Assessment assessment = assessor.assess(applications[next++ & (COHORT - 1)]);
    return assessor.improvements(assessment);
  }

  /** Validates the next submitted form as the service does and assesses the application. */
  @Benchmark
  public Assessment validateAndAssess() {
    return assessor.assess(validator.validate(forms[next++ & (COHORT - 1)]).orElseThrow());
  }

  /** Validates the next submitted form with Hibernate Validator alone and assesses it. */
  @Benchmark
  public Assessment validateAndAssessByHibernateValidator() {
    return assessor.assess(hibernateValidator.validate(forms[next++ & (COHORT - 1)]).orElseThrow());
  }
}
