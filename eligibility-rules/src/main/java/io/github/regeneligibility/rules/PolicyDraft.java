package io.github.regeneligibility.rules;

/**
 * A policy edition being put together one {@link PolicyParameter} at a time, as a policy file is
 * read: {@link PolicyParameter#setOn} sets each parameter, {@link #build()} checks the whole.
 */
public final class PolicyDraft {
  final PolicyEdition.Builder edition = new PolicyEdition.Builder();
  final SectorFitPoints.Builder sectorFit = new SectorFitPoints.Builder();
  final MaturityPoints.Builder maturity = new MaturityPoints.Builder();
  final HorizonPoints.Builder horizon = new HorizonPoints.Builder();
  final RolePoints.Builder role = new RolePoints.Builder();

  /** Returns an empty draft. */
  public PolicyDraft() {}

  /** Returns a draft with every parameter set to its value in {@code edition}. */
  static PolicyDraft from(PolicyEdition edition) {
    PolicyDraft draft = new PolicyDraft();
    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      draft.copy(parameter, edition);
    }
    return draft;
  }

  private <T> void copy(PolicyParameter<T> parameter, PolicyEdition edition) {
    parameter.setOn(this, parameter.valueIn(edition));
  }

  /**
   * Builds the edition from every parameter set.
   *
   * @throws IllegalStateException if a parameter was not set
   * @throws InvalidPolicyException if the parameters break a promise of the policy
   */
  public PolicyEdition build() {
    return edition
        .sectorFit(sectorFit.build())
        .maturity(maturity.build())
        .horizon(horizon.build())
        .role(role.build())
        .build();
  }
}
