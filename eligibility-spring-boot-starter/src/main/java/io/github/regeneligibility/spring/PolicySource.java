package io.github.regeneligibility.spring;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyDirectory;
import io.github.regeneligibility.json.PolicyFileCode;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;

/**
 * Where the editions served come from, as the settings say: a directory of policy files, read and
 * then watched as the reference service watches it; one policy file; or the embedded default
 * edition. A source that cannot be used stops the start, naming the setting and every problem.
 * Closing the source stops the watch.
 */
final class PolicySource implements AutoCloseable {
  private final LiveEditions editions;
  private final PolicyDirectory.@Nullable Watch watch;

  private PolicySource(LiveEditions editions, PolicyDirectory.@Nullable Watch watch) {
    this.editions = editions;
    this.watch = watch;
  }

  /**
   * Reads the editions {@code properties} name, today told by {@code clock}, and starts watching a
   * directory.
   *
   * @throws MutuallyExclusiveConfigurationPropertiesException if both a file and a directory are
   *     named; Spring Boot's failure analysis names both settings and where each was set
   * @throws InvalidConfigurationPropertyValueException naming the setting and every problem, if the
   *     file or the directory cannot be served
   */
  static PolicySource open(EligibilityProperties properties, EligibilityClock clock) {
    Clock today = clock.clock();
    Path directory = properties.policies();
    Path file = properties.policy();
    MutuallyExclusiveConfigurationPropertiesException.throwIfMultipleNonNullValuesIn(
        settings -> {
          settings.put(EligibilityProperties.POLICY, file);
          settings.put(EligibilityProperties.POLICIES, directory);
        });
    if (directory != null) {
      return watched(directory, today, properties.language());
    }
    PolicyEditions editions =
        Eligibility.editions(
            List.of(file == null ? Eligibility.defaultEdition() : read(file, properties)), today);
    return new PolicySource(LiveEditions.of(editions), null);
  }

  private static PolicySource watched(Path directory, Clock today, Language language) {
    PolicyDirectory source = PolicyDirectory.of(directory, today);
    PolicyDirectory.Loaded loaded = source.load();
    PolicyEditions editions =
        loaded
            .editions()
            .orElseThrow(
                () ->
                    refused(
                        EligibilityProperties.POLICIES, directory, loaded.problems(), language));
    LiveEditions live = LiveEditions.of(editions);
    try {
      return new PolicySource(live, source.watch(live));
    } catch (IOException e) {
      throw refused(
          EligibilityProperties.POLICIES,
          directory,
          List.of(unreadable(directory.toString(), e)),
          language);
    }
  }

  private static PolicyEdition read(Path file, EligibilityProperties properties) {
    try {
      return EligibilityJson.create().readPolicy(file);
    } catch (PolicyFileException e) {
      throw refused(EligibilityProperties.POLICY, file, e.getProblems(), properties.language());
    } catch (IOException e) {
      throw refused(
          EligibilityProperties.POLICY,
          file,
          List.of(unreadable(file.toString(), e)),
          properties.language());
    }
  }

  private static Problem unreadable(String file, IOException e) {
    String reason =
        e instanceof NoSuchFileException
            ? "no such file or directory"
            : String.valueOf(e.getMessage());
    return Problem.of(
            Problem.WHOLE, PolicyFileCode.POLICY_FILE_UNREADABLE, Map.of("reason", reason))
        .inFile(file);
  }

  private static InvalidConfigurationPropertyValueException refused(
      String setting, Path value, List<Problem> problems, Language language) {
    String reason =
        problems.stream().map(p -> p.describe(language)).collect(Collectors.joining("\n"));
    return new InvalidConfigurationPropertyValueException(setting, value, reason);
  }

  /** Returns the editions served, kept in step with the directory while it is watched. */
  LiveEditions editions() {
    return editions;
  }

  /** Returns whether a directory is watched. */
  boolean watched() {
    return watch != null;
  }

  /** Stops watching the directory, if one is watched. */
  @Override
  public void close() throws IOException {
    if (watch != null) {
      watch.close();
    }
  }
}
