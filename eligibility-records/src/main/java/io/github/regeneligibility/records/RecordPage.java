package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One page of the records a search found, newest first.
 *
 * @param decisions the records of this page, at most the search's limit
 * @param next the cursor of the next page, empty on the last
 */
public record RecordPage(ImmutableList<DecisionRecord> decisions, Optional<String> next) {}
