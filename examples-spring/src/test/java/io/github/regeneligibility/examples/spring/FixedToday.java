package io.github.regeneligibility.examples.spring;

import io.github.regeneligibility.spring.EligibilityClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The tests' "today", {@link ReferenceService#TODAY}, given to the starter as an {@link
 * EligibilityClock} bean: the one the starter would define backs off. Imported by every
 * {@code @SpringBootTest} here, so that they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class FixedToday {

  @Bean
  EligibilityClock eligibilityClock() {
    return new EligibilityClock(ReferenceService.clock());
  }
}
