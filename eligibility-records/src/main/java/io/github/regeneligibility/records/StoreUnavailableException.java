package io.github.regeneligibility.records;

/**
 * The database of the records cannot be reached or used now: down, or its file cannot be opened.
 * Nothing was stored; the same request may succeed later.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception, with what failed. */
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
