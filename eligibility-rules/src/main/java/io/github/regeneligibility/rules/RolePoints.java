package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Role;
import org.immutables.value.Value;

/** The points of the {@code ROLE} criterion, by role. */
@Value.Immutable
public interface RolePoints {

  /** The criterion's maximum. */
  int getMaxPoints();

  /** Points by role; every role must have points. */
  ImmutableMap<Role, Integer> getRoles();

  /** {@code role.maxPoints}: the criterion's maximum, 0–100. */
  PolicyParameter<Integer> MAX_POINTS =
      PolicyParameter.maximum(
          "role", e -> e.getRole().getMaxPoints(), (draft, points) -> draft.role.maxPoints(points));

  /** {@code role.roles}: points by role, each 0 to the criterion's maximum. */
  PolicyParameter<ImmutableMap<Role, Integer>> ROLES =
      PolicyParameter.table(
          "role.roles",
          Role.class,
          e -> e.getRole().getMaxPoints(),
          e -> e.getRole().getRoles(),
          (draft, points) -> draft.role.roles(points));

  /** The criterion's parameters, in the order of a policy file. */
  ImmutableList<PolicyParameter<?>> PARAMETERS = ImmutableList.of(MAX_POINTS, ROLES);

  /** Builds role points. */
  class Builder extends ImmutableRolePoints.Builder {}
}
