package io.github.regeneligibility.records;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The applications, editions and decisions the store tests record. */
final class Fixtures {
  static final EligibilityJson JSON = EligibilityJson.create();

  /** 2026-06-01, 10:00 in Asia/Shanghai: under the default edition, 2026.1. */
  static final Instant JUNE_2026 = Instant.parse("2026-06-01T02:00:00Z");

  /** 2027-06-01, 10:00 in Asia/Shanghai: under 2027.1, whose horizon limit is 8 years. */
  static final Instant JUNE_2027 = Instant.parse("2027-06-01T02:00:00Z");

  private Fixtures() {}

  /** A valid application; PRIORITY under both editions when its years are 4. */
  static String application(String id, String applicant, int years) {
    return "{\"id\": \""
        + id
        + "\", \"projectName\": \"Allogeneic MSC therapy\", \"applicantName\": \""
        + applicant
        + "\", \"origin\": \"DOMESTIC\", \"role\": \"INNOVATOR\","
        + " \"sectors\": [\"STEM_CELLS\", \"TISSUE_ENGINEERING\"], \"primarySector\": \"STEM_CELLS\","
        + " \"pathway\": \"DRUG\", \"stage\": \"CLINICAL_APPROVED\", \"yearsToIndustrialization\": "
        + years
        + "}";
  }

  static Application validated(String json) {
    return JSON.readApplication(json).application().orElseThrow();
  }

  static Decision decision(String json, Disposition disposition, Optional<String> note) {
    return new Decision(
        json,
        validated(json),
        disposition,
        note,
        LocalDate.of(2026, 6, 1),
        Optional.empty(),
        "officer",
        "req-1");
  }

  static Decision accept(String id) {
    return decision(
        application(id, "Example Regenerative Co.", 4), Disposition.ACCEPT, Optional.empty());
  }

  /** Edition 2027.1, as the policy file in the repository's policies directory has it. */
  static PolicyEdition edition2027() {
    Path file = Path.of(System.getProperty("regen.policies"), "park-intake-2027.1.json");
    try {
      return JSON.readPolicy(file);
    } catch (PolicyFileException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default edition and 2027.1, "today" told by {@code clock}. */
  static PolicyEditions both(Clock clock) {
    return Eligibility.editions(List.of(Eligibility.defaultEdition(), edition2027()), clock);
  }
}
