/**
 * The service's lowest layer: what the wire contract fixes and every other part of the service
 * reads (route paths, media types, header values, limits, the codes of a request it cannot take).
 * It reads nothing of the service above it. Not a public API: the packages of {@code
 * eligibility-http} other than its root may change in any release.
 */
@NullMarked
package io.github.regeneligibility.http.contract;

import org.jspecify.annotations.NullMarked;
