package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.jdbi.v3.core.statement.Query;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

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

  /** How long a call waits for a connection before the database counts as unavailable. */
  private static final long CONNECTION_TIMEOUT_MS = 2_000;

  private static final String COLUMNS =
      "d.seq, d.id, d.request_id, d.recorded_at, d.recorded_by, d.received, d.application,"
          + " d.assessed_on, d.edition_id, d.edition_version, d.edition_effective_from,"
          + " d.policy_sha256, d.assessment_en, d.assessment_zh, d.outcome, d.disposition, d.note,"
          + " d.supersedes, (SELECT s.id FROM decisions s WHERE s.supersedes = d.id) AS superseded_by";

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
    JdbcRecordStore store = new JdbcRecordStore(database, editions, json, clock, pool(database));
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

  private static HikariDataSource pool(Database database) {
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
    if (record.supersedes().isPresent()) {
      String old = record.supersedes().get();
      boolean exists =
          handle
                  .createQuery("SELECT COUNT(*) FROM decisions WHERE id = :id")
                  .bind("id", old)
                  .mapTo(Integer.class)
                  .one()
              > 0;
      if (!exists) {
        return Recorded.refused(
            Problem.of(
                "supersedes",
                RecordCode.SUPERSEDED_UNKNOWN,
                ImmutableMap.of("id", Template.echo(old))));
      }
      Optional<String> by =
          handle
              .createQuery("SELECT id FROM decisions WHERE supersedes = :id")
              .bind("id", old)
              .mapTo(String.class)
              .findOne();
      if (by.isPresent()) {
        return Recorded.refused(
            Problem.of(
                "supersedes",
                RecordCode.ALREADY_SUPERSEDED,
                ImmutableMap.of("id", old, "by", by.get())));
      }
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
    Application application = record.application();
    PolicyReference edition = record.policy();
    handle
        .createUpdate(
            "INSERT INTO decisions (id, request_id, recorded_at, recorded_by, application_id,"
                + " applicant_name, received, application, assessed_on, edition_id,"
                + " edition_version, edition_effective_from, policy_sha256, assessment_en,"
                + " assessment_zh, tier, score, outcome, disposition, note, supersedes) VALUES"
                + " (:id, :requestId, :recordedAt, :recordedBy, :applicationId, :applicant,"
                + " :received, :application, :on, :editionId, :editionVersion,"
                + " :editionEffectiveFrom, :policy, :en, :zh, :tier, :score, :outcome,"
                + " :disposition, :note, :supersedes)")
        .bind("id", record.id())
        .bind("requestId", record.requestId())
        .bind("recordedAt", record.recordedAt().toEpochMilli())
        .bind("recordedBy", record.recordedBy())
        .bind("applicationId", application.getId())
        .bind("applicant", application.getApplicantName())
        .bind("received", record.received())
        .bind("application", validated)
        .bind("on", record.on().toString())
        .bind("editionId", edition.getId())
        .bind("editionVersion", edition.getVersion())
        .bind("editionEffectiveFrom", edition.getEffectiveFrom().toString())
        .bind("policy", policy.sha256())
        .bind("en", record.assessment(Language.ENGLISH))
        .bind("zh", record.assessment(Language.CHINESE))
        .bind("tier", record.outcome().tier().name())
        .bind("score", record.outcome().score())
        .bind("outcome", record.outcome().encode())
        .bind("disposition", record.disposition().name())
        .bind("note", record.note().orElse(null))
        .bind("supersedes", record.supersedes().orElse(null))
        .execute();
    return Recorded.of(record);
  }

  @Override
  public Optional<DecisionRecord> find(String id) {
    return read(
        handle ->
            handle
                .createQuery("SELECT " + COLUMNS + " FROM decisions d WHERE d.id = :id")
                .bind("id", id)
                .map((rs, context) -> row(rs))
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
    List<String> where = new ArrayList<>();
    Map<String, Object> binds = new HashMap<>();
    query
        .applicationId()
        .ifPresent(
            id -> {
              where.add("d.application_id = :applicationId");
              binds.put("applicationId", id);
            });
    query
        .applicant()
        .ifPresent(
            text -> {
              where.add("lower(d.applicant_name) LIKE :applicant ESCAPE '\\'");
              binds.put("applicant", "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%");
            });
    query
        .tier()
        .ifPresent(
            tier -> {
              where.add("d.tier = :tier");
              binds.put("tier", tier.name());
            });
    query
        .disposition()
        .ifPresent(
            disposition -> {
              where.add("d.disposition = :disposition");
              binds.put("disposition", disposition.name());
            });
    query
        .from()
        .ifPresent(
            from -> {
              where.add("d.recorded_at >= :from");
              binds.put("from", startOf(from));
            });
    query
        .to()
        .ifPresent(
            to -> {
              where.add("d.recorded_at < :to");
              binds.put("to", startOf(to.plusDays(1)));
            });
    OptionalLong before = query.before();
    if (before.isPresent()) {
      where.add("d.seq < :before");
      binds.put("before", before.getAsLong());
    }
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM decisions d"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY d.seq DESC LIMIT :limit";
    List<Row> rows =
        read(
            handle -> {
              Query select = handle.createQuery(sql).bind("limit", query.limit() + 1);
              binds.forEach(select::bind);
              return select.map((rs, context) -> row(rs)).list();
            });
    boolean more = rows.size() > query.limit();
    List<Row> page = more ? rows.subList(0, query.limit()) : rows;
    Optional<String> next =
        more
            ? Optional.of(RecordQuery.cursorBefore(page.get(page.size() - 1).seq()))
            : Optional.empty();
    return new RecordPage(
        page.stream().map(Row::record).collect(ImmutableList.toImmutableList()), next);
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant().toEpochMilli();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A record read from its row, with its position in the order of storage. */
  private record Row(long seq, DecisionRecord record) {}

  private Row row(ResultSet rs) throws SQLException {
    String sha256 = rs.getString("policy_sha256");
    String id = rs.getString("id");
    Application application =
        json.readApplication(rs.getString("application"))
            .application()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the stored application of record "
                            + id
                            + " is not valid under today's validity rules"));
    DecisionRecord record =
        new DecisionRecord(
            id,
            rs.getString("request_id"),
            Instant.ofEpochMilli(rs.getLong("recorded_at")),
            rs.getString("recorded_by"),
            rs.getString("received"),
            application,
            LocalDate.parse(rs.getString("assessed_on")),
            PolicyReference.of(
                rs.getString("edition_id"),
                rs.getString("edition_version"),
                LocalDate.parse(rs.getString("edition_effective_from"))),
            sha256,
            ImmutableMap.of(
                Language.ENGLISH,
                rs.getString("assessment_en"),
                Language.CHINESE,
                rs.getString("assessment_zh")),
            Outcome.parse(rs.getString("outcome")),
            Disposition.valueOf(rs.getString("disposition")),
            Optional.ofNullable(rs.getString("note")),
            Optional.ofNullable(rs.getString("supersedes")),
            Optional.ofNullable(rs.getString("superseded_by")));
    return new Row(rs.getLong("seq"), record);
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
