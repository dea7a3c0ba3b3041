package io.github.regeneligibility.records;

import io.github.regeneligibility.model.Assessment;

/**
 * A recorded application assessed again: under the edition recorded with it, and under today's.
 * Both are compared with the recorded assessment by their {@link Outcome} (tier, score, gates and
 * each criterion's points), not by their messages.
 *
 * @param record the record replayed
 * @param then the application assessed again under the recorded edition
 * @param matches whether {@code then} decides as the recorded assessment did
 * @param now the application assessed under the edition in force today
 * @param changed whether {@code now} decides otherwise than the recorded assessment did
 */
public record Replay(
    DecisionRecord record, Assessment then, boolean matches, Assessment now, boolean changed) {}
