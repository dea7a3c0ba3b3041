package io.github.regeneligibility.model;

/**
 * A term of the vocabulary (a sector, role, pathway, stage, origin, tier, gate or criterion) that
 * has a label for people in every {@link Language}. The labels are data: one file per language,
 * {@code labels_<locale>.properties} in this package, keyed {@code <Enum>.<CONSTANT>}.
 */
public interface Labelled {

  /** Returns this term's label, e.g. "Stem cells" / "干细胞". */
  default Text label() {
    return Labels.of((Enum<?>) this);
  }

  /** Returns this term's label in {@code language}. */
  default String label(Language language) {
    return label().in(language);
  }
}
