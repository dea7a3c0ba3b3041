package io.github.regeneligibility.spring;

import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds the editions served to the info endpoint, as the reference service's {@code GET
 * /v1/policy/editions} lists them: {@code eligibility.editions}, by effective date, each with its
 * {@code id}, {@code version}, {@code effectiveFrom} and {@code status} as of today ({@code
 * SUPERSEDED}, {@code IN_FORCE} or {@code SCHEDULED}).
 */
public final class EligibilityInfoContributor implements InfoContributor {
  private final LiveEditions live;

  /** A contributor of the editions {@code live} serves. */
  public EligibilityInfoContributor(LiveEditions live) {
    this.live = live;
  }

  @Override
  public void contribute(Info.Builder builder) {
    PolicyEditions editions = live.current();
    LocalDate today = editions.today();
    List<Map<String, String>> served =
        editions.getEditions().stream().map(e -> describe(editions, e, today)).toList();
    builder.withDetail("eligibility", Map.of("editions", served));
  }

  private static Map<String, String> describe(
      PolicyEditions editions, PolicyEdition edition, LocalDate today) {
    Map<String, String> described = new LinkedHashMap<>();
    described.put("id", edition.getId());
    described.put("version", edition.getVersion());
    described.put("effectiveFrom", edition.getEffectiveFrom().toString());
    described.put("status", editions.statusOn(edition, today).name());
    return described;
  }
}
