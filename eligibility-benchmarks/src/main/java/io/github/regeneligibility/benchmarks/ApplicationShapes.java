package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.rules.ApplicationDomain;
import java.util.stream.IntStream;

/**
 * Every valid application shape of {@link ApplicationDomain} under each origin: the sweep also
 * varies the origin (which the rules never read) so that it measures the engine on every value of
 * every field. Only the free text (id and names) is fixed.
 *
 * <p>How many: {@value ApplicationDomain#SIZE} shapes × 3 origins = {@value #COUNT}. Shape {@code
 * i} is the domain's shape {@code i % SIZE} with origin {@code i / SIZE}, so the shapes can be
 * validated in parallel.
 */
final class ApplicationShapes {
  private static final Origin[] ORIGINS = Origin.values();

  /** The number of valid application shapes, counting each origin. */
  static final int COUNT = 3 * ApplicationDomain.SIZE;

  private ApplicationShapes() {}

  /**
   * Returns every {@code stride}-th valid application shape (every shape for 1), each validated
   * like any other application.
   */
  static Application[] every(int stride) {
    if (stride < 1) {
      throw new IllegalArgumentException("stride must be 1 or more, not " + stride);
    }
    ApplicationValidator validator = ApplicationValidator.shared();
    return IntStream.range(0, (COUNT + stride - 1) / stride)
        .parallel()
        .mapToObj(i -> validator.validate(form(i * stride)).orElseThrow())
        .toArray(Application[]::new);
  }

  /** Returns the form of shape {@code index}, 0 to {@link #COUNT} (exclusive). */
  static ApplicationForm form(int index) {
    return ApplicationDomain.form(index % ApplicationDomain.SIZE)
        .id("SHAPE-" + index)
        .projectName("Shape")
        .applicantName("Shape Co.")
        .origin(ORIGINS[index / ApplicationDomain.SIZE])
        .build();
  }
}
