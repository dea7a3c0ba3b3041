package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.records.Database;
import io.github.regeneligibility.records.Decision;
import io.github.regeneligibility.records.DecisionRecord;
import io.github.regeneligibility.records.Disposition;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable decision records per second, from 8 threads at once: each operation assesses an
 * application, writes the record and returns once it is committed and synced to disk (group commit:
 * the writes waiting are committed together). {@code database} is {@code sqlite} (a new file in a
 * temporary directory) or {@code postgresql} (a new database on the server named by {@code
 * REGEN_TEST_DATABASE_URL}, {@code _USER} and {@code _PASSWORD}, as {@code bin/test} sets them up;
 * dropped afterwards).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RecordsBenchmark {
  private static final String APPLICATION =
      "{\"id\": \"APP-BENCH\", \"projectName\": \"Allogeneic MSC therapy\","
          + " \"applicantName\": \"Example Regenerative Co.\", \"origin\": \"DOMESTIC\","
          + " \"role\": \"INNOVATOR\", \"sectors\": [\"STEM_CELLS\", \"TISSUE_ENGINEERING\"],"
          + " \"primarySector\": \"STEM_CELLS\", \"pathway\": \"DRUG\","
          + " \"stage\": \"CLINICAL_APPROVED\", \"yearsToIndustrialization\": 4}";

  /** The database: {@code sqlite} or {@code postgresql}. */
  @Param({"sqlite"})
  public String database = "sqlite";

  private final EligibilityJson json = EligibilityJson.create();
  private final Application application =
      json.readApplication(APPLICATION).application().orElseThrow();
  private final AtomicLong requests = new AtomicLong();
  private @Nullable RecordStore store;
  private @Nullable Path directory;
  private String postgresName = "";

  /** Opens a new, empty store. */
  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    PolicyEditions editions = Eligibility.defaultEditions();
    Database target;
    if (database.equals("sqlite")) {
      directory = Files.createTempDirectory("records-benchmark");
      target = Database.embedded(directory);
    } else if (database.equals("postgresql")) {
      postgresName =
          "regen_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      admin("CREATE DATABASE " + postgresName);
      String url = env("REGEN_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/regen_test");
      target =
          Database.postgres(
              url.substring(0, url.lastIndexOf('/') + 1) + postgresName,
              env("REGEN_TEST_DATABASE_USER", "regen_test"),
              env("REGEN_TEST_DATABASE_PASSWORD", "regen_test"));
    } else {
      throw new IllegalArgumentException("database is sqlite or postgresql, not " + database);
    }
    store = Records.open(target, () -> editions, json, Clock.systemUTC());
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }

  private static void admin(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                env("REGEN_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/regen_test"),
                env("REGEN_TEST_DATABASE_USER", "regen_test"),
                env("REGEN_TEST_DATABASE_PASSWORD", "regen_test"));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Closes the store and removes its database. */
  @TearDown(Level.Trial)
  public void close() throws IOException, SQLException {
    if (store != null) {
      store.close();
    }
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    if (!postgresName.isEmpty()) {
      admin("DROP DATABASE IF EXISTS " + postgresName + " WITH (FORCE)");
    }
  }

  /** One decision recorded, returned once durable. */
  @Benchmark
  public DecisionRecord record() {
    RecordStore open = store;
    if (open == null) {
      throw new IllegalStateException("the store is opened in setup");
    }
    Decision decision =
        new Decision(
            APPLICATION,
            application,
            Disposition.ACCEPT,
            Optional.empty(),
            LocalDate.of(2026, 6, 1),
            Optional.empty(),
            "benchmark",
            "bench-" + requests.incrementAndGet());
    return open.record(decision).record().orElseThrow();
  }
}
