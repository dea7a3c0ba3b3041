package io.github.regeneligibility.http;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static io.github.regeneligibility.http.support.TestServer.JSON;
import static io.github.regeneligibility.http.support.TestServer.contentType;
import static io.github.regeneligibility.http.support.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.http.support.ServiceProcess;
import io.github.regeneligibility.http.support.TestServer;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.rules.Eligibility;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the executable jar as a person would, with flags and environment variables. A start waits
 * up to two minutes: the deadline is a bound, not a figure, and a busy machine (a build beside the
 * tests, load 20 and more on two cores) has taken over 30 s to start the jar.
 */
final class ExecutableJarIT {
  private static final Duration START = Duration.ofMinutes(2);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path directory;

  /** The default edition as a policy file, written from the edition embedded in the rules. */
  private static String defaultPolicy() {
    return EligibilityJson.create().writePolicy(Eligibility.defaultEdition()) + "\n";
  }

  /** Writes the default edition's policy file with each {@code from, to} pair of texts replaced. */
  private Path policyFile(String... fromTo) throws IOException {
    String policy = defaultPolicy();
    for (int i = 0; i < fromTo.length; i += 2) {
      assertThat(policy).contains(fromTo[i]);
      policy = policy.replace(fromTo[i], fromTo[i + 1]);
    }
    return Files.writeString(directory.resolve("policy.json"), policy);
  }

  private static HttpResponse<String> get(int port, String path)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void jar_portFromTheEnvironment_servesTheDefaultPolicyAndLogsWhenReady() throws Exception {
    int port = ServiceProcess.freePort();
    try (ServiceProcess service =
        ServiceProcess.start(List.of(), List.of(), Map.of("PORT", String.valueOf(port)))) {
      Matcher ready = service.awaitReady(START);
      HttpResponse<String> health = get(port, "/health");

      assertThat(ready.group(1)).isEqualTo(String.valueOf(port));
      assertThat(ready.group(2) + " " + ready.group(3) + " " + ready.group(4))
          .isEqualTo("park-intake 2026.1 2026-01-01");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(contentType(health)).isEqualTo(JSON);
      assertThat(json(health).get("policy").get("version").asText()).isEqualTo("2026.1");
      assertThat(service.err()).isEmpty();
    }
  }

