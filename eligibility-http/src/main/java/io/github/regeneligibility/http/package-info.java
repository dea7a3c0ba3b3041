/**
 * The reference HTTP service. {@link EligibilityServer} serves the project's wire contract over
 * Javalin: its handlers only translate HTTP to the rules and the JSON binding and back, and every
 * failure becomes an RFC 9457 problem in one place.
 */
@NullMarked
package io.github.regeneligibility.http;

import org.jspecify.annotations.NullMarked;
