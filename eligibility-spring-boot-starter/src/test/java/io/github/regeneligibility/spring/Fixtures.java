package io.github.regeneligibility.spring;

import io.github.regeneligibility.json.PolicyFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What the starter's tests share: an application, runners, a fixed "today". Editions and policy
 * files are the json module's {@link PolicyFiles}.
 */
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
    return new EligibilityClock(PolicyFiles.clockOn(date));
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
