package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Tier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A search of the records: every filter given must hold. Dates are days in Asia/Shanghai, both
 * inclusive; the applicant matches as a substring of the applicant's name, ignoring the case of
 * ASCII letters. Results come newest first, {@code limit} to a page; {@code cursor} is the {@code
 * next} of the page before.
 *
 * @param applicationId the application's id, exactly
 * @param applicant part of the applicant's name
 * @param tier the tier of the recorded assessment
 * @param disposition the disposition recorded
 * @param from the first day recorded on
 * @param to the last day recorded on
 * @param limit the most records on a page, from 1 to {@value #MAX_LIMIT}
 * @param cursor where the page starts: the {@code next} of the page before
 */
public record RecordQuery(
    Optional<String> applicationId,
    Optional<String> applicant,
    Optional<Tier> tier,
    Optional<Disposition> disposition,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int limit,
    Optional<String> cursor) {

  /** The most records on one page. */
  public static final int MAX_LIMIT = 100;

  /** The records on one page when the search gives no limit. */
  public static final int DEFAULT_LIMIT = 20;

  /** The longest application id or applicant text accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 200;

  private static final String CURSOR_PREFIX = "before:";

  /** Returns the search for every record, {@value #DEFAULT_LIMIT} to a page. */
  public static RecordQuery all() {
    return new RecordQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_LIMIT,
        Optional.empty());
  }

  /**
   * Returns every problem of this search, each named by its query parameter ({@code limit}, {@code
   * cursor}, {@code to}, {@code applicant}, {@code applicationId}); empty when it can run.
   */
  public ImmutableList<Problem> problems() {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    textProblem("applicationId", applicationId).ifPresent(problems::add);
    textProblem("applicant", applicant).ifPresent(problems::add);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      problems.add(
          Problem.of(
              "to",
              RecordCode.PERIOD_REVERSED,
              ImmutableMap.of("from", day(from.get()), "to", day(to.get()))));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      problems.add(
          Problem.of(
              "limit",
              RecordCode.LIMIT_OUT_OF_RANGE,
              ImmutableMap.of("max", MAX_LIMIT, "value", limit)));
    }
    if (cursor.isPresent() && before().isEmpty()) {
      problems.add(Problem.of("cursor", RecordCode.CURSOR_INVALID));
    }
    return problems.build();
  }

  /** A day as people read it in each language: 2026-06-01, 2026年6月1日. */
  static Text day(LocalDate date) {
    return Text.of(Language.ENGLISH.date(date), Language.CHINESE.date(date));
  }

  private static Optional<Problem> textProblem(String name, Optional<String> text) {
    if (text.isEmpty() || text.get().length() <= MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.of(
            name,
            RecordCode.SEARCH_TEXT_TOO_LONG,
            ImmutableMap.of("length", text.get().length(), "max", MAX_TEXT_LENGTH)));
  }

  /** Returns the position the cursor stands for: records stored before it; empty if invalid. */
  OptionalLong before() {
    if (cursor.isEmpty()) {
      return OptionalLong.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(cursor.get()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return OptionalLong.empty();
    }
    if (!decoded.startsWith(CURSOR_PREFIX)) {
      return OptionalLong.empty();
    }
    try {
      long position = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
      return position > 0 ? OptionalLong.of(position) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Returns the cursor of the page that starts before {@code position}. */
  static String cursorBefore(long position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
  }
}
