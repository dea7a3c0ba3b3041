package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.support.DuplexBatchClient;
import io.github.regeneligibility.http.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How a batch's answer ends, read from the raw chunked stream: a complete answer has the {@code
 * end} line and the last chunk; a batch the service cannot finish has neither, so that no client
 * can take a cut answer for a whole one.
 */
final class BatchCompletionTest {

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  private static int port() {
    return server.server().port();
  }

  @Test
  void completeBatch_endsWithTheEndLineCountingEachKind_thenTheLastChunk() throws Exception {
    String body = APPLICATION + "\n\n{\"id\": 1}\n" + APPLICATION + "\n";

    DuplexBatchClient.Answer answer =
        DuplexBatchClient.exchange(
            port(), TestServer.NDJSON, body.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.complete()).isTrue();
    assertThat(answer.lines()).hasSize(4);
    assertThat(answer.lines().get(3))
        .isEqualTo("{\"end\":{\"lines\":3,\"assessments\":2,\"errors\":1}}");
  }

  @Test
  void emptyBatch_isCompleteWithAnEndLineOfNoLines() throws Exception {
    DuplexBatchClient.Answer answer =
        DuplexBatchClient.exchange(port(), TestServer.NDJSON, new byte[0]);

    assertThat(answer.complete()).isTrue();
    assertThat(answer.lines())
        .containsExactly("{\"end\":{\"lines\":0,\"assessments\":0,\"errors\":0}}");
  }

  @Test
  void bodyBreakingOff_answersTheLineItWasOn_thenEndsWithoutTheEndLineOrTheLastChunk()
      throws Exception {
    try (DuplexBatchClient batch = new DuplexBatchClient(port())) {
      batch.send(APPLICATION + "\n" + APPLICATION + "\n{\"id\": \"APP-3\", \"proj");
      assertThat(batch.readLine()).startsWith("{\"line\":1,\"assessment\":");
      assertThat(batch.readLine()).startsWith("{\"line\":2,\"assessment\":");

      batch.breakOff();
      DuplexBatchClient.Answer rest = batch.readAnswer();

      assertThat(rest.complete()).as("the answer must not end with the last chunk").isFalse();
      assertThat(rest.lines()).hasSize(1);
      JsonNode last = TestServer.json(rest.lines().get(0));
      assertThat(last.get("line").asInt()).isEqualTo(3);
      assertThat(last.at("/error/status").asInt()).isEqualTo(400);
      assertThat(last.at("/error/detail").asText())
          .isEqualTo(
              "The body broke off at line 3: the answer ends here, without its end line; send the"
                  + " lines from 3 on again.");
    }
  }

  @Test
  void csvThatCannotBeReadOn_answersTheRecordWhereReadingStopped_andIsCut() throws Exception {
    String body =
        "id,projectName,applicantName,origin,role,sectors,primarySector,pathway,stage,"
            + "yearsToIndustrialization\r\n"
            + "A-2,CDMO,Co,DOMESTIC,SERVICE_PROVIDER,STEM_CELLS,STEM_CELLS,,,0\r\n"
            + "A-4,\"unclosed,x\r\n";

    DuplexBatchClient.Answer answer =
        DuplexBatchClient.exchange(port(), "text/csv", body.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.complete()).isFalse();
    List<String> lines = answer.lines();
    assertThat(lines).hasSize(2);
    assertThat(TestServer.json(lines.get(1)).at("/error/errors/0/code").asText())
        .isEqualTo("MALFORMED_CSV");
  }
}
