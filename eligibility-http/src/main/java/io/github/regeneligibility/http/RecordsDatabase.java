package io.github.regeneligibility.http;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.records.Database;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.rules.Eligibility;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that name the records' database, shared by the service and the commands that manage
 * users and tokens: {@code --data DIR} for the embedded one, {@code --database-url URL} for
 * PostgreSQL, its user and password from {@code ELIGIBILITY_DATABASE_USER} and {@code
 * ELIGIBILITY_DATABASE_PASSWORD}.
 */
final class RecordsDatabase {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:ELIGIBILITY_DATA:-data}",
      descriptionKey = "data")
  String data = "data";

  @Option(
      names = "--database-url",
      paramLabel = "URL",
      defaultValue = "${env:ELIGIBILITY_DATABASE_URL}",
      descriptionKey = "database-url")
  @Nullable String url;

  /** Returns the database the options name. */
  Database database() {
    if (url != null && !url.isBlank()) {
      return Database.postgres(
          url,
          Objects.requireNonNullElse(System.getenv("ELIGIBILITY_DATABASE_USER"), ""),
          Objects.requireNonNullElse(System.getenv("ELIGIBILITY_DATABASE_PASSWORD"), ""));
    }
    return Database.embedded(Path.of(data));
  }

  /**
   * Opens the store, migrating it if need be.
   *
   * @throws IllegalStateException naming the database if it cannot be used now
   */
  RecordStore open() {
    Database database = database();
    RecordStore store =
        Records.open(
            database, Eligibility::defaultEditions, EligibilityJson.create(), Clock.systemUTC());
    if (!store.isAvailable()) {
      store.close();
      throw new IllegalStateException(
          "the records database " + store.database() + " cannot be used now");
    }
    return store;
  }
}
