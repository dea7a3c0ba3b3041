package io.github.regeneligibility.http.routes;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.PolicyEditions;
import java.util.List;
import java.util.Optional;

/**
 * The service's health, {@code GET /health}: {@code {"status": "UP", "policy": {…},
 * "policyProblems": […]}}, and {@code "database": "UP"|"DOWN"} when the service keeps decision
 * records, the reference of the edition in force today and the problems of the last change to the
 * editions, if it was refused, both written by the library.
 */
final class HealthDocument {
  private HealthDocument() {}

  /** Returns the health of a service serving {@code editions}, messages in {@code language}. */
  static String write(
      EligibilityJson json,
      PolicyEditions editions,
      List<Problem> policyProblems,
      Optional<Boolean> database,
      Language language) {
    String store = database.map(up -> ",\"database\":\"" + (up ? "UP" : "DOWN") + "\"").orElse("");
    return "{\"status\":\"UP\""
        + store
        + ",\"policy\":"
        + json.writeReference(editions.inForceToday().getReference())
        + ",\"policyProblems\":"
        + json.writePolicyProblems(policyProblems, language)
        + "}";
  }
}
