package io.github.regeneligibility.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's layers, top to bottom: the server and the commands ({@code http}), the routes
 * ({@code http.routes}), the transport ({@code http.transport}), the contract ({@code
 * http.contract}: limits, paths, media types, request codes). Each reads only the layers below it;
 * nothing reads upward.
 */
final class LayersTest {
  private static final String ROOT = "io.github.regeneligibility.http";

  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void eachLayer_readsOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Server and commands")
        .definedBy(ROOT)
        .layer("Routes")
        .definedBy(ROOT + ".routes..")
        .layer("Transport")
        .definedBy(ROOT + ".transport..")
        .layer("Contract")
        .definedBy(ROOT + ".contract..")
        .whereLayer("Server and commands")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Routes")
        .mayOnlyBeAccessedByLayers("Server and commands")
        .whereLayer("Transport")
        .mayOnlyBeAccessedByLayers("Server and commands", "Routes")
        .whereLayer("Contract")
        .mayOnlyBeAccessedByLayers("Server and commands", "Routes", "Transport")
        .check(SERVICE);
  }

  @Test
  void everyClass_isInALayer() {
    classes()
        .should()
        .resideInAnyPackage(ROOT, ROOT + ".routes..", ROOT + ".transport..", ROOT + ".contract..")
        .check(SERVICE);
  }
}
