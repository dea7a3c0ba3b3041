package io.github.regeneligibility.model;

/** A product's development stage; constants are declared in ladder order, earliest first. */
public enum Stage implements Labelled, Ladder<Stage> {
  /** Discovery research. */
  DISCOVERY,
  /** Animal studies, process development, pilot batches. */
  PRECLINICAL,
  /** IND, research filing or device trial application submitted. */
  CLINICAL_APPLICATION,
  /** Clinical research approval obtained: IND cleared, filing accepted, device trial approved. */
  CLINICAL_APPROVED,
  /** First-in-human, phase I. */
  CLINICAL_TRIAL_EARLY,
  /** Phase II/III, confirmatory. */
  CLINICAL_TRIAL_PIVOTAL,
  /** Registration submitted: about to obtain the certificate. */
  MARKETING_APPLICATION,
  /** Registration certificate obtained. */
  MARKETING_APPROVED,
  /** On the market. */
  MARKETED
}
