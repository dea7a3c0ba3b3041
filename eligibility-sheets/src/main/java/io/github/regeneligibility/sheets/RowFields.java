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

/**
 * The fields of one row of a sheet, by the header's columns. A cell holds a constant by its code
 * ({@code STEM_CELLS}) or by its Simplified Chinese label (干细胞), as the CSV reader takes them;
 * {@code sectors} lists them separated by {@code ;} or {@code 、}; a whole number is a number cell
 * or text holding one; text fields take text, or a number cell as it reads. Nothing is trimmed or
 * defaulted. A cell that cannot be read adds a problem at its field, and is then absent.
 */
final class RowFields implements ApplicationBinding.Fields {

  private static final Pattern SECTOR_SEPARATOR = Pattern.compile("[;、]");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");
  private static final Map<Class<?>, Vocabulary<?>> VOCABULARIES = new ConcurrentHashMap<>();

  private final Map<String, SheetRows.Cell> cells;
  private final List<Problem> problems;

  RowFields(Map<String, SheetRows.Cell> cells, List<Problem> problems) {
    this.cells = cells;
    this.problems = problems;
  }

  @Override
  public Optional<String> text(String field) {
    SheetRows.Cell cell = cells.get(field);
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.kind() == SheetRows.Kind.TEXT) {
      return Optional.of(cell.value());
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
    SheetRows.Cell cell = cells.get(field);
    return cell == null ? Optional.empty() : named(field, type, cell.value());
  }

  @Override
  public <E extends Enum<E>> Optional<List<E>> constants(String field, Class<E> type) {
    SheetRows.Cell cell = cells.get(field);
    if (cell == null) {
      return Optional.empty();
    }
    List<E> values = new ArrayList<>();
    // Past the maximum, the names are counted but not split apart, nor read.
    String[] names = SECTOR_SEPARATOR.split(cell.value(), Application.MAX_SECTORS + 1);
    int read = Math.min(names.length, Application.MAX_SECTORS);
    for (int i = 0; i < read; i++) {
      named(field + "[" + i + "]", type, names[i]).ifPresent(values::add);
    }
    if (names.length > read) {
      long count = read + SECTOR_SEPARATOR.splitAsStream(names[read]).count();
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
    SheetRows.Cell cell = cells.get(field);
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.kind() == SheetRows.Kind.TEXT && WHOLE_NUMBER.matcher(cell.value()).matches()) {
      return Optional.of(Integer.valueOf(cell.value()));
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

  /** Returns the number a number cell holds, or empty when its value is not one. */
  private static Optional<BigDecimal> number(SheetRows.Cell cell) {
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
