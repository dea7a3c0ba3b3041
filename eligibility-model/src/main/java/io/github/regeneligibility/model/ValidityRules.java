package io.github.regeneligibility.model;

import java.util.Collection;
import java.util.Optional;

/**
 * The cross-field validity rules, as predicates. The Hibernate Validator constraints of {@link
 * ApplicationForm} and the changes of a valid {@link Application} both call these, so the rules
 * exist once.
 */
final class ValidityRules {
  private ValidityRules() {}

  /** The primary sector is one of the sectors. */
  static boolean primaryAmongSectors(Sector primary, Collection<Sector> sectors) {
    return sectors.contains(primary);
  }

  /** A product role gives this attribute; other roles do not. */
  static boolean presentExactlyForProductRoles(Role role, Optional<?> attribute) {
    return role.isProductRole() == attribute.isPresent();
  }

  /** The stage is within what the pathway can reach. */
  static boolean stageWithinPathway(Pathway pathway, Stage stage) {
    return stage.compareTo(pathway.highestStage()) <= 0;
  }

  /** The years lie within 0 and {@link Application#MAX_YEARS}. */
  static boolean yearsInRange(int years) {
    return years >= 0 && years <= Application.MAX_YEARS;
  }

  /** There are 1 to {@link Application#MAX_SECTORS} sectors. */
  static boolean sectorCountInRange(int count) {
    return count >= 1 && count <= Application.MAX_SECTORS;
  }
}