  @Test
  void jar_validationMessagesInChinese_surviveShading() throws Exception {
    try (ServiceProcess service = ServiceProcess.onAnyPort(Map.of())) {
      int port = service.port(START);
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/assessments"))
                  .header("Content-Type", JSON)
                  .header("Accept-Language", "zh-CN")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          TestServer.APPLICATION.replace("\"APP-2026-0001\"", "\"bad id\"")))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(contentType(response)).isEqualTo(TestServer.PROBLEM_JSON);
      assertThat(json(response).get("errors").get(0).get("message").asText())
          .isEqualTo("“申请编号”须为 1 至 64 个字符，只能包含英文字母、数字、点（.）、下划线（_）和连字符（-）。");
    }
  }

  @Test
  void jar_portFlag_winsOverTheEnvironment() throws Exception {
    int flag = ServiceProcess.freePort();
    int environment = ServiceProcess.freePort();
    try (ServiceProcess service =
        ServiceProcess.start(
            List.of(),
            List.of("--port", String.valueOf(flag)),
            Map.of("PORT", String.valueOf(environment)))) {
      Matcher ready = service.awaitReady(START);
      HttpResponse<String> health = get(flag, "/health");

      assertThat(ready.group(1)).isEqualTo(String.valueOf(flag));
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(contentType(health)).isEqualTo(JSON);
      assertThat(json(health).get("status").asText()).isEqualTo("UP");
    }
  }

  @Test
  void jar_policyFileFromTheEnvironment_isServed() throws Exception {
    Path policy = policyFile("\"version\" : \"2026.1\"", "\"version\" : \"2026.1-local\"");
    try (ServiceProcess service =
        ServiceProcess.onAnyPort(Map.of("ELIGIBILITY_POLICY", policy.toString()))) {
      int port = service.port(START);
      HttpResponse<String> served = get(port, "/v1/policy");

      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(contentType(served)).isEqualTo(JSON);
      assertThat(json(served).get("version").asText()).isEqualTo("2026.1-local");
      assertThat(service.out())
          .anyMatch(line -> line.contains("with policy park-intake 2026.1-local"));
    }
  }

  @Test
  void jar_badPolicyFile_exitsNonZeroNamingEveryProblemWithoutServing() throws Exception {
    Path policy =
        policyFile("\"PRECLINICAL\" : 10", "\"PRECLINICAL\" : \"10\", \"PRECLINCAL\" : 4");
    try (ServiceProcess service =
        ServiceProcess.withArguments("--policy", policy.toString(), "--port", "0")) {
      assertThat(service.awaitExit(START)).isEqualTo(1);
      assertThat(service.err())
          .containsExactly(
              "eligibility-http: the policy file " + policy + " cannot be used:",
              "  maturity.stages.PRECLINICAL: maturity.stages.PRECLINICAL must be a whole number.",
              "  maturity.stages.PRECLINCAL: maturity.stages.PRECLINCAL is not a known property:"
                  + " check its spelling (unknown properties are refused).",
              "The service was not started.");
      assertThat(service.out()).noneMatch(line -> line.contains("ready"));
    }
  }

  @Test
  void jar_policyFileBreakingPromises_namesEachParameter() throws Exception {
    Path policy =
        policyFile(
            "\"PRECLINICAL\" : 10", "\"PRECLINICAL\" : 3",
            "\"eligibilityThreshold\" : 60", "\"eligibilityThreshold\" : 160");
    try (ServiceProcess service = ServiceProcess.withArguments("--policy", policy.toString())) {
      assertThat(service.awaitExit(START)).isEqualTo(1);
      assertThat(service.err())
          .contains(
              "  maturity.stages.PRECLINICAL: maturity.stages.PRECLINICAL 3 is below the 4 points"
                  + " of the earlier stage DISCOVERY: a later stage must never score less",
              "  eligibilityThreshold: eligibilityThreshold must be from 0 to 100, not 160");
      assertThat(service.out()).noneMatch(line -> line.contains("ready"));
    }
  }

  @Test
  void jar_missingPolicyFile_exitsNonZero() throws Exception {
    Path missing = directory.resolve("nowhere.json");
    try (ServiceProcess service = ServiceProcess.withArguments("--policy", missing.toString())) {
      assertThat(service.awaitExit(START)).isEqualTo(1);
      assertThat(service.err())
          .containsExactly(
              "eligibility-http: cannot read the policy file " + missing + ": no such file",
              "The service was not started.");
    }
  }

  @Test
  void jar_portOutOfRange_exitsWithAUsageError() throws Exception {
    try (ServiceProcess service = ServiceProcess.withArguments("--port", "70000")) {
      assertThat(service.awaitExit(START)).isEqualTo(2);
      assertThat(service.err()).first().isEqualTo("--port must be from 0 to 65535, not 70000");
    }
  }

  @Test
  void jar_portInUse_exitsNonZero() throws Exception {
    try (ServerSocket taken = new ServerSocket(0);
        ServiceProcess service =
            ServiceProcess.start(
                List.of(), List.of("--port", String.valueOf(taken.getLocalPort())), Map.of())) {
      assertThat(service.awaitExit(START)).isEqualTo(1);
      assertThat(service.err())
          .anyMatch(
              line -> line.startsWith("eligibility-http: cannot start: Port already in use."));
      assertThat(service.out()).noneMatch(line -> line.contains("ready"));
    }
  }

  @Test
  void jar_noArguments_servesOnPort7070() throws Exception {
    assumeThat(isFree(EligibilityServer.DEFAULT_PORT)).as("port 7070 is free").isTrue();
    try (ServiceProcess service = ServiceProcess.withArguments()) {
      Matcher ready = service.awaitReady(START);
      HttpResponse<String> health = get(EligibilityServer.DEFAULT_PORT, "/health");

      assertThat(ready.group(1)).isEqualTo("7070");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(contentType(health)).isEqualTo(JSON);
    }
  }

  @Test
  void jar_accessLog_hasOneLinePerRequestWithRouteStatusBytesTimeAndEdition() throws Exception {
    try (ServiceProcess service = ServiceProcess.onAnyPort(Map.of())) {
      int port = service.port(START);
      HttpResponse<String> assessed =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/v1/assessments?on=2026-02-01"))
                      .header("Content-Type", JSON)
                      .POST(HttpRequest.BodyPublishers.ofString(APPLICATION))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      get(port, "/health");
      long deadline = System.nanoTime() + START.toNanos();
      while (accessLines(service).size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      List<String> lines = accessLines(service);

      assertThat(lines).hasSize(2);
      assertThat(lines.get(0))
          .matches(
              ".* access - POST /v1/assessments 200 "
                  + assessed.body().getBytes(StandardCharsets.UTF_8).length
                  + "B \\d+\\.\\dms edition=park-intake@2026\\.1 on=2026-02-01 requestId="
                  + assessed.headers().firstValue("X-Request-Id").orElseThrow());
      assertThat(lines.get(1))
          .matches(
              ".* access - GET /health 200 \\d+B \\d+\\.\\dms edition=- requestId=[0-9a-f]{32}");
      assertThat(service.out()).noneMatch(line -> line.contains("Allogeneic MSC therapy"));
    }
  }

  @Test
  void jar_logFormatJson_writesEveryLineAsALogstashJsonObject() throws Exception {
    try (ServiceProcess service =
        ServiceProcess.onAnyPort(Map.of("ELIGIBILITY_LOG_FORMAT", "json"))) {
      int port = service.port(START);
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                      .header("X-Request-Id", "probe-7")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.headers().firstValue("X-Request-Id")).hasValue("probe-7");
      long deadline = System.nanoTime() + START.toNanos();
      while (service.out().stream().noneMatch(line -> line.contains("probe-7"))
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }

      List<String> lines = service.out().stream().filter(line -> !line.isBlank()).toList();
      assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
      for (String line : lines) {
        assertThat(json(line).get("@timestamp")).as(line).isNotNull();
        assertThat(json(line).get("level")).as(line).isNotNull();
      }
      JsonNode access =
          lines.stream()
              .map(TestServer::json)
              .filter(line -> "eligibility.access".equals(line.path("logger_name").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(access.get("message").asText()).startsWith("GET /health 200 ");
      assertThat(access.get("requestId").asText()).isEqualTo("probe-7");
      assertThat(access.get("level").asText()).isEqualTo("INFO");
    }
  }

  @Test
  void jar_policyCommand_printsTheDefaultEditionAsAPolicyFile() throws Exception {
    try (ServiceProcess command = ServiceProcess.withArguments("policy")) {
      assertThat(command.awaitExit(START)).isZero();
      assertThat(command.outText()).isEqualTo(defaultPolicy());
      assertThat(command.err()).isEmpty();
    }
  }

  /** A directory holding the default 2026.1 edition and {@code more} files (name, content). */
  private Path policies(String... more) throws IOException {
    Path dir = Files.createDirectory(directory.resolve("policies"));
    Files.writeString(dir.resolve("park-intake-2026.1.json"), defaultPolicy());
    for (int i = 0; i < more.length; i += 2) {
      Files.writeString(dir.resolve(more[i]), more[i + 1]);
    }
    return dir;
  }

  @Test
  void jar_policiesDirectory_servesEveryEditionAndListsThem() throws Exception {
    Path dir = policies();
    try (ServiceProcess service =
        ServiceProcess.onAnyPort(Map.of("ELIGIBILITY_POLICIES", dir.toString()))) {
      int port = service.port(START);
      HttpResponse<String> editions = get(port, "/v1/policy/editions");

      assertThat(editions.statusCode()).isEqualTo(200);
      assertThat(json(editions).get("editions").get(0).get("version").asText()).isEqualTo("2026.1");
      assertThat(json(editions).get("editions").get(0).get("status").asText())
          .isEqualTo("IN_FORCE");
    }
  }

  @Test
  void jar_policiesDirectoryWithABadSet_exitsOneNamingEachProblemByFile() throws Exception {
    String sameDate =
        defaultPolicy().replace("\"id\" : \"park-intake\"", "\"id\" : \"other-park\"");
    Path dir = policies("same-date.json", sameDate, "broken.json", "{\"id\": ");
    try (ServiceProcess service =
        ServiceProcess.withArguments("--policies", dir.toString(), "--port", "0")) {
      assertThat(service.awaitExit(START)).isEqualTo(1);
      assertThat(service.err().get(0))
          .isEqualTo("eligibility-http: the policy editions in " + dir + " cannot be used:");
      assertThat(service.err()).anyMatch(line -> line.startsWith("  broken.json: $: "));
      assertThat(service.err())
          .contains(
              "  same-date.json: effectiveFrom: effectiveFrom 2026-01-01 is also the effective date"
                  + " of the edition in park-intake-2026.1.json: give each edition its own date.");
      assertThat(service.out()).noneMatch(line -> line.contains("ready"));
    }
  }

  @Test
  void jar_policiesDirectoryWithNoEditionInForceToday_exitsOne() throws Exception {
    Path dir = Files.createDirectory(directory.resolve("future"));
    Files.writeString(
        dir.resolve("future.json"),
        defaultPolicy()
            .replace("\"effectiveFrom\" : \"2026-01-01\"", "\"effectiveFrom\" : \"2999-01-01\""));
    try (ServiceProcess service =
        ServiceProcess.withArguments("--policies", dir.toString(), "--port", "0")) {
      assertThat(service.awaitExit(START)).isEqualTo(1);
      assertThat(service.err()).anyMatch(line -> line.contains("No edition is in force today"));
    }
  }

  @Test
  void jar_policyAndPolicies_isAUsageError() throws Exception {
    Path dir = policies();
    try (ServiceProcess service =
        ServiceProcess.withArguments(
            "--policies", dir.toString(), "--policy", policyFile().toString())) {
      assertThat(service.awaitExit(START)).isEqualTo(2);
      assertThat(service.err())
          .anyMatch(line -> line.contains("--policy and --policies cannot be used together"));
    }
  }

  private static List<String> accessLines(ServiceProcess service) {
    return service.out().stream().filter(line -> line.contains(" access - ")).toList();
  }

  @Test
  void jar_badDrainDelay_exitsWithAUsageError() throws Exception {
    try (ServiceProcess service = ServiceProcess.withArguments("--drain-delay", "soon")) {
      assertThat(service.awaitExit(START)).isEqualTo(2);
      assertThat(service.err())
          .anyMatch(line -> line.contains("'soon' is not a duration such as 250ms, 5s or 2m"));
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return socket.getLocalPort() == port;
    } catch (IOException e) {
      return false;
    }
  }
}
