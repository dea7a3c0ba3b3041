package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The set of policy editions a running system serves, swapped whole while assessments run.
 *
 * <p>Each caller takes {@link #current()} once for a unit of work (a request, a batch) and uses
 * that set to its end, so it sees the whole old set or the whole new set, never a mix. A change
 * that would leave a bad set is {@linkplain #refuse refused}: the set stays as it was, and the
 * problems are kept until the next change is applied. Listeners hear of both. Thread-safe.
 */
public final class LiveEditions {

  /** Told of each change to a {@link LiveEditions}, on the thread that made it. */
  public interface Listener {
    /** A new set of editions was applied. */
    default void applied(PolicyEditions editions) {}

    /** A change was refused for {@code problems}; the set served did not change. */
    default void refused(ImmutableList<Problem> problems) {}

    /** Returns a listener that hands each applied set and each refusal to the given consumers. */
    static Listener of(
        Consumer<? super PolicyEditions> applied,
        Consumer<? super ImmutableList<Problem>> refused) {
      Objects.requireNonNull(applied, "applied");
      Objects.requireNonNull(refused, "refused");
      return new Listener() {
        @Override
        public void applied(PolicyEditions editions) {
          applied.accept(editions);
        }

        @Override
        public void refused(ImmutableList<Problem> problems) {
          refused.accept(problems);
        }
      };
    }
  }

  private record State(PolicyEditions editions, ImmutableList<Problem> problems) {}

  private volatile State state; // replaced whole, under the lock of this object
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  private LiveEditions(PolicyEditions initial) {
    this.state = new State(initial, ImmutableList.of());
  }

  /** Returns a live set that serves {@code initial} until a change is applied. */
  public static LiveEditions of(PolicyEditions initial) {
    return new LiveEditions(Objects.requireNonNull(initial, "initial"));
  }

  /** Returns the set served now. */
  public PolicyEditions current() {
    return state.editions();
  }

  /** Returns the problems of the last change if it was refused; empty if it was applied. */
  public ImmutableList<Problem> problems() {
    return state.problems();
  }

  /** Serves {@code editions} from now on, and tells the listeners. */
  public synchronized void apply(PolicyEditions editions) {
    state = new State(Objects.requireNonNull(editions, "editions"), ImmutableList.of());
    for (Listener listener : listeners) {
      listener.applied(editions);
    }
  }

  /**
   * Keeps the set served, records {@code problems} as those of the last change, and tells the
   * listeners.
   *
   * @throws IllegalArgumentException if {@code problems} is empty: a change refused names why
   */
  public synchronized void refuse(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refused change needs at least one problem");
    }
    ImmutableList<Problem> kept = ImmutableList.copyOf(problems);
    state = new State(state.editions(), kept);
    for (Listener listener : listeners) {
      listener.refused(kept);
    }
  }

  /** Adds {@code listener}, told of every change from now on. */
  public void addListener(Listener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }
}
