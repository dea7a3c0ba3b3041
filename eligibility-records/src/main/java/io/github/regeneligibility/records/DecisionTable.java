package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of the {@code decisions} table: a record written as a row, a row read as a record, and
 * the select of a search. The store runs them; this class holds no connection.
 */
final class DecisionTable {

  /** The columns of a record, {@code d} being the table of decisions. */
  static final String COLUMNS =
      "d.seq, d.id, d.request_id, d.recorded_at, d.recorded_by, d.received, d.application,"
          + " d.assessed_on, d.edition_id, d.edition_version, d.edition_effective_from,"
          + " d.policy_sha256, d.assessment_en, d.assessment_zh, d.outcome, d.disposition, d.note,"
          + " d.supersedes, (SELECT s.id FROM decisions s WHERE s.supersedes = d.id) AS superseded_by";

  private DecisionTable() {}

  /** A record read from its row, with its position in the order of storage. */
  record Row(long seq, DecisionRecord record) {}

  /**
   * Returns why {@code record} cannot supersede the record it names: that record does not exist, or
   * another has superseded it already; empty when it can, or when it names none.
   */
  static Optional<Problem> supersedeProblem(Handle handle, DecisionRecord record) {
    if (record.supersedes().isEmpty()) {
      return Optional.empty();
    }
    String old = record.supersedes().get();
    boolean exists =
        handle
                .createQuery("SELECT COUNT(*) FROM decisions WHERE id = :id")
                .bind("id", old)
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!exists) {
      return Optional.of(
          Problem.of(
              "supersedes",
              RecordCode.SUPERSEDED_UNKNOWN,
              ImmutableMap.of("id", Template.echo(old))));
    }
    return handle
        .createQuery("SELECT id FROM decisions WHERE supersedes = :id")
        .bind("id", old)
        .mapTo(String.class)
        .findOne()
        .map(
            by ->
                Problem.of(
                    "supersedes",
                    RecordCode.ALREADY_SUPERSEDED,
                    ImmutableMap.of("id", old, "by", by)));
  }

  /** Inserts {@code record}, its application written as {@code validated}. */
  static void insert(Handle handle, DecisionRecord record, String validated) {
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
        .bind("policy", record.policySha256())
        .bind("en", record.assessment(Language.ENGLISH))
        .bind("zh", record.assessment(Language.CHINESE))
        .bind("tier", record.outcome().tier().name())
        .bind("score", record.outcome().score())
        .bind("outcome", record.outcome().encode())
        .bind("disposition", record.disposition().name())
        .bind("note", record.note().orElse(null))
        .bind("supersedes", record.supersedes().orElse(null))
        .execute();
  }

  /** Reads the record of the current row of {@code rs}, its application by {@code json}. */
  static Row row(ResultSet rs, EligibilityJson json) throws SQLException {
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
            rs.getString("policy_sha256"),
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

  /**
   * Returns the select of {@code query}'s records, newest first, one more than its limit so that a
   * next page shows; every filter a bound parameter.
   */
  static Query select(Handle handle, RecordQuery query) {
    List<String> where = new ArrayList<>();
    Map<String, Object> binds = new HashMap<>();
    query
        .applicationId()
        .ifPresent(
            id -> filter(where, binds, "d.application_id = :applicationId", "applicationId", id));
    query
        .applicant()
        .ifPresent(
            text ->
                filter(
                    where,
                    binds,
                    "lower(d.applicant_name) LIKE :applicant ESCAPE '\\'",
                    "applicant",
                    "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%"));
    query.tier().ifPresent(tier -> filter(where, binds, "d.tier = :tier", "tier", tier.name()));
    query
        .disposition()
        .ifPresent(
            disposition ->
                filter(
                    where,
                    binds,
                    "d.disposition = :disposition",
                    "disposition",
                    disposition.name()));
    query
        .from()
        .ifPresent(from -> filter(where, binds, "d.recorded_at >= :from", "from", startOf(from)));
    query
        .to()
        .ifPresent(
            to -> filter(where, binds, "d.recorded_at < :to", "to", startOf(to.plusDays(1))));
    OptionalLong before = query.before();
    if (before.isPresent()) {
      filter(where, binds, "d.seq < :before", "before", before.getAsLong());
    }
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM decisions d"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY d.seq DESC LIMIT :limit";
    Query select = handle.createQuery(sql).bind("limit", query.limit() + 1);
    binds.forEach(select::bind);
    return select;
  }

  private static void filter(
      List<String> where, Map<String, Object> binds, String condition, String name, Object value) {
    where.add(condition);
    binds.put(name, value);
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay(JdbcRecordStore.ZONE).toInstant().toEpochMilli();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
