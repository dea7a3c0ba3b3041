package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import com.zaxxer.hikari.HikariDataSource;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.records.DecisionTable.Row;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The record store over JDBC: a connection pool, Flyway migrations per database (SQLite or
 * PostgreSQL, {@code db/<vendor>/} beside this class), JDBI for the SQL, and {@link GroupCommit}
 * for every write.
 *
 * <p>Availability: the store opens whether or not the database answers. Until the schema is
 * migrated, each call tries to migrate it first; when the database does not answer, the call throws
 * {@link StoreUnavailableException} after the pool's connection timeout. Only a schema newer than
 * this code knows is refused outright ({@link SchemaTooNewException}), at open or when it is first
 * seen.
 */
final class JdbcRecordStore implements RecordStore {
  static final ZoneId ZONE = Eligibility.DEFAULT_ZONE;

  private final Database database;
  private final Supplier<PolicyEditions> editions;
  private final EligibilityJson json;
  private final Clock clock;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Flyway flyway;
  private final GroupCommit writer;
  private final StoredAccounts accounts;
  private final Map<PolicyEdition, StoredPolicy> policies = new ConcurrentHashMap<>();
  private final Map<String, Assessor> recordedAssessors = new ConcurrentHashMap<>();
  private final Set<String> storedPolicies = ConcurrentHashMap.newKeySet();
  private volatile boolean migrated;

  /** A policy file as kept: its SHA-256 (hex) and its text. */
  private record StoredPolicy(String sha256, String content) {}

  private JdbcRecordStore(
      Database database,
      Supplier<PolicyEditions> editions,
      EligibilityJson json,
      Clock clock,
      HikariDataSource pool) {
    this.database = database;
    this.editions = editions;
    this.json = json;
    this.clock = clock;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    String vendor = database.isEmbedded() ? "sqlite" : "postgresql";
    this.flyway =
        Flyway.configure(JdbcRecordStore.class.getClassLoader())
            .dataSource(pool)
            .locations("classpath:io/github/regeneligibility/records/db/" + vendor)
            .load();
    this.writer = new GroupCommit(jdbi, "records-writer");
    this.accounts = new StoredAccounts(this, clock);
  }

