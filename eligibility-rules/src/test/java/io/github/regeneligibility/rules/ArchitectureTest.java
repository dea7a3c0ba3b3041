package io.github.regeneligibility.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain model and the rules stay free of HTTP, JSON and servlet types, and the model never
 * reaches for the rules. (The Maven Enforcer refuses such dependencies too; this checks the code.)
 */
final class ArchitectureTest {
  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.regeneligibility.model", "io.github.regeneligibility.rules");

  @Test
  void modelAndRules_useNoHttpJsonOrServletTypes() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.javalin..",
            "org.eclipse.jetty..",
            "com.fasterxml.jackson..",
            "tools.jackson..",
            "jakarta.servlet..",
            "javax.servlet..")
        .check(DOMAIN);
  }

  @Test
  void model_neverDependsOnTheRules() {
    noClasses()
        .that()
        .resideInAPackage("io.github.regeneligibility.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.regeneligibility.rules..")
        .check(DOMAIN);
  }
}
