package io.github.regeneligibility.model;

/** A vocabulary term that has a label for people in every {@link Language}. */
public interface Labelled {

  /** Returns this term's label in {@code language}, e.g. "Stem cells" or "干细胞". */
  String label(Language language);
}
