package io.github.regeneligibility.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** Names the policy edition an assessment used, so that an old decision can be reproduced. */
@Value.Immutable
public interface PolicyReference {

  /** The edition's id, e.g. {@code park-intake}. */
  @Value.Parameter
  String getId();

  /** The edition's version, e.g. {@code 2026.1}. */
  @Value.Parameter
  String getVersion();

  /** The first day the edition is in force. */
  @Value.Parameter
  LocalDate getEffectiveFrom();

  /** Creates a reference. */
  static PolicyReference of(String id, String version, LocalDate effectiveFrom) {
    return ImmutablePolicyReference.of(id, version, effectiveFrom);
  }
}
