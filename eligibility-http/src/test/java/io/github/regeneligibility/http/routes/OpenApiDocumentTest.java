package io.github.regeneligibility.http.routes;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.NDJSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyParameter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the served OpenAPI document against the service: it is valid OpenAPI 3.1 (that it lists
 * exactly the routes registered with the router is {@code RegisteredRoutesTest}'s), and real
 * responses validate against the schema it gives for their route, status and media type.
 */
final class OpenApiDocumentTest {
  /** Where the schema registry finds the served document: nothing is fetched from there. */
  private static final String DOCUMENT = "https://regen-eligibility.invalid/openapi.json";

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          Dialects.getOpenApi31(), registry -> registry.schemas(Map.of(DOCUMENT, document())));

  @RegisterExtension static final TestServer server = TestServer.withDefaultEdition();

  /** The document as served: the resource with the policy-file schema written in. */
  private static String document() {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("openapi.json")) {
      return new String(PolicyEditionSchema.document(in.readAllBytes()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void document_servedAtOpenApiJson_isValidOpenApi31() {
    HttpResponse<String> response = server.get("/openapi.json");

    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(JSON);
    assertThat(response.body()).isEqualTo(document());
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
  }

  /*
   * The next three tests keep the document clean for the public OpenAPI linters (Redocly's
   * recommended rules and Spectral's spectral:oas), which the build cannot run: every operation
   * has a declared tag, a description and a 4xx response; every component is used; the document
   * states that the service has no authentication of its own, and where it belongs.
   */

  @Test
  void document_everyOperation_hasADeclaredTagADescriptionAndA4xxResponse() {
    OpenAPI api = new OpenAPIV3Parser().readContents(document()).getOpenAPI();
    Set<String> declared = new TreeSet<>();
    api.getTags().stream().map(Tag::getName).forEach(declared::add);

    assertThat(api.getServers()).isNotEmpty();
    assertThat(api.getInfo().getContact().getUrl()).isNotBlank();
    assertThat(api.getInfo().getLicense().getIdentifier()).isEqualTo("Apache-2.0");
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        String name = entry.getKey() + " " + path.getKey();
        assertThat(operation.getTags()).as(name).isNotEmpty();
        assertThat(declared).as(name).containsAll(operation.getTags());
        assertThat(operation.getDescription()).as(name).isNotBlank();
        assertThat(operation.getResponses().keySet()).as(name).anyMatch(s -> s.startsWith("4"));
      }
    }
  }

  @Test
  void document_components_areEachReferenced() {
    JsonNode root = json(document());
    Set<String> references = new TreeSet<>();
    collectReferences(root, references);
    Set<String> components = new TreeSet<>();
    root.path("components").properties().stream()
        .filter(kind -> !kind.getKey().equals("securitySchemes"))
        .forEach(
            kind ->
                kind.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        name -> components.add("#/components/" + kind.getKey() + "/" + name)));

    assertThat(components).hasSizeGreaterThan(10);
    assertThat(references).containsAll(components);
  }

  private static void collectReferences(JsonNode node, Set<String> references) {
    JsonNode reference = node.get("$ref");
    if (reference != null && reference.isTextual()) {
      references.add(reference.asText());
    }
    node.forEach(child -> collectReferences(child, references));
  }

  @Test
  void document_opensTheAssessmentsAndLocksTheRecords_andSaysHow() {
    JsonNode root = json(document());
    List<String> locked = new ArrayList<>();
    root.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          JsonNode security = operation.getValue().path("security");
                          if (!security.isMissingNode()) {
                            assertThat(
                                    security.get(0).has("bearerAuth")
                                        || security.get(0).has("cookieAuth"))
                                .isTrue();
                            assertThat(operation.getValue().path("responses").has("401")).isTrue();
                            assertThat(operation.getValue().path("responses").has("403")).isTrue();
                            locked.add(operation.getKey() + " " + path.getKey());
                          }
                        }));

    assertThat(root.path("security").isArray()).isTrue();
    assertThat(root.path("security")).isEmpty();
    assertThat(root.at("/components/securitySchemes/bearerAuth/scheme").asText())
        .isEqualTo("bearer");
    assertThat(root.at("/components/securitySchemes/cookieAuth/name").asText())
        .isEqualTo(Bearer.COOKIE);
    assertThat(locked)
        .containsExactlyInAnyOrder(
            "post /v1/decisions",
            "get /v1/decisions",
            "get /v1/decisions/{id}",
            "get /v1/decisions/{id}/replay",
            "get /v1/session",
            "delete /v1/session");
    assertThat(root.path("info").path("description").asText())
        .contains("Authentication:")
        .contains("Authorization: Bearer")
        .contains("behind a gateway");
  }

  /**
   * The schema the document gives for a response of {@code method path} with {@code status} and
   * {@code media}, following a reference to a shared response.
   */
  static Schema responseSchema(String path, String method, int status, String media) {
    String response = "/paths/" + escape(path) + "/" + method + "/responses/" + status;
    String reference = json(document()).at(response).path("$ref").asText("");
    String at = reference.isEmpty() ? response : reference.substring(1);
    return SCHEMAS.getSchema(
        SchemaLocation.of(DOCUMENT + "#" + at + "/content/" + escape(media) + "/schema"));
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  static Stream<Arguments> exchanges() {
    String tooLarge = APPLICATION.replace("{", "{" + " ".repeat(Limits.MAX_BODY_BYTES));
    String service =
        APPLICATION
            .replace("INNOVATOR", "SERVICE_PROVIDER")
            .replace("\"DRUG\"", "null")
            .replace("\"CLINICAL_APPROVED\"", "null");
    String invalid = "{\"id\": 3, \"typo\": true, \"sectors\": [\"STEM_CELLS\", \"STEM_CELLS\"]}";
    return Stream.of(
        Arguments.of("POST", "/v1/assessments", JSON, APPLICATION, "en", 200),
        Arguments.of("POST", "/v1/assessments?on=2026-02-01", JSON, service, "zh", 200),
        Arguments.of("POST", "/v1/assessments", JSON, invalid, "zh", 400),
        Arguments.of("POST", "/v1/assessments?on=someday", JSON, APPLICATION, "en", 400),
        Arguments.of("POST", "/v1/assessments", JSON, tooLarge, "en", 413),
        Arguments.of("POST", "/v1/assessments", "text/plain", APPLICATION, "en", 415),
        Arguments.of("POST", "/v1/assessments/batch", JSON, APPLICATION, "zh", 415),
        Arguments.of("POST", "/v1/assessments/batch?on=x", NDJSON, APPLICATION, "en", 400),
        Arguments.of("GET", "/v1/policy", null, null, "en", 200),
        Arguments.of("GET", "/health", null, null, "zh", 200),
        Arguments.of("GET", "/openapi.json", null, null, "en", 200));
  }

  @ParameterizedTest(name = "{0} {1} ({2}, {4}) is {5}")
  @MethodSource("exchanges")
  void response_ofARoute_validatesAgainstTheDocumentedSchema(
      String method, String target, String type, String body, String language, int status) {
    HttpResponse<String> response =
        method.equals("GET")
            ? server.get(target, "Accept-Language", language)
            : server.post(target, type, body, "Accept-Language", language);
    String media = status == 200 ? JSON : MediaTypes.PROBLEM_JSON;
    Schema schema =
        responseSchema(
            target.replaceFirst("\\?.*", ""), method.toLowerCase(Locale.ROOT), status, media);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(contentType(response)).isEqualTo(media);
    assertThat(errors(schema, response.body())).as(response.body()).isEmpty();
  }

  @Test
  void response_ofABatch_validatesLineByLineAgainstTheDocumentedSchema() {
    HttpResponse<String> response =
        server.post(
            "/v1/assessments/batch", NDJSON, APPLICATION + "\n{\"typo\": 1}\n\n[]\n" + APPLICATION);
    Schema line = responseSchema("/v1/assessments/batch", "post", 200, NDJSON);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo(NDJSON);
    String[] lines = response.body().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[4]).isEqualTo("{\"end\":{\"lines\":4,\"assessments\":2,\"errors\":2}}");
    for (String json : lines) {
      assertThat(errors(line, json)).as(json).isEmpty();
    }
  }

  @Test
  void response_ofAnUnknownRouteOrMethod_validatesAgainstTheProblemSchema() {
    Schema problem =
        SCHEMAS.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/Problem"));
    HttpResponse<String> notFound = server.get("/v1/nothing");
    HttpResponse<String> notAllowed =
        server.send(HttpRequest.newBuilder(server.uri("/health")).DELETE());

    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notAllowed.statusCode()).isEqualTo(405);
    assertThat(contentType(notFound)).isEqualTo(MediaTypes.PROBLEM_JSON);
    assertThat(contentType(notAllowed)).isEqualTo(MediaTypes.PROBLEM_JSON);
    assertThat(errors(problem, notFound.body())).isEmpty();
    assertThat(errors(problem, notAllowed.body())).isEmpty();
  }

  @Test
  void policyEditionSchema_namesEveryDeclaredParameter_andTakesEveryEditionWritten()
      throws IOException {
    JsonNode schema = json(document()).at("/components/schemas/PolicyEdition");
    Schema edition =
        SCHEMAS.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/PolicyEdition"));
    EligibilityJson json = EligibilityJson.create();
    String written = json.writePolicy(Eligibility.defaultEdition());
    Path shipped = Path.of(System.getProperty("regen.policies", "../policies"));

    List<String> declared = new ArrayList<>();
    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      String path = parameter.path();
      String property = path.contains(".") ? path.replace(".", "/properties/") : path;
      assertThat(schema.at("/properties/" + property).isObject()).as(path).isTrue();
      String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
      if (!declared.contains(top)) {
        declared.add(top);
      }
    }
    List<String> required = new ArrayList<>();
    schema.get("required").forEach(name -> required.add(name.asText()));
    assertThat(required).isEqualTo(declared);
    assertThat(schema.at("/properties/eligibilityThreshold/maximum").asInt()).isEqualTo(100);
    assertThat(schema.at("/properties/maturity/properties/stages/required")).hasSize(9);
    assertThat(errors(edition, written)).isEmpty();
    assertThat(errors(edition, Files.readString(shipped.resolve("park-intake-2027.1.json"))))
        .isEmpty();
    assertThat(errors(edition, written.replace("\"none\" :", "\"nothing\" :"))).isNotEmpty();
    assertThat(errors(edition, written.replace("\"MARKETED\" : 40", "\"MARKETED\" : \"40\"")))
        .isNotEmpty();
    assertThat(errors(edition, written.replace("\"horizonLimit\" : 10", "\"horizonLimit\" : 51")))
        .isNotEmpty();
  }

  @Test
  void policyEditionSchema_documentWithoutItsPlaceholder_isRefused() {
    byte[] none = "{\"openapi\": \"3.1.0\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PolicyEditionSchema.document(none))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(PolicyEditionSchema.PLACEHOLDER);
  }

  @Test
  void schemas_refuseWhatTheServiceNeverSends() {
    Schema assessment =
        SCHEMAS.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/Assessment"));
    String valid = server.assess(APPLICATION).body();

    assertThat(errors(assessment, valid)).isEmpty();
    assertThat(errors(assessment, valid.replace("\"tier\":\"PRIORITY\"", "\"tier\":\"TOP\"")))
        .isNotEmpty();
    assertThat(
            errors(
                assessment, valid.replace("{\"applicationId\"", "{\"extra\":1,\"applicationId\"")))
        .isNotEmpty();
    assertThat(errors(assessment, valid.replace("\"score\":77", "\"score\":\"77\""))).isNotEmpty();
  }
}
