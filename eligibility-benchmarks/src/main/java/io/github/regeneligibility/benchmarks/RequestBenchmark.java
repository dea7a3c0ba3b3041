package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.Improvement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the service does for one {@code POST /v1/assessments} beyond HTTP, on one thread, for the
 * same mixed cohort as {@link EngineBenchmark}, each body the application as JSON: {@link #request}
 * reads the body into a validated application, assesses it, lists its improvements and writes the
 * answer as UTF-8 JSON, as the route does; {@link #read} and {@link #write} time the two ends
 * alone. Against the HTTP benchmark's bare Javalin echo (bench/http.sh), this is the part of a
 * request that the service adds to the framework's own.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestBenchmark extends OneThreadAverage {
  private final EligibilityJson json = EligibilityJson.create();
  private final Assessor assessor = Eligibility.assessor(Eligibility.defaultEdition());
  private final byte[][] bodies = new byte[EngineBenchmark.COHORT][];
  private final Assessment[] assessments = new Assessment[EngineBenchmark.COHORT];
  private final List<List<Improvement>> improvements = new ArrayList<>();
  private int next;

  /** Builds the cohort's bodies, and their assessments for {@link #write}. */
  @Setup
  public void setUp() {
    ApplicationValidator validator = ApplicationValidator.shared();
    List<Application> applications =
        Cohort.forms(EngineBenchmark.COHORT).stream()
            .map(form -> validator.validate(form).orElseThrow())
            .toList();
    for (int i = 0; i < EngineBenchmark.COHORT; i++) {
      bodies[i] = json.writeApplication(applications.get(i)).getBytes(StandardCharsets.UTF_8);
      assessments[i] = assessor.assess(applications.get(i));
      improvements.add(assessor.improvements(assessments[i]));
    }
  }

  /** Reads, validates, assesses, improves and writes the next body, as the route does. */
  @Benchmark
  public byte[] request() {
    Application application =
        json.readApplication(bodies[next++ & (EngineBenchmark.COHORT - 1)])
            .application()
            .orElseThrow();
    Assessment assessment = assessor.assess(application);
    return json.writeAssessmentUtf8(
        assessment, assessor.improvements(assessment), Language.ENGLISH);
  }

  /** Reads and validates the next body. */
  @Benchmark
  public Application read() {
    return json.readApplication(bodies[next++ & (EngineBenchmark.COHORT - 1)])
        .application()
        .orElseThrow();
  }

  /** Writes the next assessment and its improvements. */
  @Benchmark
  public byte[] write() {
    int i = next++ & (EngineBenchmark.COHORT - 1);
    return json.writeAssessmentUtf8(assessments[i], improvements.get(i), Language.ENGLISH);
  }
}
