package io.github.regeneligibility.http.routes;

import com.google.common.base.Supplier;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The service's health, {@code GET /health}: {@code {"status": "UP", "policy": {…},
 * "policyProblems": […]}}, and {@code "database": "UP"|"DOWN"} when the service keeps decision
 * records, the reference of the edition in force today and the problems of the last change to the
 * editions, if it was refused, both written by the library.
 *
 * <p>A probe or a load balancer asks for it many times a second, and it changes only when the
 * edition in force, the refused change or the database's state do: the last body written is kept
 * for each language and answered again, as bytes, for as long as what it says has not changed.
 */
final class HealthDocument {
  private final EligibilityJson json;
  private final LiveEditions live;
  private final Optional<Supplier<Boolean>> databaseUp;
  private final AtomicReferenceArray<@Nullable Written> last =
      new AtomicReferenceArray<>(Language.values().length);

  /**
   * What a body said, and the body. The body's array is shared with every answer that writes it,
   * and nothing writes into it.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Written(
      PolicyEdition inForce, List<Problem> problems, Optional<Boolean> database, byte[] body) {
    boolean says(PolicyEdition inForce, List<Problem> problems, Optional<Boolean> database) {
      return this.inForce == inForce && this.problems == problems && this.database.equals(database);
    }
  }

  /**
   * Returns the health of a service serving {@code live}, with the state of its records' database
   * when it has one ({@code databaseUp}).
   */
  HealthDocument(EligibilityJson json, LiveEditions live, Optional<Supplier<Boolean>> databaseUp) {
    this.json = json;
    this.live = live;
    this.databaseUp = databaseUp;
  }

  /** Returns the health now, as UTF-8 JSON, messages in {@code language}. */
  byte[] body(Language language) {
    PolicyEdition inForce = live.current().inForceToday();
    List<Problem> problems = live.problems();
    Optional<Boolean> database = databaseUp.map(Supplier::get);
    Written written = last.get(language.ordinal());
    if (written != null && written.says(inForce, problems, database)) {
      return written.body;
    }
    byte[] body = write(inForce, problems, database, language).getBytes(StandardCharsets.UTF_8);
    last.set(language.ordinal(), new Written(inForce, problems, database, body));
    return body;
  }

  private String write(
      PolicyEdition inForce,
      List<Problem> policyProblems,
      Optional<Boolean> database,
      Language language) {
    String store = database.map(up -> ",\"database\":\"" + (up ? "UP" : "DOWN") + "\"").orElse("");
    return "{\"status\":\"UP\""
        + store
        + ",\"policy\":"
        + json.writeReference(inForce.getReference())
        + ",\"policyProblems\":"
        + json.writePolicyProblems(policyProblems, language)
        + "}";
  }
}
