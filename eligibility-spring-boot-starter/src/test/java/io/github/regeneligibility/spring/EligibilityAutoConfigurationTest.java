package io.github.regeneligibility.spring;

import static io.github.regeneligibility.spring.Fixtures.JUNE_2026;
import static io.github.regeneligibility.spring.Fixtures.VALID;
import static io.github.regeneligibility.spring.Fixtures.bare;
import static io.github.regeneligibility.spring.Fixtures.clockOn;
import static io.github.regeneligibility.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.ProblemDetail;

/** The beans the starter defines, and how each backs off for the application's own. */
final class EligibilityAutoConfigurationTest {

  @Test
  void defaults_defineEveryBean() {
    bare()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(EligibilityClock.class).clock().getZone())
                  .isEqualTo(Eligibility.DEFAULT_ZONE);
              assertThat(context.getBean(ApplicationValidator.class))
                  .isSameAs(ApplicationValidator.shared());
              assertThat(context).hasSingleBean(EligibilityJson.class);
              assertThat(context.getBean(LiveEditions.class).current().getEditions())
                  .containsExactly(Eligibility.defaultEdition());
              assertThat(context).hasSingleBean(Assessor.class);
              assertThat(context).hasSingleBean(EligibilityHealthIndicator.class);
              assertThat(context).hasSingleBean(EligibilityInfoContributor.class);
              // No registry, and not a web application: neither meters nor problem answers.
              assertThat(context).doesNotHaveBean(EligibilityMeters.class);
              assertThat(context).doesNotHaveBean(EligibilityProblemAdvice.class);
            });
  }

  @Test
  void assessor_readsAndAssessesWithTheBeans() {
    runner()
        .run(
            context -> {
              Application application =
                  context
                      .getBean(EligibilityJson.class)
                      .readApplication(VALID)
                      .application()
                      .orElseThrow();
              Assessor assessor = context.getBean(Assessor.class);
              Assessment assessment = assessor.assess(application);

              assertThat(assessment.getTier()).isEqualTo(Tier.PRIORITY);
              assertThat(assessment.getScore()).isEqualTo(100);
              assertThat(assessor.getEdition()).isEqualTo(Eligibility.defaultEdition());
            });
  }

  /** A bean of the application's own, of a type the starter also defines. */
  record Own<T>(Class<T> type, Supplier<T> bean) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Own<?>> ownBeans() {
    return Stream.of(
        new Own<>(EligibilityClock.class, () -> clockOn(JUNE_2026)),
        new Own<>(ApplicationValidator.class, ApplicationValidator::hibernateValidatorOnly),
        new Own<>(EligibilityJson.class, EligibilityJson::create),
        new Own<>(LiveEditions.class, () -> LiveEditions.of(Eligibility.defaultEditions())),
        new Own<>(Assessor.class, () -> Eligibility.assessor(Eligibility.defaultEdition())),
        new Own<>(
            EligibilityInfoContributor.class,
            () -> new EligibilityInfoContributor(LiveEditions.of(Eligibility.defaultEditions()))),
        new Own<>(
            EligibilityMeters.class,
            () ->
                new EligibilityMeters(
                    new SimpleMeterRegistry(), LiveEditions.of(Eligibility.defaultEditions()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownBeans")
  void eachBean_backsOffForTheApplicationsOwn(Own<?> own) {
    withOwn(bare().withBean(MeterRegistry.class, SimpleMeterRegistry::new), own)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(own.type());
              assertThat(context.getBeanNamesForType(own.type())).containsExactly("own");
            });
  }

  private static <T> ApplicationContextRunner withOwn(ApplicationContextRunner runner, Own<T> own) {
    return runner.withBean("own", own.type(), own.bean());
  }

  @Test
  void liveEditions_ofTheApplication_leaveNoPolicySourceBehind() {
    LiveEditions own = LiveEditions.of(Eligibility.defaultEditions());
    runner()
        .withBean(LiveEditions.class, () -> own)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(PolicySource.class);
              assertThat(context.getBean(Assessor.class).getEdition())
                  .isEqualTo(Eligibility.defaultEdition());
              assertThat(context.getBean(EligibilityInfoContributor.class)).isNotNull();
            });
  }

  @Test
  void healthIndicator_backsOffForOneOfTheSameName() {
    HealthIndicator own = () -> Health.outOfService().build();
    runner()
        .withBean("eligibilityHealthIndicator", HealthIndicator.class, () -> own)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(EligibilityHealthIndicator.class);
              assertThat(context.getBean("eligibilityHealthIndicator")).isSameAs(own);
            });
  }

  @Test
  void healthIndicator_canBeSwitchedOff() {
    runner()
        .withPropertyValues("management.health.eligibility.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(EligibilityHealthIndicator.class));
  }

  @Test
  void infoContributor_canBeSwitchedOff() {
    runner()
        .withPropertyValues("management.info.eligibility.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(EligibilityInfoContributor.class));
  }

  @Test
  void problemAdvice_inAServletWebApplication_isDefinedAndBacksOff() {
    WebApplicationContextRunner web =
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EligibilityAutoConfiguration.class));
    EligibilityProblemAdvice own = new EligibilityProblemAdvice();

    web.run(context -> assertThat(context).hasSingleBean(EligibilityProblemAdvice.class));
    web.withBean("own", EligibilityProblemAdvice.class, () -> own)
        .run(
            context ->
                assertThat(context.getBeanNamesForType(EligibilityProblemAdvice.class))
                    .containsExactly("own"));
  }

  @Test
  void anApplicationsOwnClock_doesNotChangeToday() {
    Clock utcIn2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    bare()
        .withBean(Clock.class, () -> utcIn2025)
        .run(
            context -> {
              EligibilityClock clock = context.getBean(EligibilityClock.class);
              assertThat(clock.clock()).isNotSameAs(utcIn2025);
              assertThat(clock.clock().getZone()).isEqualTo(Eligibility.DEFAULT_ZONE);
              assertThat(context.getBean(LiveEditions.class).current().today())
                  .isEqualTo(LocalDate.now(Clock.system(Eligibility.DEFAULT_ZONE)));
            });
  }

  @Test
  void theEligibilityClock_tellsTheEditionsToday() {
    bare()
        .withBean("own", EligibilityClock.class, () -> clockOn(LocalDate.of(2026, 12, 31)))
        .run(
            context ->
                assertThat(context.getBean(LiveEditions.class).current().today())
                    .isEqualTo(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void withoutMicrometerTheActuatorTheHealthModuleOrSpringWeb_theRulesStillRun() {
    // The classes the conditions name are hidden, as Spring Boot's own tests hide them: hiding
    // whole packages would hide the condition classes the runner loads through this loader.
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EligibilityAutoConfiguration.class))
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(
            new FilteredClassLoader(
                MeterRegistry.class,
                HealthIndicator.class,
                InfoContributor.class,
                ProblemDetail.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(Assessor.class);
              assertThat(context).hasSingleBean(LiveEditions.class);
              assertThat(context).doesNotHaveBean(EligibilityHealthIndicator.class);
              assertThat(context).doesNotHaveBean(EligibilityInfoContributor.class);
              assertThat(context).doesNotHaveBean(EligibilityMeters.class);
              assertThat(context).doesNotHaveBean(EligibilityProblemAdvice.class);
            });
  }
}
