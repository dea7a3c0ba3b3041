package io.github.regeneligibility.spring;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.LiveEditions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * Auto-configuration of the rules. Each bean backs off when the application defines its own of the
 * same type (the health indicator, of the same name): the {@link EligibilityClock}, the {@link
 * ApplicationValidator}, the JSON binding ({@link EligibilityJson}, validating with that
 * validator), the {@link LiveEditions} the settings name, and an {@link Assessor} of the edition in
 * force at each call. Where their modules are present it adds the health indicator ({@code
 * management.health.eligibility.enabled}), the info contributor ({@code
 * management.info.eligibility.enabled}), the meters (with a {@link MeterRegistry} bean) and, in a
 * servlet web application, the problem answers.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@EnableConfigurationProperties(EligibilityProperties.class)
public class EligibilityAutoConfiguration {

  /** An auto-configuration, made by Spring Boot. */
  public EligibilityAutoConfiguration() {}

  /** The clock that tells "today": the system clock in Asia/Shanghai. */
  @Bean
  @ConditionalOnMissingBean
  public EligibilityClock eligibilityClock() {
    return EligibilityClock.system();
  }

  /** The shared validator of applications. */
  @Bean
  @ConditionalOnMissingBean
  public ApplicationValidator eligibilityApplicationValidator() {
    return ApplicationValidator.shared();
  }

  /** The JSON binding, validating with {@code validator}. */
  @Bean
  @ConditionalOnMissingBean
  public EligibilityJson eligibilityJson(ApplicationValidator validator) {
    return EligibilityJson.create(validator);
  }

  /** The assessor of the edition in force at each call, counting into the meters if any. */
  @Bean
  @ConditionalOnMissingBean
  public Assessor eligibilityAssessor(
      LiveEditions editions, ObjectProvider<EligibilityMeters> meters) {
    EligibilityMeters counted = meters.getIfAvailable();
    return new LiveAssessor(editions, counted == null ? assessment -> {} : counted::assessed);
  }

  /** The editions the settings name, unless the application serves its own. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(LiveEditions.class)
  static class EditionsConfiguration {

    /** Where the editions come from; closed (its watch stopped) with the context. */
    @Bean
    PolicySource eligibilityPolicySource(EligibilityProperties properties, EligibilityClock clock) {
      return PolicySource.open(properties, clock);
    }

    /** The editions served. */
    @Bean
    LiveEditions eligibilityEditions(PolicySource source) {
      return source.editions();
    }
  }

  /** The health indicator, where Spring Boot's health module is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("eligibility")
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "eligibilityHealthIndicator")
    EligibilityHealthIndicator eligibilityHealthIndicator(
        LiveEditions editions, EligibilityProperties properties) {
      return new EligibilityHealthIndicator(editions, properties.language());
    }
  }

  /** The info contributor, where the actuator is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InfoContributor.class)
  @ConditionalOnEnabledInfoContributor("eligibility")
  static class InfoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EligibilityInfoContributor eligibilityInfoContributor(LiveEditions editions) {
      return new EligibilityInfoContributor(editions);
    }
  }

  /** The meters, where Micrometer and a registry are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnBean(MeterRegistry.class)
  static class MetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EligibilityMeters eligibilityMeters(MeterRegistry registry, LiveEditions editions) {
      return new EligibilityMeters(registry, editions);
    }
  }

  /** The problem answers, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(ProblemDetail.class)
  static class WebConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EligibilityProblemAdvice eligibilityProblemAdvice() {
      return new EligibilityProblemAdvice();
    }
  }
}
