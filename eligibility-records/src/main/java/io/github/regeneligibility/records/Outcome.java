package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.GateResult;
import io.github.regeneligibility.model.Tier;
import java.util.Locale;
import java.util.Map;

/**
 * What an assessment decided, without its messages: the tier, the score, whether each gate passed
 * and each criterion's points. Two assessments of one application agree when their outcomes are
 * equal; a replay compares outcomes, since messages may be reworded without changing a decision.
 *
 * @param tier the tier
 * @param score the score
 * @param gates whether each gate passed, in the order of {@link Gate}
 * @param points each criterion's points, in the order of {@link Criterion}
 */
public record Outcome(
    Tier tier,
    int score,
    ImmutableMap<Gate, Boolean> gates,
    ImmutableMap<Criterion, Integer> points) {

  /** Checks that every gate and every criterion is there. */
  public Outcome {
    if (gates.size() != Gate.values().length || points.size() != Criterion.values().length) {
      throw new IllegalArgumentException(
          "an outcome names every gate and criterion, not " + gates + " and " + points);
    }
  }

  /** Returns the outcome of {@code assessment}. */
  public static Outcome of(Assessment assessment) {
    ImmutableMap.Builder<Gate, Boolean> gates = ImmutableMap.builder();
    for (GateResult gate : assessment.getGates()) {
      gates.put(gate.getGate(), gate.isPassed());
    }
    ImmutableMap.Builder<Criterion, Integer> points = ImmutableMap.builder();
    for (CriterionResult criterion : assessment.getCriteria()) {
      points.put(criterion.getCriterion(), criterion.getPoints());
    }
    return new Outcome(
        assessment.getTier(), assessment.getScore(), gates.buildOrThrow(), points.buildOrThrow());
  }

  /**
   * Returns this outcome as one line of text, as it is stored: {@code TIER score GATE=true ...
   * CRITERION=points ...}. {@link #parse} reads it back.
   */
  String encode() {
    StringBuilder out = new StringBuilder(tier.name()).append(' ').append(score);
    for (Map.Entry<Gate, Boolean> gate : gates.entrySet()) {
      out.append(' ').append(gate.getKey().name()).append('=').append(gate.getValue());
    }
    for (Map.Entry<Criterion, Integer> criterion : points.entrySet()) {
      out.append(' ').append(criterion.getKey().name()).append('=').append(criterion.getValue());
    }
    return out.toString();
  }

  /**
   * Reads an outcome written by {@link #encode}.
   *
   * @throws IllegalArgumentException if {@code encoded} is not one
   */
  static Outcome parse(String encoded) {
    String[] parts = encoded.split(" ", -1);
    int gateCount = Gate.values().length;
    if (parts.length != 2 + gateCount + Criterion.values().length) {
      throw new IllegalArgumentException("not a stored outcome: " + encoded);
    }
    ImmutableMap.Builder<Gate, Boolean> gates = ImmutableMap.builder();
    ImmutableMap.Builder<Criterion, Integer> points = ImmutableMap.builder();
    for (int i = 2; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length != 2) {
        throw new IllegalArgumentException("not a stored outcome: " + encoded);
      }
      if (i < 2 + gateCount) {
        gates.put(Gate.valueOf(pair[0]), Boolean.parseBoolean(pair[1].toLowerCase(Locale.ROOT)));
      } else {
        points.put(Criterion.valueOf(pair[0]), Integer.parseInt(pair[1]));
      }
    }
    return new Outcome(
        Tier.valueOf(parts[0]),
        Integer.parseInt(parts[1]),
        gates.buildOrThrow(),
        points.buildOrThrow());
  }
}
