/**
 * A Spring MVC application that assesses applications through the eligibility starter, and answers
 * as the reference service does.
 */
@NullMarked
package io.github.regeneligibility.examples.spring;

import org.jspecify.annotations.NullMarked;
