package io.github.regeneligibility.http.transport;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import net.logstash.logback.encoder.LogstashEncoder;
import org.jspecify.annotations.Nullable;

/**
 * The encoder of the shipped {@code logback.xml}: each line as text, by {@link #setPattern
 * pattern}, or as a Logstash JSON object, as {@link LogFormat#current()} says when the line is
 * written.
 */
public final class LogEncoder extends EncoderBase<ILoggingEvent> {
  private final PatternLayoutEncoder text = new PatternLayoutEncoder();
  private final LogstashEncoder json = new LogstashEncoder();
  private @Nullable String pattern;

  /** Sets the pattern of text lines, as Logback's {@code PatternLayoutEncoder} takes it. */
  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public void start() {
    if (pattern == null) {
      addError("a LogEncoder needs a <pattern>");
      return;
    }
    text.setContext(getContext());
    text.setPattern(pattern);
    text.start();
    json.setContext(getContext());
    json.start();
    super.start();
  }

  @Override
  public void stop() {
    text.stop();
    json.stop();
    super.stop();
  }

  private EncoderBase<ILoggingEvent> current() {
    return LogFormat.current() == LogFormat.JSON ? json : text;
  }

  @Override
  public byte @Nullable [] headerBytes() {
    return current().headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    return current().encode(event);
  }

  @Override
  public byte @Nullable [] footerBytes() {
    return current().footerBytes();
  }
}
