package io.github.regeneligibility.records;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own for one test: a SQLite file in the test's directory, or a new PostgreSQL
 * database made in the server that {@code bin/test} sets up ({@code REGEN_TEST_DATABASE_URL},
 * {@code REGEN_TEST_DATABASE_USER}, {@code REGEN_TEST_DATABASE_PASSWORD}; by default the database
 * and user {@code regen_test} on localhost), dropped when the test closes it. Where PostgreSQL
 * cannot be reached the test fails, saying so: these tests never skip.
 */
public final class TestDatabase implements AutoCloseable {

  /** The kinds of database every store test runs against. */
  enum Kind {
    SQLITE,
    POSTGRESQL
  }

  static final String URL =
      env("REGEN_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/regen_test");
  static final String USER = env("REGEN_TEST_DATABASE_USER", "regen_test");
  static final String PASSWORD = env("REGEN_TEST_DATABASE_PASSWORD", "regen_test");

  final Database database;
  private final String name;

  private TestDatabase(Database database, String name) {
    this.database = database;
    this.name = name;
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }

  static TestDatabase create(Kind kind, Path directory) throws SQLException {
    if (kind == Kind.SQLITE) {
      return new TestDatabase(Database.embedded(directory.resolve("data")), "");
    }
    String name = "regen_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE DATABASE " + name);
    return new TestDatabase(Database.postgres(urlOf(name), USER, PASSWORD), name);
  }

  /** Returns the URL of database {@code name} on the test server. */
  static String urlOf(String name) {
    int query = URL.indexOf('?');
    String base = query < 0 ? URL : URL.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1)
        + name
        + (query < 0 ? "" : URL.substring(query));
  }

  /** Runs {@code sql} in the test server's own database. */
  static void execute(String sql) throws SQLException {
    Connection connection;
    try {
      connection = DriverManager.getConnection(URL, USER, PASSWORD);
    } catch (SQLException e) {
      throw new SQLException(
          String.format(
              Locale.ROOT,
              "PostgreSQL for the tests is not reachable at %s as %s (%s): run bin/test, which sets"
                  + " it up, or set REGEN_TEST_DATABASE_URL, REGEN_TEST_DATABASE_USER and"
                  + " REGEN_TEST_DATABASE_PASSWORD",
              URL,
              USER,
              e.getMessage()),
          e);
    }
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Returns this database's name on the PostgreSQL server; empty for SQLite. */
  String name() {
    return name;
  }

  @Override
  public void close() throws SQLException {
    if (!name.isEmpty()) {
      drop(name);
    }
  }

  /**
   * Drops database {@code name} on the test server, forcing its connections out. PostgreSQL refuses
   * to force out a backend of another role (an autovacuum worker that has just started on the new
   * database: SQLSTATE 42501), which ends within moments, so the drop is tried again, at most 100
   * times, 100 ms apart.
   */
  public static void drop(String name) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        return;
      } catch (SQLException e) {
        if (!"42501".equals(e.getSQLState()) || attempt == 100) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
