package io.github.regeneligibility.spring;

import io.github.regeneligibility.json.PolicyFileCode;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.NoEditionInForceException;
import io.github.regeneligibility.rules.PolicyEditions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of the rules, as the reference service's {@code /health} shows it: {@code UP} with the
 * edition in force today ({@code policy}: {@code id}, {@code version}, {@code effectiveFrom}) and
 * {@code policyProblems}, the problems of the last change to the editions if it was refused (the
 * editions served stayed as they were), each with its {@code file}, {@code path}, {@code code} and
 * {@code message}; empty when the last change was applied. {@code DOWN} when no edition is in force
 * today, with the problem that says so, for nothing can be assessed then.
 */
public final class EligibilityHealthIndicator implements HealthIndicator {
  private final LiveEditions live;
  private final Language language;

  /** An indicator of the editions {@code live} serves, its messages in {@code language}. */
  public EligibilityHealthIndicator(LiveEditions live, Language language) {
    this.live = live;
    this.language = language;
  }

  @Override
  public Health health() {
    PolicyEditions editions = live.current();
    Health.Builder health;
    try {
      PolicyReference inForce = editions.inForceToday().getReference();
      Map<String, String> policy = new LinkedHashMap<>();
      policy.put("id", inForce.getId());
      policy.put("version", inForce.getVersion());
      policy.put("effectiveFrom", inForce.getEffectiveFrom().toString());
      health = Health.up().withDetail("policy", policy);
    } catch (NoEditionInForceException e) {
      Problem none =
          Problem.of(
              Problem.WHOLE,
              PolicyFileCode.NO_EDITION_TODAY,
              Map.of("date", e.getDate(), "earliest", e.getEarliest()));
      health = Health.down().withDetail("problem", describe(none));
    }
    List<Map<String, String>> problems = live.problems().stream().map(p -> describe(p)).toList();
    return health.withDetail("policyProblems", problems).build();
  }

  /** Returns {@code problem} as the service writes it: file, path, code and message. */
  private Map<String, String> describe(Problem problem) {
    Map<String, String> described = new LinkedHashMap<>();
    described.put("file", problem.getFile().orElse(""));
    described.put("path", Template.wellFormed(problem.getPath()));
    described.put("code", problem.getCode().name());
    described.put("message", Template.wellFormed(problem.getMessage(language)));
    return described;
  }
}