  static JdbcRecordStore open(
      Database database, Supplier<PolicyEditions> editions, EligibilityJson json, Clock clock) {
    JdbcRecordStore store =
        new JdbcRecordStore(database, editions, json, clock, ConnectionPool.of(database));
    try {
      store.migrate();
    } catch (StoreUnavailableException e) {
      // Not there yet: the first call that can reach it migrates it.
    } catch (SchemaTooNewException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** Migrates the schema, once; refuses a schema newer than this code knows. */
  private synchronized void migrate() {
    if (migrated) {
      return;
    }
    try {
      Optional<Path> file = database.file();
      if (file.isPresent() && file.get().getParent() != null) {
        Files.createDirectories(file.get().getParent());
      }
      for (MigrationInfo info : flyway.info().all()) {
        MigrationState state = info.getState();
        if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
          throw new SchemaTooNewException(
              database.toString(), info.getVersion().getVersion(), newestKnown());
        }
      }
      flyway.migrate();
      migrated = true;
    } catch (FlywayException | IOException e) {
      throw unavailable(e);
    }
  }

  private String newestKnown() {
    String newest = "0";
    for (MigrationInfo info : flyway.info().all()) {
      MigrationState state = info.getState();
      if (state.isResolved() && info.getVersion() != null) {
        newest = info.getVersion().getVersion();
      }
    }
    return newest;
  }

  private StoreUnavailableException unavailable(Exception e) {
    return new StoreUnavailableException(
        "the records database " + database + " cannot be used now: " + e.getMessage(), e);
  }

  /** Runs a read, once the schema is migrated. */
  <T> T read(Function<Handle, T> read) {
    migrate();
    try {
      return jdbi.withHandle(read::apply);
    } catch (JdbiException e) {
      throw unavailable(e);
    }
  }

  /** Runs a write through the group commit and waits until it is durable. */
  <T> T write(GroupCommit.Write<T> write) {
    return await(submit(write));
  }

  /** Submits a write through the group commit, without waiting for it. */
  <T> CompletableFuture<T> submit(GroupCommit.Write<T> write) {
    migrate();
    try {
      return writer.submit(write);
    } catch (IllegalStateException e) {
      throw unavailable(e);
    }
  }

  private <T> T await(CompletableFuture<T> done) {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime && !(cause instanceof JdbiException)) {
        throw runtime;
      }
      throw unavailable(e);
    }
  }

  @Override
  public Recorded record(Decision decision) {
    Optional<String> note = decision.note();
    if (note.isPresent() && note.get().length() > Decision.MAX_NOTE_LENGTH) {
      return Recorded.refused(
          Problem.of(
              "note",
              RecordCode.NOTE_TOO_LONG,
              ImmutableMap.of("length", note.get().length(), "max", Decision.MAX_NOTE_LENGTH)));
    }
    PolicyEditions served = editions.get();
    PolicyEdition edition = served.inForceOn(decision.on());
    Assessment assessment = served.assessorOn(decision.on()).assess(decision.application());
    Disposition expected = Disposition.ofTier(assessment.getTier());
    if (decision.disposition() != expected && note.map(String::isBlank).orElse(true)) {
      return Recorded.refused(
          Problem.of(
              "note",
              RecordCode.NOTE_REQUIRED,
              ImmutableMap.of(
                  "disposition", decision.disposition().label(), "expected", expected.label())));
    }
    StoredPolicy policy = policies.computeIfAbsent(edition, this::policyOf);
    ImmutableMap.Builder<Language, String> answers = ImmutableMap.builder();
    for (Language language : Language.values()) {
      answers.put(language, json.writeAssessment(assessment, language));
    }
    DecisionRecord record =
        new DecisionRecord(
            UUID.randomUUID().toString(),
            decision.requestId(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            decision.recordedBy(),
            decision.received(),
            decision.application(),
            decision.on(),
            assessment.getPolicy(),
            policy.sha256(),
            answers.buildOrThrow(),
            Outcome.of(assessment),
            decision.disposition(),
            note,
            decision.supersedes(),
            Optional.empty());
    String validated = json.writeApplication(decision.application());
    Recorded recorded = write(handle -> insert(handle, record, validated, policy));
    if (recorded.record().isPresent()) {
      // Committed with its record: later records of this edition need not write it again.
      storedPolicies.add(policy.sha256());
    }
    return recorded;
  }

  private StoredPolicy policyOf(PolicyEdition edition) {
    String content = json.writePolicy(edition);
    String sha256 = Hashing.sha256().hashString(content, StandardCharsets.UTF_8).toString();
    return new StoredPolicy(sha256, content);
  }

  private Recorded insert(
      Handle handle, DecisionRecord record, String validated, StoredPolicy policy) {
    Optional<Problem> refused = DecisionTable.supersedeProblem(handle, record);
    if (refused.isPresent()) {
      return Recorded.refused(refused.get());
    }
    if (!storedPolicies.contains(policy.sha256())) {
      handle
          .createUpdate(
              "INSERT INTO policies (sha256, content) VALUES (:sha256, :content)"
                  + " ON CONFLICT (sha256) DO NOTHING")
          .bind("sha256", policy.sha256())
          .bind("content", policy.content())
          .execute();
    }
    DecisionTable.insert(handle, record, validated);
    return Recorded.of(record);
  }

  @Override
  public Optional<DecisionRecord> find(String id) {
    return read(
        handle ->
            handle
                .createQuery(
                    "SELECT " + DecisionTable.COLUMNS + " FROM decisions d WHERE d.id = :id")
                .bind("id", id)
                .map((rs, context) -> DecisionTable.row(rs, json))
                .findOne()
                .map(Row::record));
  }

  @Override
  public RecordPage search(RecordQuery query) {
    ImmutableList<Problem> problems = query.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the query has problems: " + Problem.describeAll(problems));
    }
    List<Row> rows =
        read(
            handle ->
                DecisionTable.select(handle, query)
                    .map((rs, context) -> DecisionTable.row(rs, json))
                    .list());
    boolean more = rows.size() > query.limit();
    List<Row> page = more ? rows.subList(0, query.limit()) : rows;
    Optional<String> next =
        more
            ? Optional.of(RecordQuery.cursorBefore(page.get(page.size() - 1).seq()))
            : Optional.empty();
    return new RecordPage(
        page.stream().map(Row::record).collect(ImmutableList.toImmutableList()), next);
  }

  @Override
  public Optional<Replay> replay(String id) {
    Optional<DecisionRecord> found = find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DecisionRecord record = found.get();
    Assessor recorded =
        recordedAssessors.computeIfAbsent(record.policySha256(), this::recordedAssessor);
    Assessment then = recorded.assess(record.application());
    Assessment now = editions.get().assessorToday().assess(record.application());
    Outcome stored = record.outcome();
    return Optional.of(
        new Replay(
            record, then, Outcome.of(then).equals(stored), now, !Outcome.of(now).equals(stored)));
  }

  private Assessor recordedAssessor(String sha256) {
    String content =
        read(
            handle ->
                handle
                    .createQuery("SELECT content FROM policies WHERE sha256 = :sha256")
                    .bind("sha256", sha256)
                    .mapTo(String.class)
                    .one());
    try {
      return Eligibility.assessor(
          json.readPolicy(content.getBytes(StandardCharsets.UTF_8), "policy " + sha256));
    } catch (PolicyFileException e) {
      throw new IllegalStateException(
          "the kept policy file " + sha256 + " no longer reads: " + e.getMessage(), e);
    }
  }

  @Override
  public Accounts accounts() {
    return accounts;
  }

  @Override
  public boolean isAvailable() {
    try {
      return read(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
    } catch (StoreUnavailableException e) {
      return false;
    }
  }

  @Override
  public Database database() {
    return database;
  }

  @Override
  public void backup(Path target) throws IOException {
    if (!database.isEmbedded()) {
      throw new UnsupportedOperationException(
          "back up a PostgreSQL database with pg_dump: " + database);
    }
    if (Files.exists(target)) {
      throw new IOException("the backup " + target + " exists already: name a new file");
    }
    try {
      read(
          handle ->
              handle
                  .createUpdate("VACUUM INTO :target")
                  .bind("target", target.toString())
                  .execute());
    } catch (StoreUnavailableException e) {
      throw new IOException("the backup " + target + " could not be written: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    writer.close();
    pool.close();
  }
}
