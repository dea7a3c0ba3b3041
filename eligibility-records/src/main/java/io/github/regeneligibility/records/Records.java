package io.github.regeneligibility.records;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.PolicyEditions;
import java.time.Clock;
import java.util.function.Supplier;

/** Opens decision record stores. */
public final class Records {

  private Records() {}

  /**
   * Opens the records kept in {@code database}, migrating its schema to the newest. When the
   * database cannot be reached now the store still opens, answers {@link StoreUnavailableException}
   * and {@link RecordStore#isAvailable() isAvailable} false, and migrates once it can be reached.
   *
   * @param editions the editions served now: decisions are assessed under the one in force on their
   *     day, and replayed under the one in force today
   * @param clock when records are recorded, and logins limited
   * @throws SchemaTooNewException if the database's schema is newer than this version knows
   */
  public static RecordStore open(
      Database database, Supplier<PolicyEditions> editions, EligibilityJson json, Clock clock) {
    return JdbcRecordStore.open(database, editions, json, clock);
  }
}
