package io.github.regeneligibility.http;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads an option whose values are the names of an enum's constants in lower case, exactly as
 * written (the constants themselves are upper case, as every enum's are).
 */
abstract class LowerCaseOption<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final Class<E> type;

  LowerCaseOption(Class<E> type) {
    this.type = type;
  }

  /** Returns {@code constant}'s value on the command line: its name in lower case. */
  static String valueOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public E convert(String value) {
    E[] constants = type.getEnumConstants();
    for (E constant : constants) {
      if (valueOf(constant).equals(value)) {
        return constant;
      }
    }
    throw new CommandLine.TypeConversionException(
        "expected one of "
            + Arrays.stream(constants).map(LowerCaseOption::valueOf).toList()
            + " (case-sensitive) but was '"
            + value
            + "'");
  }
}
