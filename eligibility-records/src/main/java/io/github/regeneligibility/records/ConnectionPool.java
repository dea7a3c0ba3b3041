package io.github.regeneligibility.records;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The pool of connections to the records database. */
final class ConnectionPool {
  /** How long a call waits for a connection before the database counts as unavailable. */
  private static final long CONNECTION_TIMEOUT_MS = 2_000;

  private ConnectionPool() {}

  /**
   * Returns a pool of connections to {@code database}: SQLite with durable commits, or PostgreSQL;
   * a call waits at most {@value #CONNECTION_TIMEOUT_MS} ms for a connection.
   */
  static HikariDataSource of(Database database) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("records");
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    config.setValidationTimeout(1_000);
    config.setInitializationFailTimeout(-1);
    if (database.isEmbedded()) {
      SQLiteConfig sqlite = new SQLiteConfig();
      // Durable commits: in WAL mode with synchronous FULL, every commit syncs the log to disk.
      sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
      sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      sqlite.enforceForeignKeys(true);
      sqlite.setBusyTimeout(10_000);
      SQLiteDataSource source = new SQLiteDataSource(sqlite);
      source.setUrl(database.url());
      config.setDataSource(source);
      config.setMaximumPoolSize(4);
    } else {
      config.setJdbcUrl(database.url());
      config.setUsername(database.user());
      config.setPassword(database.password());
      config.setMaximumPoolSize(8);
    }
    return new HikariDataSource(config);
  }
}
