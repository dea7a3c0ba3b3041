package io.github.regeneligibility.rules;

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

  /** Builds role points. */
  class Builder extends ImmutableRolePoints.Builder {}
}
