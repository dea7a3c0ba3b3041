package io.github.regeneligibility.model;

import com.google.common.collect.Ordering;
import java.util.Arrays;
import java.util.Comparator;

/** The order in which violations are reported: the order of the fields of an application. */
final class ViolationFields {
  static final Comparator<String> ORDER =
      Ordering.explicit(
          Arrays.stream(ViolationCode.values()).map(ViolationCode::field).distinct().toList());

  private ViolationFields() {}
}
