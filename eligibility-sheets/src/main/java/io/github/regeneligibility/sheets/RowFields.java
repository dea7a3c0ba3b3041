package io.github.regeneligibility.sheets;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.json.ApplicationBinding;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Labelled;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.sheets.SheetRows.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one row of a sheet, by the header's columns. A cell holds a constant by its code
 * ({@code STEM_CELLS}) or by its Simplified Chinese label (干细胞), as the CSV reader takes them;
 * {@code sectors} lists them separated by {@code ;} or {@code 、}; a whole number is a number cell
 * or text holding one; text fields take text, or a number cell as it reads. Nothing is trimmed or
 * defaulted. A cell that cannot be read adds a problem at its field, and is then absent.
 */
final class RowFields implements ApplicationBinding.Fields {

  private static final Pattern SECTOR_SEPARATOR = Pattern.compile("[;、]");
  private static final Map<Class<?>, Vocabulary<?>> VOCABULARIES = new ConcurrentHashMap<>();
  private static final ImmutableMap<String, Integer> FIELD_INDEX = fieldIndex();

  /** The most digits of a whole number read without {@link BigDecimal}: they always fit an int. */
  private static final int PLAIN_DIGITS = 9;

  private final @Nullable Cell[] cells;
  private final List<Problem> problems;

  /**
   * The fields of a row: {@code cells} holds the cell of each field by its index in {@link
   * Columns#FIELDS} (null where the row's cell is empty).
   */
  RowFields(@Nullable Cell[] cells, List<Problem> problems) {
    this.cells = cells;
    this.problems = problems;
  }

