package io.github.regeneligibility.records;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the records are kept: an embedded SQLite file under a data directory (the default, nothing
 * to install), or a PostgreSQL database reached by its JDBC URL (for production). Both are set up
 * by the same migrations.
 *
 * <p>Why SQLite and not H2 for the embedded store: records are kept for years, and H2 has changed
 * its file format across versions (1.4 to 2.x), so that a file written by one version must be
 * exported and imported to be read by the next; SQLite's file format has been stable and backward
 * compatible since 2004, and its developers commit to it until 2050. A SQLite file can also be read
 * by the {@code sqlite3} tool and copied online ({@code VACUUM INTO}) for a backup.
 */
public final class Database {

  /** The name of the embedded database's file in its data directory. */
  public static final String EMBEDDED_FILE = "records.db";

  private final Optional<Path> file;
  private final String url;
  private final String user;
  private final String password;
  private final String description;

  private Database(
      Optional<Path> file, String url, String user, String password, String description) {
    this.file = file;
    this.url = url;
    this.user = user;
    this.password = password;
    this.description = description;
  }

  /** Returns the embedded database in {@code dataDirectory}, created there when first opened. */
  public static Database embedded(Path dataDirectory) {
    Path file = dataDirectory.resolve(EMBEDDED_FILE);
    return new Database(Optional.of(file), "jdbc:sqlite:" + file, "", "", "SQLite " + file);
  }

  /**
   * Returns the PostgreSQL database at {@code url}, reached as {@code user} with {@code password}.
   *
   * @throws IllegalArgumentException if {@code url} is not a {@code jdbc:postgresql:} URL
   */
  public static Database postgres(String url, String user, String password) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "a PostgreSQL database URL starts with jdbc:postgresql:, not " + url);
    }
    return new Database(Optional.empty(), url, user, password, "PostgreSQL " + withoutQuery(url));
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** Returns whether this is the embedded database. */
  public boolean isEmbedded() {
    return file.isPresent();
  }

  /** Returns the embedded database's file; empty for PostgreSQL. */
  public Optional<Path> file() {
    return file;
  }

  /** Returns the database's JDBC URL. */
  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** Returns what the database is, for people: its kind and where, never a password. */
  @Override
  public String toString() {
    return description;
  }
}
