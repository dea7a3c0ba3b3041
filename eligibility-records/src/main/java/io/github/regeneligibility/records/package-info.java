/**
 * Decision records: what an officer decided on an assessed application, under which edition, by
 * whom and when; kept durably, searchable, replayable under the edition then and the edition now,
 * and guarded by users with roles, bearer tokens and an audit log. {@link Records} opens a store.
 */
@NullMarked
package io.github.regeneligibility.records;

import org.jspecify.annotations.NullMarked;
