package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.rules.Eligibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JVM's metrics are bound once the server is ready, yet every scrape has them. */
final class ServiceMetricsTest {

  /** One metric of each JVM binder: memory, threads, classes, processors, uptime and GC. */
  private static final List<String> JVM_METRICS =
      List.of(
          "jvm_memory_used_bytes{",
          "jvm_threads_live_threads ",
          "jvm_classes_loaded_classes ",
          "system_cpu_count ",
          "process_uptime_seconds ",
          "jvm_gc_memory_allocated_bytes_total ");

  @Test
  void scrape_beforeAnyPreparation_hasTheJvmMetrics() {
    ServiceMetrics metrics = ServiceMetrics.prometheus(Eligibility::defaultEdition);

    String text = metrics.scrape();

    assertThat(text.lines()).anySatisfy(line -> assertThat(line).startsWith("eligibility_"));
    for (String metric : JVM_METRICS) {
      assertThat(text.lines()).as(metric).anySatisfy(line -> assertThat(line).startsWith(metric));
    }
  }
}
