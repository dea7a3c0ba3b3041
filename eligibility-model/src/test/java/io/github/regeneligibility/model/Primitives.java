package io.github.regeneligibility.model;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The primitive QuickTheories generators that the form and edition generators build on: whole
 * numbers that shrink towards 0, numbers just outside a range, strings over an alphabet, and
 * malformed names. Public because the rules' edition generators use them too.
 */
public final class Primitives {

  /** The characters of ids and versions. */
  public static final String ID_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  private Primitives() {}

  /** Whole numbers from {@code low} to {@code high}, both included, shrinking towards 0. */
  public static Gen<Integer> between(int low, int high) {
    return Generate.range(low, high, Math.max(low, Math.min(high, 0)));
  }

  /** Whole numbers just outside {@code low}–{@code high}: up to 1,000 below or above. */
  public static Gen<Integer> outside(int low, int high) {
    return Generate.booleans()
        .flatMap(below -> below ? between(low - 1000, low - 1) : between(high + 1, high + 1000));
  }

  /** Strings of {@code minLength}–{@code maxLength} characters of {@code alphabet}. */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    List<String> characters = alphabet.codePoints().mapToObj(Character::toString).toList();
    return SourceDSL.lists()
        .of(Generate.pick(characters))
        .ofSizeBetween(minLength, maxLength)
        .map(list -> String.join("", list));
  }

  /** Ids or versions that break the format: empty, too long, or with a character outside it. */
  public static Gen<String> malformedNames(int maxLength) {
    Gen<String> tooLong = strings(ID_CHARACTERS, maxLength + 1, maxLength + 20);
    Gen<String> foreign =
        strings(ID_CHARACTERS, 0, maxLength - 1)
            .zip(
                Generate.pick(List.of(" ", "/", "+", "é", "名", "\t", "#")),
                between(0, maxLength - 1),
                (name, character, at) -> {
                  int position = Math.min(at, name.length());
                  return name.substring(0, position) + character + name.substring(position);
                });
    return Generate.frequency(
        List.of(Pair.of(1, Generate.constant("")), Pair.of(2, tooLong), Pair.of(3, foreign)));
  }
}
