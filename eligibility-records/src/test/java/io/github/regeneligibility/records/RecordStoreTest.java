package io.github.regeneligibility.records;

import static io.github.regeneligibility.records.Fixtures.JSON;
import static io.github.regeneligibility.records.Fixtures.JUNE_2026;
import static io.github.regeneligibility.records.Fixtures.JUNE_2027;
import static io.github.regeneligibility.records.Fixtures.accept;
import static io.github.regeneligibility.records.Fixtures.application;
import static io.github.regeneligibility.records.Fixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.records.TestDatabase.Kind;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEditions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class RecordStoreTest {
  @TempDir Path directory;

  private final MovableClock clock = new MovableClock(JUNE_2026);
  private final AtomicReference<PolicyEditions> editions =
      new AtomicReference<>(Fixtures.both(clock));
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private TestDatabase database(Kind kind) throws Exception {
    TestDatabase database = TestDatabase.create(kind, directory);
    open.add(database);
    return database;
  }

  private RecordStore open(Database database) {
    RecordStore store = Records.open(database, editions::get, JSON, clock);
    open.add(store);
    return store;
  }

  private RecordStore store(Kind kind) throws Exception {
    return open(database(kind).database);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void record_tiersOwnDisposition_isKeptAsRecordedAndFoundEqual(Kind kind) throws Exception {
    RecordStore store = store(kind);

    DecisionRecord record = store.record(accept("APP-1")).record().orElseThrow();

    assertThat(record.recordedAt()).isEqualTo(JUNE_2026);
    assertThat(record.outcome().tier()).isEqualTo(Tier.PRIORITY);
    assertThat(record.outcome().score()).isEqualTo(77);
    assertThat(record.policy().getVersion()).isEqualTo("2026.1");
    assertThat(record.policySha256()).matches("[0-9a-f]{64}");
    assertThat(record.assessment(Language.CHINESE)).contains("所属领域“干细胞”属于园区重点领域。");
    assertThat(record.assessment(Language.ENGLISH))
        .contains("Stem cells is a focus sector of the park.");
    assertThat(record.received()).isEqualTo(application("APP-1", "Example Regenerative Co.", 4));
    assertThat(store.find(record.id())).contains(record);
    assertThat(store.find("no-such-record")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void record_otherDispositionWithoutNote_isRefusedAndNothingIsStored(Kind kind) throws Exception {
    RecordStore store = store(kind);
    String json = application("APP-2", "Example Regenerative Co.", 4);

    Recorded refused = store.record(decision(json, Disposition.DEFER, Optional.of("  ")));

    assertThat(refused.record()).isEmpty();
    assertThat(refused.problems())
        .extracting(
            Problem::getCode,
            Problem::getPath,
            problem -> problem.getMessage(Language.ENGLISH),
            problem -> problem.getMessage(Language.CHINESE))
        .containsExactly(
            tuple(
                RecordCode.NOTE_REQUIRED,
                "note",
                "The disposition Defer differs from the tier's own (Accept): give a note that says"
                    + " why.",
                "决定“暂缓决定”与评级对应的决定“同意引进”不同：请填写意见说明理由。"));
    assertThat(store.search(RecordQuery.all()).decisions()).isEmpty();

    Recorded kept = store.record(decision(json, Disposition.DEFER, Optional.of("等待补充材料")));
    assertThat(kept.record().orElseThrow().note()).contains("等待补充材料");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void record_noteTooLong_isRefused(Kind kind) throws Exception {
    RecordStore store = store(kind);
    String json = application("APP-3", "Example Regenerative Co.", 4);

    Recorded refused =
        store.record(
            decision(
                json, Disposition.ACCEPT, Optional.of("x".repeat(Decision.MAX_NOTE_LENGTH + 1))));

    assertThat(refused.problems())
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.NOTE_TOO_LONG);
    assertThat(refused.problems().get(0).getMessage(Language.CHINESE))
        .isEqualTo("意见有 2001 个字符：最多 2000 个。");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void record_supersedes_linksBothWays_andOnlyOnce(Kind kind) throws Exception {
    RecordStore store = store(kind);
    DecisionRecord first = store.record(accept("APP-4")).record().orElseThrow();
    String json = application("APP-4", "Example Regenerative Co.", 4);
    Decision correction =
        new Decision(
            json,
            Fixtures.validated(json),
            Disposition.DEFER,
            Optional.of("补充材料未到"),
            LocalDate.of(2026, 6, 1),
            Optional.of(first.id()),
            "officer",
            "req-2");

    DecisionRecord second = store.record(correction).record().orElseThrow();

    assertThat(second.supersedes()).contains(first.id());
    assertThat(store.find(first.id()).orElseThrow().supersededBy()).contains(second.id());
    Recorded again = store.record(correction);
    assertThat(again.problems())
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.ALREADY_SUPERSEDED);
    assertThat(again.problems().get(0).getMessage(Language.ENGLISH))
        .isEqualTo(
            "The record "
                + first.id()
                + " has already been superseded by "
                + second.id()
                + ": supersede that one instead.");
    Decision unknown =
        new Decision(
            json,
            Fixtures.validated(json),
            Disposition.ACCEPT,
            Optional.empty(),
            LocalDate.of(2026, 6, 1),
            Optional.of("nope"),
            "officer",
            "req-3");
    assertThat(store.record(unknown).problems())
        .extracting(Problem::getCode)
        .containsExactly(RecordCode.SUPERSEDED_UNKNOWN);
    assertThat(store.search(RecordQuery.all()).decisions()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void search_filtersAndPages_newestFirst(Kind kind) throws Exception {
    RecordStore store = store(kind);
    // Days in Asia/Shanghai: 23:30 on 1 June there is 15:30 UTC the same day.
    clock.set(java.time.Instant.parse("2026-06-01T15:30:00Z"));
    DecisionRecord lateOnFirst = store.record(accept("APP-A")).record().orElseThrow();
    clock.set(java.time.Instant.parse("2026-06-01T16:30:00Z")); // 00:30 on 2 June in Shanghai
    DecisionRecord earlyOnSecond =
        store
            .record(
                decision(
                    application("APP-B", "Zhongguancun Cell Bio", 4),
                    Disposition.DECLINE,
                    Optional.of("不符合园区定位")))
            .record()
            .orElseThrow();
    clock.advance(Duration.ofMinutes(1));
    DecisionRecord third =
        store
            .record(
                decision(
                    application("APP-B", "Other Co.", 9), Disposition.ACCEPT, Optional.empty()))
            .record()
            .orElseThrow();

    assertThat(ids(store, query().withApplicationId("APP-B")))
        .containsExactly(third.id(), earlyOnSecond.id());
    assertThat(ids(store, query().withApplicant("CELL"))).containsExactly(earlyOnSecond.id());
    assertThat(ids(store, query().withApplicant("100%"))).isEmpty();
    assertThat(ids(store, query().withDisposition(Disposition.DECLINE)))
        .containsExactly(earlyOnSecond.id());
    assertThat(ids(store, query().withTier(Tier.PRIORITY)))
        .containsExactly(third.id(), earlyOnSecond.id(), lateOnFirst.id());
    LocalDate first = LocalDate.of(2026, 6, 1);
    LocalDate second = LocalDate.of(2026, 6, 2);
    assertThat(ids(store, query().withPeriod(first, first))).containsExactly(lateOnFirst.id());
    assertThat(ids(store, query().withPeriod(second, second)))
        .containsExactly(third.id(), earlyOnSecond.id());

    RecordPage page = store.search(query().withLimit(2).build());
    assertThat(page.decisions())
        .extracting(DecisionRecord::id)
        .containsExactly(third.id(), earlyOnSecond.id());
    RecordPage last =
        store.search(query().withLimit(2).withCursor(page.next().orElseThrow()).build());
    assertThat(last.decisions()).extracting(DecisionRecord::id).containsExactly(lateOnFirst.id());
    assertThat(last.next()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void replay_underTheRecordedEdition_matches_andTodaysEditionChangesIt(Kind kind)
      throws Exception {
    RecordStore store = store(kind);
    DecisionRecord record =
        store
            .record(
                decision(
                    application("APP-9", "Example Regenerative Co.", 9),
                    Disposition.ACCEPT,
                    Optional.empty()))
            .record()
            .orElseThrow();

    Replay sameYear = store.replay(record.id()).orElseThrow();
    assertThat(sameYear.matches()).isTrue();
    assertThat(sameYear.changed()).isFalse();

    clock.set(JUNE_2027);
    // The recorded edition's file has left the directory: only 2027.1 is served now.
    editions.set(Eligibility.editions(List.of(Fixtures.edition2027()), clock));
    Replay nextYear = store.replay(record.id()).orElseThrow();

    assertThat(nextYear.then().getPolicy().getVersion()).isEqualTo("2026.1");
    assertThat(nextYear.matches()).isTrue();
    assertThat(nextYear.now().getPolicy().getVersion()).isEqualTo("2027.1");
    assertThat(nextYear.now().getGate(Gate.HORIZON).isPassed()).isFalse();
    assertThat(nextYear.changed()).isTrue();
    assertThat(store.replay("no-such-record")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void replay_whenTheStoredAssessmentDiffers_doesNotMatch(Kind kind) throws Exception {
    TestDatabase database = database(kind);
    RecordStore store = open(database.database);
    DecisionRecord record = store.record(accept("APP-5")).record().orElseThrow();
    Outcome changed =
        new Outcome(Tier.ELIGIBLE, 60, record.outcome().gates(), record.outcome().points());
    jdbi(database)
        .useHandle(
            handle ->
                handle
                    .createUpdate("UPDATE decisions SET outcome = :outcome WHERE id = :id")
                    .bind("outcome", changed.encode())
                    .bind("id", record.id())
                    .execute());

    Replay replay = store.replay(record.id()).orElseThrow();

    assertThat(replay.matches()).isFalse();
    assertThat(replay.changed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void record_eightConcurrentWriters_everyAcknowledgedRecordIsThere(Kind kind) throws Exception {
    RecordStore store = store(kind);
    int writers = 8;
    int each = 40;
    List<Thread> threads = new ArrayList<>();
    List<DecisionRecord> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < writers; w++) {
      int writer = w;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < each; i++) {
                  acknowledged.add(
                      store.record(accept("APP-" + writer + "-" + i)).record().orElseThrow());
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(acknowledged).hasSize(writers * each);
    for (DecisionRecord record : acknowledged) {
      assertThat(store.find(record.id())).contains(record);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void open_schemaNewerThanTheCode_isRefused(Kind kind) throws Exception {
    TestDatabase database = database(kind);
    open(database.database).close();
    jdbi(database)
        .useHandle(
            handle ->
                handle.execute(
                    "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                        + " script, checksum, installed_by, execution_time, success) VALUES (99,"
                        + " '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, true)"));

    assertThatThrownBy(() -> Records.open(database.database, editions::get, JSON, clock))
        .isInstanceOf(SchemaTooNewException.class)
        .hasMessage(
            "the records database "
                + database.database
                + " has schema version 99, newer than 1, the newest this version knows: run the"
                + " version that migrated it, or a later one");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void store_databaseUnreachable_isUnavailable_andRecordsNothing(Kind kind) throws Exception {
    Database unreachable =
        kind == Kind.SQLITE
            ? Database.embedded(blockedDirectory())
            : Database.postgres("jdbc:postgresql://127.0.0.1:1/nothing", "nobody", "nothing");

    RecordStore store = open(unreachable);

    assertThat(store.isAvailable()).isFalse();
    assertThatThrownBy(() -> store.record(accept("APP-6")))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageStartingWith("the records database " + unreachable + " cannot be used now: ");
    assertThatThrownBy(() -> store.search(RecordQuery.all()))
        .isInstanceOf(StoreUnavailableException.class);
  }

  /** A data directory that cannot be made: its parent is a file. */
  private Path blockedDirectory() throws Exception {
    Path file = java.nio.file.Files.writeString(directory.resolve("a-file"), "not a directory");
    return file.resolve("data");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void search_queryWithProblems_isACallersBug(Kind kind) throws Exception {
    RecordStore store = store(kind);

    assertThatThrownBy(() -> store.search(query().withLimit(0).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be a whole number from 1 to 100, not 0");
  }

  private static Jdbi jdbi(TestDatabase database) {
    Database db = database.database;
    return db.isEmbedded()
        ? Jdbi.create(db.url())
        : Jdbi.create(db.url(), TestDatabase.USER, TestDatabase.PASSWORD);
  }

  private static List<String> ids(RecordStore store, QueryBuilder query) {
    return store.search(query.build()).decisions().stream().map(DecisionRecord::id).toList();
  }

  static QueryBuilder query() {
    return new QueryBuilder();
  }

  /** Builds a search in the tests' words. */
  static final class QueryBuilder {
    private Optional<String> applicationId = Optional.empty();
    private Optional<String> applicant = Optional.empty();
    private Optional<Tier> tier = Optional.empty();
    private Optional<Disposition> disposition = Optional.empty();
    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();
    private int limit = RecordQuery.DEFAULT_LIMIT;
    private Optional<String> cursor = Optional.empty();

    QueryBuilder withApplicationId(String id) {
      applicationId = Optional.of(id);
      return this;
    }

    QueryBuilder withApplicant(String text) {
      applicant = Optional.of(text);
      return this;
    }

    QueryBuilder withTier(Tier value) {
      tier = Optional.of(value);
      return this;
    }

    QueryBuilder withDisposition(Disposition value) {
      disposition = Optional.of(value);
      return this;
    }

    QueryBuilder withPeriod(LocalDate first, LocalDate last) {
      from = Optional.of(first);
      to = Optional.of(last);
      return this;
    }

    QueryBuilder withLimit(int value) {
      limit = value;
      return this;
    }

    QueryBuilder withCursor(String value) {
      cursor = Optional.of(value);
      return this;
    }

    RecordQuery build() {
      return new RecordQuery(applicationId, applicant, tier, disposition, from, to, limit, cursor);
    }
  }
}
