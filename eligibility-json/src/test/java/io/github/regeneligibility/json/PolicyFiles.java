package io.github.regeneligibility.json;

import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Editions as policy files, for the tests of every reader of them: the default edition under
 * another version and date, written where a test wants it, and a clock fixed on a day.
 */
public final class PolicyFiles {
  private static final EligibilityJson JSON = EligibilityJson.create();

  private PolicyFiles() {}

  /** Returns a clock whose "today" is {@code date} in {@link Eligibility#DEFAULT_ZONE}. */
  public static Clock clockOn(LocalDate date) {
    return Clock.fixed(date.atStartOfDay(Eligibility.DEFAULT_ZONE).toInstant(), ZoneOffset.UTC)
        .withZone(Eligibility.DEFAULT_ZONE);
  }

  /** Returns the default edition as {@code version}, in force from {@code from}. */
  public static PolicyEdition edition(String version, LocalDate from) {
    return new PolicyEdition.Builder()
        .from(Eligibility.defaultEdition())
        .version(version)
        .effectiveFrom(from)
        .build();
  }

  /** Writes {@code edition} as the policy file {@code file}, and returns the file. */
  public static Path write(Path file, PolicyEdition edition) throws IOException {
    return Files.writeString(file, JSON.writePolicy(edition));
  }
}
