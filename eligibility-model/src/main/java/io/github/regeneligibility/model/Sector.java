package io.github.regeneligibility.model;

/** A field of work an application declares; five are the park's focus sectors by default. */
public enum Sector implements Labelled {
  /** Immune-cell therapies such as CAR-T, TCR-T and NK cells. */
  IMMUNE_CELLS("Immune cells", "免疫细胞"),
  /** Stem-cell therapies and products (MSC, iPSC and others). */
  STEM_CELLS("Stem cells", "干细胞"),
  /** Engineered tissues and organs, bioprinting. */
  TISSUE_ENGINEERING("Tissue engineering", "组织工程"),
  /** Gene therapy and gene editing, including vectors. */
  GENE_ENGINEERING("Gene engineering", "基因工程"),
  /** Biomaterials, scaffolds and implants. */
  BIOMATERIALS("Biomaterials", "生物材料"),
  /** Other regenerative work (exosomes, PRP and the like): in the field, not a focus. */
  OTHER_REGENERATIVE("Other regenerative medicine", "其他再生医学"),
  /** Anything else: imaging hardware, data, general pharma. */
  NON_REGENERATIVE("Non-regenerative", "非再生医学");

  private final String english;
  private final String chinese;

  Sector(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