  private static ImmutableMap<String, Integer> fieldIndex() {
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < Columns.FIELDS.size(); i++) {
      index.put(Columns.FIELDS.get(i), i);
    }
    return index.buildOrThrow();
  }

  private @Nullable Cell cell(String field) {
    Integer index = FIELD_INDEX.get(field);
    return index == null ? null : cells[index];
  }

  @Override
  public Optional<String> text(String field) {
    Cell cell = cell(field);
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.kind() == SheetRows.Kind.TEXT) {
      return Optional.of(cell.value());
    }
    if (cell.kind() == SheetRows.Kind.NUMBER && isCanonicalWhole(cell.value())) {
      return Optional.of(cell.value()); // as BigDecimal would write it
    }
    Optional<BigDecimal> number =
        cell.kind() == SheetRows.Kind.NUMBER ? number(cell) : Optional.empty();
    if (number.isPresent() && Math.abs(number.get().scale()) <= 20) {
      return Optional.of(number.get().stripTrailingZeros().toPlainString());
    }
    return wrongType(field, SheetTexts.text("expected.text"));
  }

  @Override
  public <E extends Enum<E>> Optional<E> constant(String field, Class<E> type) {
    Cell cell = cell(field);
    return cell == null ? Optional.empty() : named(field, type, cell.value());
  }

  @Override
  public <E extends Enum<E>> Optional<List<E>> constants(String field, Class<E> type) {
    Cell cell = cell(field);
    if (cell == null) {
      return Optional.empty();
    }
    List<E> values = new ArrayList<>();
    // Past the maximum, the names are counted but not split apart, nor read.
    String given = cell.value();
    int read = 0;
    int from = 0;
    for (int at = separator(given, 0);
        at >= 0 && read < Application.MAX_SECTORS;
        at = separator(given, from)) {
      named(field, read++, type, given.substring(from, at)).ifPresent(values::add);
      from = at + 1;
    }
    if (read < Application.MAX_SECTORS) {
      named(field, read, type, given.substring(from)).ifPresent(values::add);
    } else {
      // counted as the CSV reader counts them (rare: a regular expression is fine here)
      long count = read + SECTOR_SEPARATOR.splitAsStream(given.substring(from)).count();
      problems.add(
          Problem.of(
              field,
              FormatCode.TOO_MANY_ELEMENTS,
              ImmutableMap.of("count", count, "max", Application.MAX_SECTORS)));
    }
    return Optional.of(values);
  }

  @Override
  public Optional<Integer> wholeNumber(String field) {
    Cell cell = cell(field);
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.kind() != SheetRows.Kind.OTHER && isPlainWhole(cell.value())) {
      return Optional.of(Integer.parseInt(cell.value()));
    }
    if (cell.kind() == SheetRows.Kind.NUMBER) {
      Optional<BigDecimal> number = number(cell);
      if (number.isPresent()) {
        BigDecimal whole = number.get().stripTrailingZeros();
        // Nine digits at most always fit an int; validation reports whole numbers out of range.
        if (whole.scale() <= 0 && whole.precision() - whole.scale() <= 9) {
          return Optional.of(whole.intValueExact());
        }
      }
    }
    return wrongType(field, SheetTexts.text("expected.wholeNumber"));
  }

  /** Returns where the first separator of sectors ({@code ;} or {@code 、}) from {@code from} is. */
  private static int separator(String names, int from) {
    for (int at = from; at < names.length(); at++) {
      char c = names.charAt(at);
      if (c == ';' || c == '、') {
        return at;
      }
    }
    return -1;
  }

  /** Returns whether {@code value} is an optional minus and one to nine digits. */
  private static boolean isPlainWhole(String value) {
    int start = value.startsWith("-") ? 1 : 0;
    int digits = value.length() - start;
    if (digits < 1 || digits > PLAIN_DIGITS) {
      return false;
    }
    for (int at = start; at < value.length(); at++) {
      char c = value.charAt(at);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code value} is a whole number as {@link BigDecimal#toPlainString()} writes it
   * once stripped: plain, without a leading zero, and not {@code -0}.
   */
  private static boolean isCanonicalWhole(String value) {
    if (!isPlainWhole(value)) {
      return false;
    }
    int start = value.startsWith("-") ? 1 : 0;
    return value.charAt(start) != '0' || value.length() == 1;
  }

  /** Returns the number a number cell holds, or empty when its value is not one. */
  private static Optional<BigDecimal> number(Cell cell) {
    try {
      return Optional.of(new BigDecimal(cell.value()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private <T> Optional<T> wrongType(String field, Text expected) {
    problems.add(Problem.of(field, FormatCode.WRONG_TYPE, Map.of("expected", expected)));
    return Optional.empty();
  }

  /** Returns the constant that element {@code index} of {@code field} names, as {@link #named}. */
  private <E extends Enum<E>> Optional<E> named(
      String field, int index, Class<E> type, String given) {
    E constant = vocabulary(type).byName().get(given);
    // The element's path is made only for its problem.
    return constant != null ? Optional.of(constant) : named(field + "[" + index + "]", type, given);
  }

  private <E extends Enum<E>> Optional<E> named(String path, Class<E> type, String given) {
    Vocabulary<E> vocabulary = vocabulary(type);
    E constant = vocabulary.byName().get(given);
    if (constant == null) {
      problems.add(
          Problem.of(
              path,
              FormatCode.UNKNOWN_VALUE,
              ImmutableMap.of("allowed", vocabulary.allowed(), "value", Template.echo(given))));
      return Optional.empty();
    }
    return Optional.of(constant);
  }

  @SuppressWarnings("unchecked") // each vocabulary is stored under its own type
  private static <E extends Enum<E>> Vocabulary<E> vocabulary(Class<E> type) {
    return (Vocabulary<E>) VOCABULARIES.computeIfAbsent(type, t -> Vocabulary.of(type));
  }

  /**
   * The constants of an enum by every name a cell may give them: the code, and the Chinese label;
   * and the allowed values as a message names them (codes in English, labels in Chinese).
   */
  private record Vocabulary<E extends Enum<E>>(Map<String, E> byName, Text allowed) {
    static <E extends Enum<E>> Vocabulary<E> of(Class<E> type) {
      Map<String, E> names = new HashMap<>();
      E[] constants = type.getEnumConstants();
      for (E constant : constants) {
        names.put(constant.name(), constant);
        if (constant instanceof Labelled labelled) {
          names.putIfAbsent(labelled.label(Language.CHINESE), constant);
        }
      }
      Text allowed =
          Text.of(
              Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")),
              Arrays.stream(constants)
                  .map(
                      c ->
                          c instanceof Labelled labelled
                              ? labelled.label(Language.CHINESE)
                              : c.name())
                  .collect(Collectors.joining("、")));
      return new Vocabulary<>(ImmutableMap.copyOf(names), allowed);
    }
  }
}
