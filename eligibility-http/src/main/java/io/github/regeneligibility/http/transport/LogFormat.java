package io.github.regeneligibility.http.transport;

/**
 * How the service writes its log lines ({@code --log-format}): as text, or as JSON lines in the
 * Logstash layout. The shipped {@code logback.xml} writes through a {@link LogEncoder}, which
 * follows the format chosen here; an operator's own configuration chooses its own encoders.
 */
public enum LogFormat {
  /** One line of text: time, level, logger, request id, message. */
  TEXT,
  /**
   * One JSON object a line, in the Logstash layout (logstash-logback-encoder): {@code @timestamp},
   * {@code @version}, {@code message}, {@code logger_name}, {@code thread_name}, {@code level},
   * {@code level_value}, {@code stack_trace}, and {@code requestId} on the lines of a request.
   */
  JSON;

  private static volatile LogFormat current = TEXT;

  /** Returns the format in use; {@link #TEXT} until another is chosen. */
  public static LogFormat current() {
    return current;
  }

  /** Writes every line from now on in {@code format}. */
  public static void use(LogFormat format) {
    current = format;
  }
}
