package io.github.regeneligibility.records;

import static io.github.regeneligibility.records.Fixtures.JSON;
import static io.github.regeneligibility.records.Fixtures.JUNE_2026;
import static io.github.regeneligibility.records.Fixtures.accept;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore as the operations guide describes them: for SQLite, {@link RecordStore#backup}
 * while the store is in use and the copy put in place of the file; for PostgreSQL, {@code pg_dump
 * -Fc} and {@code pg_restore} into a new database.
 */
final class BackupTest {
  @TempDir Path directory;

  private final MovableClock clock = new MovableClock(JUNE_2026);

  @Test
  void sqlite_backupWhileInUse_restoredInANewDataDirectory_holdsEveryRecord() throws Exception {
    Database original = Database.embedded(directory.resolve("data"));
    Path backup = directory.resolve("records-backup.db");
    List<DecisionRecord> records = new ArrayList<>();
    try (RecordStore store = Records.open(original, () -> Fixtures.both(clock), JSON, clock)) {
      for (int i = 0; i < 5; i++) {
        records.add(store.record(accept("APP-" + i)).record().orElseThrow());
      }
      store.backup(backup);
      assertThatThrownBy(() -> store.backup(backup))
          .isInstanceOf(IOException.class)
          .hasMessage("the backup " + backup + " exists already: name a new file");
    }
    Path restored = Files.createDirectories(directory.resolve("restored"));
    Files.copy(backup, restored.resolve(Database.EMBEDDED_FILE));

    try (RecordStore store =
        Records.open(Database.embedded(restored), () -> Fixtures.both(clock), JSON, clock)) {
      for (DecisionRecord record : records) {
        assertThat(store.find(record.id())).contains(record);
      }
      assertThat(store.search(RecordQuery.all()).decisions()).hasSize(records.size());
    }
  }

  @Test
  void postgres_pgDumpThenPgRestoreIntoANewDatabase_holdsEveryRecord() throws Exception {
    List<DecisionRecord> records = new ArrayList<>();
    Path dump = directory.resolve("records.dump");
    try (TestDatabase source = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, directory);
        TestDatabase target = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, directory)) {
      try (RecordStore store =
          Records.open(source.database, () -> Fixtures.both(clock), JSON, clock)) {
        for (int i = 0; i < 5; i++) {
          records.add(store.record(accept("APP-" + i)).record().orElseThrow());
        }
        assertThatThrownBy(() -> store.backup(dump))
            .isInstanceOf(UnsupportedOperationException.class);
        run("pg_dump", "--format=custom", "--file=" + dump, uri(source));
      }
      run(
          "pg_restore",
          "--no-owner",
          "--exit-on-error",
          "--dbname=" + uri(target),
          dump.toString());

      try (RecordStore store =
          Records.open(target.database, () -> Fixtures.both(clock), JSON, clock)) {
        for (DecisionRecord record : records) {
          assertThat(store.find(record.id())).contains(record);
        }
        assertThat(store.search(RecordQuery.all()).decisions()).hasSize(records.size());
      }
    }
  }

  /** The libpq URI of a test database: its JDBC URL without "jdbc:", with the test user. */
  private static String uri(TestDatabase database) {
    String url = TestDatabase.urlOf(database.name()).substring("jdbc:".length());
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    return base.replaceFirst("postgresql://", "postgresql://" + TestDatabase.USER + "@");
  }

  private void run(String tool, String... arguments) throws Exception {
    String bin = System.getenv().getOrDefault("REGEN_TEST_PG_BIN", "/usr/lib/postgresql/15/bin");
    Path executable = Path.of(bin, tool);
    List<String> command = new ArrayList<>();
    command.add(Files.isExecutable(executable) ? executable.toString() : tool);
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", TestDatabase.PASSWORD);
    Path log = directory.resolve(tool + ".log");
    Process process = builder.redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
    assertThat(process.exitValue()).as(tool + ": " + Files.readString(log)).isZero();
  }
}
