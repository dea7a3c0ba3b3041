package io.github.regeneligibility.model;

/** A field of work an application declares; five are the park's focus sectors by default. */
public enum Sector implements Labelled {
  /** Immune-cell therapies such as CAR-T, TCR-T and NK cells. */
  IMMUNE_CELLS,
  /** Stem-cell therapies and products (MSC, iPSC and others). */
  STEM_CELLS,
  /** Engineered tissues and organs, bioprinting. */
  TISSUE_ENGINEERING,
  /** Gene therapy and gene editing, including vectors. */
  GENE_ENGINEERING,
  /** Biomaterials, scaffolds and implants. */
  BIOMATERIALS,
  /** Other regenerative work (exosomes, PRP and the like): in the field, not a focus. */
  OTHER_REGENERATIVE,
  /** Anything else: imaging hardware, data, general pharma. */
  NON_REGENERATIVE
}
