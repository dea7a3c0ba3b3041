package io.github.regeneligibility.model;

import org.immutables.value.Value;

/** The result of one hard gate: whether it passed, and why. */
@Value.Immutable
public interface GateResult {

  /** The gate. */
  @Value.Parameter
  Gate getGate();

  /** Whether the gate passed. */
  @Value.Parameter
  boolean isPassed();

  /** Why the gate passed or failed. */
  @Value.Parameter
  Reason getReason();

  /** Creates a gate result. */
  static GateResult of(Gate gate, boolean passed, Reason reason) {
    return ImmutableGateResult.of(gate, passed, reason);
  }
}
