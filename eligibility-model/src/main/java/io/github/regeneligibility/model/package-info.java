/**
 * The domain model of park intake: applications as submitted ({@link ApplicationForm}), valid
 * applications ({@link Application}), their vocabulary (sectors, roles, pathways, stages, origins,
 * tiers) and the results of an assessment ({@link Assessment}).
 *
 * <p>Every type here is immutable and free of nulls. Bilingual labels and messages are rendered on
 * demand for a {@link Language}.
 */
@NullMarked
@ValueStyle
package io.github.regeneligibility.model;

import org.jspecify.annotations.NullMarked;
