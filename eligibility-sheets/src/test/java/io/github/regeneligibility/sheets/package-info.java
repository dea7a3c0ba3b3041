@NullMarked
package io.github.regeneligibility.sheets;

import org.jspecify.annotations.NullMarked;
