package io.github.regeneligibility.screening;

/**
 * Hears what a screening does, for metrics and logs. Every method has a default, and {@link #NONE}
 * takes them all, so a screening always has a listener. The methods are called from the screening's
 * worker threads as records are answered, in no particular order: an implementation must be
 * thread-safe, and quick.
 */
public interface ScreeningListener {

  /** A listener that only logs failures, as {@link #failed} does by default. */
  ScreeningListener NONE = new ScreeningListener() {};

  /**
   * Hears one record answered: assessed, or refused with its problem. Called once for each record
   * of the answer; the default does nothing.
   */
  default void screened(Screened record) {}

  /**
   * Hears that screening or writing record {@code number} failed unexpectedly: a fault of the
   * service or of a writer, which no input causes. The record is answered with the {@linkplain
   * io.github.regeneligibility.json.ProblemDocument#internalError() internal-error} problem where
   * the answer's format can say it, and the screening goes on. The default logs the failure with
   * its stack trace through the platform logger ({@link System#getLogger}).
   */
  default void failed(long number, Throwable failure) {
    System.getLogger(Screening.class.getName())
        .log(System.Logger.Level.ERROR, "record " + number + " failed unexpectedly", failure);
  }
}
