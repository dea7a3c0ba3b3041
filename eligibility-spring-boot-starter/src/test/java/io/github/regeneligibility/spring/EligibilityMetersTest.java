package io.github.regeneligibility.spring;

import static io.github.regeneligibility.spring.Fixtures.VALID;
import static io.github.regeneligibility.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Assessor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

/** The meters, under the reference service's names. */
final class EligibilityMetersTest {

  private static void assessValid(AssertableApplicationContext context, int times) {
    Application application =
        context.getBean(EligibilityJson.class).readApplication(VALID).application().orElseThrow();
    for (int i = 0; i < times; i++) {
      context.getBean(Assessor.class).assess(application);
    }
  }

  @Test
  void assessments_areCountedByTierAndEdition() {
    runner()
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              assessValid(context, 3);

              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(
                      registry
                          .get("eligibility.assessments")
                          .tag("tier", "PRIORITY")
                          .tag("edition", "park-intake@2026.1")
                          .counter()
                          .count())
                  .isEqualTo(3.0);
              // Every tier of the edition is registered at its first assessment, at 0.
              assertThat(registry.get("eligibility.assessments").counters())
                  .hasSize(Tier.values().length);
            });
  }

  @Test
  void assessments_areCountedInTheRegistryOfSpringBootsMetricsAutoConfiguration() {
    // Listed first: @AutoConfiguration(afterName = ...) still puts the starter after the registry.
    runner()
        .withConfiguration(
            AutoConfigurations.of(
                EligibilityAutoConfiguration.class,
                MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(EligibilityMeters.class);
              assessValid(context, 1);

              assertThat(
                      context
                          .getBean(MeterRegistry.class)
                          .get(EligibilityMeters.ASSESSMENTS)
                          .tag(EligibilityMeters.TIER, "PRIORITY")
                          .counter()
                          .count())
                  .isEqualTo(1.0);
            });
  }

  @Test
  void reloads_areRegisteredAtZeroBeforeAnyChange() {
    runner()
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(registry.get("eligibility.edition.reloads").counters())
                  .extracting(c -> c.getId().getTag("result"), c -> c.count())
                  .containsExactlyInAnyOrder(tuple("applied", 0.0), tuple("refused", 0.0));
            });
  }
}
