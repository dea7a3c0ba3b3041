package io.github.regeneligibility.records;

import io.github.regeneligibility.rules.NoEditionInForceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The decision records, kept in a {@link Database}: recorded, found, replayed, never changed or
 * deleted. A correction is a new record that {@linkplain Decision#supersedes supersedes} the old
 * one. Thread-safe; {@link Records#open} opens one, and {@link #close} drains what is being written
 * before it returns.
 *
 * <p>A record is acknowledged (returned by {@link #record}) only once it is durable: committed to
 * the database and synced to its disk. Writes from many threads are committed together, several in
 * one transaction ("group commit"), which is what makes durable writes fast.
 *
 * <p>When the database cannot be reached (PostgreSQL down, the embedded file cannot be opened),
 * every operation throws {@link StoreUnavailableException}, and works again once it can.
 */
public interface RecordStore extends AutoCloseable {

  /**
   * Assesses the decision's application on its day, under the edition in force then, checks the
   * decision and stores it. Returns the record once it is durable, or the problems that kept it
   * from being stored ({@link RecordCode#NOTE_REQUIRED}, {@link RecordCode#NOTE_TOO_LONG}, {@link
   * RecordCode#SUPERSEDED_UNKNOWN}, {@link RecordCode#ALREADY_SUPERSEDED}).
   *
   * @throws NoEditionInForceException if no edition is in force on the decision's day
   * @throws StoreUnavailableException if the database cannot be used now; nothing was stored
   */
  Recorded record(Decision decision);

  /**
   * Returns the record {@code id}, if any.
   *
   * @throws StoreUnavailableException if the database cannot be used now
   */
  Optional<DecisionRecord> find(String id);

  /**
   * Returns a page of the records that {@code query} finds, newest first.
   *
   * @throws IllegalArgumentException if the query has {@linkplain RecordQuery#problems problems}
   * @throws StoreUnavailableException if the database cannot be used now
   */
  RecordPage search(RecordQuery query);

  /**
   * Assesses the application of record {@code id} again, under the recorded edition (read from the
   * kept policy file) and under the edition in force today; empty if there is no such record.
   *
   * @throws StoreUnavailableException if the database cannot be used now
   */
  Optional<Replay> replay(String id);

  /** Returns the users, tokens, logins and audit log kept beside the records. */
  Accounts accounts();

  /** Returns whether the database can be used now: it answers, and its schema is migrated. */
  boolean isAvailable();

  /** Returns the database, for people: its kind and where. */
  Database database();

  /**
   * Writes a consistent copy of the embedded database to {@code target}, a new file, while the
   * store is in use. Restore by stopping the service and putting the copy in place of {@value
   * Database#EMBEDDED_FILE} in the data directory. A PostgreSQL database is backed up with {@code
   * pg_dump} instead.
   *
   * @throws UnsupportedOperationException for PostgreSQL
   * @throws IOException if the copy cannot be written, e.g. {@code target} exists
   */
  void backup(Path target) throws IOException;

  /** Stops taking writes, waits for those under way to be durable, and closes the database. */
  @Override
  void close();
}
