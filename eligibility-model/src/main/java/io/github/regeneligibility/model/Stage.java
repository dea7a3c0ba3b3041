package io.github.regeneligibility.model;

/** A product's development stage; constants are declared in ladder order, earliest first. */
public enum Stage implements Labelled {
  /** Discovery research. */
  DISCOVERY("Discovery", "发现研究"),
  /** Animal studies, process development, pilot batches. */
  PRECLINICAL("Preclinical", "临床前研究"),
  /** IND, research filing or device trial application submitted. */
  CLINICAL_APPLICATION("Clinical application filed", "已提交临床申请"),
  /** Clinical research approval obtained: IND cleared, filing accepted, device trial approved. */
  CLINICAL_APPROVED("Clinical research approved", "已获临床研究批准"),
  /** First-in-human, phase I. */
  CLINICAL_TRIAL_EARLY("Early clinical trial", "早期临床试验"),
  /** Phase II/III, confirmatory. */
  CLINICAL_TRIAL_PIVOTAL("Pivotal clinical trial", "关键性临床试验"),
  /** Registration submitted: about to obtain the certificate. */
  MARKETING_APPLICATION("Marketing application filed", "已提交上市申请"),
  /** Registration certificate obtained. */
  MARKETING_APPROVED("Marketing approved", "已获上市批准"),
  /** On the market. */
  MARKETED("Marketed", "已上市销售");

  private final String english;
  private final String chinese;

  Stage(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** Returns whether this stage is {@code other} or later on the ladder. */
  public boolean isAtLeast(Stage other) {
    return compareTo(other) >= 0;
  }

  @Override
  public String label(Language language) {
    return language == Language.CHINESE ? chinese : english;
  }
}
