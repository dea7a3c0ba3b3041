package io.github.regeneligibility.model;

/**
 * The labels of the vocabulary, read once from {@code labels_<locale>.properties} (UTF-8), one file
 * per {@link Language}, keyed {@code <Enum>.<CONSTANT>}. Every file must label the same terms; this
 * is checked when the labels are read, so a missing translation fails at once rather than showing
 * an empty label.
 */
final class Labels {
  private Labels() {}

  private static final Texts LABELS = Texts.read(Labels.class, "labels");

  /**
   * Returns the label of {@code term}.
   *
   * @throws IllegalStateException if the labels files have no label for it
   */
  static Text of(Enum<?> term) {
    return LABELS.get(term.getDeclaringClass().getSimpleName() + "." + term.name());
  }
}
