package io.github.regeneligibility.records;

/**
 * The database holds a schema newer than this version of the code knows: it was migrated by a later
 * version. Refused rather than used, since this code could misread or damage it.
 */
public final class SchemaTooNewException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception, naming both versions and the database. */
  public SchemaTooNewException(String database, String found, String known) {
    super(
        "the records database "
            + database
            + " has schema version "
            + found
            + ", newer than "
            + known
            + ", the newest this version knows: run the version that migrated it, or a later one");
  }
}
