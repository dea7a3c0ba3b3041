package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one input, kept up to {@link #MAX}: every problem added is counted, the first
 * {@value #MAX} are kept and the others only counted, so that hostile input (half a million bad
 * array elements, sixty thousand unknown properties) costs no more memory than a real application's
 * dozen problems. A list, so that the readers that add to a plain list add to this one alike.
 */
final class CappedProblems extends AbstractList<Problem> {

  /** The most problems kept for one input; the rest are counted as omitted. */
  static final int MAX = 100;

  private final List<Problem> kept = new ArrayList<>();
  private long omitted;

  /** Keeps {@code problem} if fewer than {@link #MAX} are kept, else counts it as omitted. */
  @Override
  public boolean add(Problem problem) {
    if (kept.size() < MAX) {
      kept.add(problem);
    } else {
      omitted++;
    }
    return true;
  }

  @Override
  public Problem get(int index) {
    return kept.get(index);
  }

  /** Returns how many problems are kept. */
  @Override
  public int size() {
    return kept.size();
  }

  /** Returns whether no problem was added. */
  @Override
  public boolean isEmpty() {
    return kept.isEmpty();
  }

  /** Returns how many problems were added past {@link #MAX} and not kept. */
  long omitted() {
    return omitted;
  }

  /** Returns the problems kept, in the order they were added. */
  ImmutableList<Problem> kept() {
    return ImmutableList.copyOf(kept);
  }
}
