package io.github.regeneligibility.http;

import io.github.regeneligibility.http.contract.Limits;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options of the service's stop and of its {@link Limits}, one row each: its name, the label of
 * its value and its default. Each reads the environment variable of its name ({@code
 * --max-threads}: {@code ELIGIBILITY_MAX_THREADS}) and defaults to the value the service itself
 * defaults to ({@link Limits#DEFAULT}, {@link EligibilityServer#DEFAULT_STOP_TIMEOUT}), so that
 * each default is written in one place. Its description is the text of its name without dashes in
 * the command's resource bundle.
 */
final class ServeOptions {

  /** One option: its name, the label of its value and its default. */
  private record Row(String name, String label, Object initial) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("--drain-delay", "DURATION", Duration.ZERO),
          new Row("--stop-timeout", "DURATION", EligibilityServer.DEFAULT_STOP_TIMEOUT),
          new Row("--max-threads", "N", Limits.DEFAULT.maxThreads()),
          new Row("--max-queued", "N", Limits.DEFAULT.maxQueuedJobs()),
          new Row("--max-concurrent-requests", "N", Limits.DEFAULT.maxConcurrentRequests()),
          new Row("--max-connections", "N", Limits.DEFAULT.maxConnections()),
          new Row("--idle-timeout", "DURATION", Limits.DEFAULT.idleTimeout()),
          new Row("--min-request-rate", "BYTES", Limits.DEFAULT.minRequestRate()),
          new Row("--min-response-rate", "BYTES", Limits.DEFAULT.minResponseRate()),
          new Row("--assessment-deadline", "DURATION", Limits.DEFAULT.assessmentDeadline()));

  private ServeOptions() {}

  /** Adds the options to {@code command}, after those it has. */
  static void addTo(CommandSpec command) {
    for (Row row : ROWS) {
      String environment =
          "ELIGIBILITY_" + row.name().substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
      OptionSpec.Builder option =
          OptionSpec.builder(row.name())
              .paramLabel(row.label())
              .descriptionKey(row.name().substring(2))
              .defaultValue("${env:" + environment + ":-" + text(row.initial()) + "}");
      if (row.initial() instanceof Duration) {
        option.type(Duration.class).converters(new ServeCommand.DurationConverter());
      } else if (row.initial() instanceof Long) {
        option.type(long.class);
      } else {
        option.type(int.class);
      }
      command.addOption(option.build());
    }
  }

  /** Writes a default as its option reads it: a duration in whole seconds, {@code 30s}. */
  private static String text(Object value) {
    return value instanceof Duration duration ? duration.toSeconds() + "s" : value.toString();
  }

  /** Returns the value of the duration option {@code name} of {@code command}. */
  static Duration duration(CommandSpec command, String name) {
    return value(command, name, Duration.class);
  }

  /**
   * Returns the limits the options of {@code command} give.
   *
   * @throws ParameterException if they are not valid limits together
   */
  static Limits limits(CommandSpec command) {
    try {
      return new Limits(
          value(command, "--max-threads", Integer.class),
          value(command, "--max-queued", Integer.class),
          value(command, "--max-concurrent-requests", Integer.class),
          value(command, "--max-connections", Integer.class),
          value(command, "--idle-timeout", Duration.class),
          value(command, "--min-request-rate", Long.class),
          value(command, "--min-response-rate", Long.class),
          value(command, "--assessment-deadline", Duration.class));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), "invalid limits: " + e.getMessage(), e);
    }
  }

  private static <T> T value(CommandSpec command, String name, Class<T> type) {
    OptionSpec option =
        Objects.requireNonNull(command.findOption(name), () -> name + " is not an option");
    return type.cast(Objects.requireNonNull(option.getValue(), () -> name + " has no value"));
  }
}
