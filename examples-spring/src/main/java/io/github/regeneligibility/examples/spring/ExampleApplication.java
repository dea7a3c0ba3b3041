package io.github.regeneligibility.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that assesses applications through the eligibility starter: {@code POST
 * /v1/assessments} and {@code GET /v1/policy/editions} answered as the reference service answers
 * them, and the actuator's health, info, metrics and Prometheus endpoints.
 */
@SpringBootApplication
public class ExampleApplication {

  /** An application, made by Spring Boot. */
  public ExampleApplication() {}

  /** Runs the application; Spring Boot's command-line arguments and settings apply. */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}
