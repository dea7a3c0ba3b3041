package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.support.TestServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The served OpenAPI document lists exactly the routes registered with the router, the decision
 * record routes included.
 */
final class RegisteredRoutesTest {

  @RegisterExtension static final TestServer server = TestServer.withRecords();

  @Test
  void document_routes_areExactlyTheRoutesRegisteredWithTheRouter() {
    OpenAPI api =
        new OpenAPIV3Parser().readContents(server.get("/openapi.json").body()).getOpenAPI();
    List<String> documented = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      path.getValue()
          .readOperationsMap()
          .keySet()
          .forEach(method -> documented.add(method.name() + " " + path.getKey()));
    }

    assertThat(server.server().routes())
        .hasSize(20)
        .containsExactlyInAnyOrderElementsOf(documented);
  }
}
