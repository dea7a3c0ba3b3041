package io.github.regeneligibility.spring;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the starter's tests share: an application, editions, policy files, a fixed "today". */
final class Fixtures {
  private Fixtures() {}

  /** A valid application, {@code PRIORITY} with a score of 100 under the default edition. */
  static final String VALID =
      "{\"id\": \"T-1\", \"projectName\": \"CAR-T\", \"applicantName\": \"Applicant Co.\","
          + " \"origin\": \"DOMESTIC\", \"role\": \"MANUFACTURER\", \"sectors\": [\"IMMUNE_CELLS\"],"
          + " \"primarySector\": \"IMMUNE_CELLS\", \"pathway\": \"DRUG\", \"stage\": \"MARKETED\","
          + " \"yearsToIndustrialization\": 0}";

  /** The first of June 2026: the default edition is in force. */
  static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 1);

  private static final EligibilityJson JSON = EligibilityJson.create();

  /** A runner of the starter alone, with "today" the first of June 2026. */
  static ApplicationContextRunner runner() {
    return bare().withBean(EligibilityClock.class, () -> clockOn(JUNE_2026));
  }

  /** A runner of the starter alone. */
  static ApplicationContextRunner bare() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EligibilityAutoConfiguration.class));
  }

  /** Returns a clock whose "today" is {@code date} in Asia/Shanghai. */
  static EligibilityClock clockOn(LocalDate date) {
    return new EligibilityClock(
        Clock.fixed(date.atStartOfDay(Eligibility.DEFAULT_ZONE).toInstant(), ZoneOffset.UTC)
            .withZone(Eligibility.DEFAULT_ZONE));
  }

  /** Returns the default edition as {@code version}, in force from {@code from}. */
  static PolicyEdition edition(String version, LocalDate from) {
    return new PolicyEdition.Builder()
        .from(Eligibility.defaultEdition())
        .version(version)
        .effectiveFrom(from)
        .build();
  }

  /** Writes {@code edition} as the policy file {@code file}. */
  static Path write(Path file, PolicyEdition edition) throws IOException {
    return Files.writeString(file, JSON.writePolicy(edition));
  }

  /** Returns the messages of {@code failure} and its causes, one a line, outermost first. */
  static String messages(@Nullable Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(t.getClass().getSimpleName() + ": " + t.getMessage());
    }
    return String.join("\n", messages);
  }
}
