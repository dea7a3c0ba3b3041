package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Role;
import org.immutables.value.Value;

/** The points of the {@code ROLE} criterion, by role. */
@Value.Immutable
public interface RolePoints extends CriterionPoints {

  /** Points by role; every role must have points. */
  ImmutableMap<Role, Integer> getRoles();

  /** {@code role.maxPoints}: the criterion's maximum, 0–100. */
  PolicyParameter<Integer> MAX_POINTS = parameters().maximum(Builder::maxPoints);

  /** {@code role.roles}: points by role, each 0 to the criterion's maximum. */
  PolicyParameter<ImmutableMap<Role, Integer>> ROLES =
      parameters().table("roles", Role.class, RolePoints::getRoles, Builder::roles);

  /** The criterion's parameters, in the order of a policy file. */
  ImmutableList<PolicyParameter<?>> PARAMETERS = ImmutableList.of(MAX_POINTS, ROLES);

  private static CriterionParameters<RolePoints, Builder> parameters() {
    return new CriterionParameters<>("role", PolicyEdition::getRole, draft -> draft.role);
  }

  /** Builds role points. */
  class Builder extends ImmutableRolePoints.Builder {}
}
