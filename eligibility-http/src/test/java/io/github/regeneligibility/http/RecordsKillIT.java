package io.github.regeneligibility.http;

import static io.github.regeneligibility.http.support.TestServer.APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.http.support.ServiceProcess;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.records.Database;
import io.github.regeneligibility.records.RecordStore;
import io.github.regeneligibility.records.Records;
import io.github.regeneligibility.records.TestDatabase;
import io.github.regeneligibility.records.UserRole;
import io.github.regeneligibility.rules.Eligibility;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing acknowledged is lost: 8 writers record decisions through the executable jar, the jar is
 * killed with SIGKILL mid-run, started again on the same database, and every record it answered
 * {@code 201} is there and equal. On SQLite (under {@code --data}) and on PostgreSQL (a database of
 * its own in the server {@code bin/test} sets up).
 */
final class RecordsKillIT {
  private static final int WRITERS = 8;
  private static final int BEFORE_KILL = 300;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String URL =
      env("REGEN_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/regen_test");
  private static final String USER = env("REGEN_TEST_DATABASE_USER", "regen_test");
  private static final String PASSWORD = env("REGEN_TEST_DATABASE_PASSWORD", "regen_test");

  @TempDir Path directory;

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String urlOf(String name) {
    return URL.substring(0, URL.lastIndexOf('/') + 1) + name;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void kill9_midRun_everyAcknowledgedRecordIsThereAndEqualAfterRestart(String kind)
      throws Exception {
    String name = "regen_k_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    Database database;
    List<String> arguments = new ArrayList<>(List.of("--port", "0"));
    Map<String, String> environment;
    if (kind.equals("sqlite")) {
      Path data = directory.resolve("data");
      database = Database.embedded(data);
      arguments.addAll(List.of("--data", data.toString()));
      environment = Map.of();
    } else {
      execute("CREATE DATABASE " + name);
      database = Database.postgres(urlOf(name), USER, PASSWORD);
      arguments.addAll(List.of("--database-url", urlOf(name)));
      environment =
          Map.of("ELIGIBILITY_DATABASE_USER", USER, "ELIGIBILITY_DATABASE_PASSWORD", PASSWORD);
    }
    try {
      String token;
      try (RecordStore store =
          Records.open(
              database,
              Eligibility::defaultEditions,
              EligibilityJson.create(),
              Clock.systemUTC())) {
        store
            .accounts()
            .addUser("li.wei", UserRole.OFFICER, "correct horse battery".toCharArray(), "test");
        token = store.accounts().addToken("li.wei-laptop", "li.wei", "test").token().orElseThrow();
      }
      Map<String, String> acknowledged = new ConcurrentHashMap<>();
      try (ServiceProcess service = ServiceProcess.start(List.of(), arguments, environment)) {
        int port = service.port(Duration.ofSeconds(60));
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          Thread thread =
              new Thread(() -> write(port, token, writer, stop, acknowledged), "writer-" + w);
          thread.start();
          writers.add(thread);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acknowledged.size() < BEFORE_KILL && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        service.process().destroyForcibly(); // SIGKILL, mid-run: the writers are still sending
        service.process().waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        for (Thread thread : writers) {
          thread.join(TimeUnit.SECONDS.toMillis(60));
        }
      }
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(BEFORE_KILL);

      try (ServiceProcess again = ServiceProcess.start(List.of(), arguments, environment)) {
        int port = again.port(Duration.ofSeconds(60));
        HttpClient client = HttpClient.newHttpClient();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> record : acknowledged.entrySet()) {
          HttpResponse<String> read =
              client.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://localhost:" + port + "/v1/decisions/" + record.getKey()))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (read.statusCode() != 200
              || !MAPPER.readTree(read.body()).equals(MAPPER.readTree(record.getValue()))) {
            missing.add(record.getKey() + " " + read.statusCode());
          }
        }
        assertThat(missing).as("acknowledged, then missing or changed").isEmpty();
      }
    } finally {
      if (kind.equals("postgresql")) {
        TestDatabase.drop(name);
      }
    }
  }

  /** Records decisions until told to stop or the service is gone, keeping each one answered 201. */
  private static void write(
      int port, String token, int writer, AtomicBoolean stop, Map<String, String> acknowledged) {
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; !stop.get(); i++) {
      String application = APPLICATION.replace("APP-2026-0001", "APP-" + writer + "-" + i);
      try {
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/decisions"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"application\": " + application + ", \"disposition\": \"ACCEPT\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201) {
          acknowledged.put(MAPPER.readTree(answer.body()).get("id").asText(), answer.body());
        }
      } catch (IOException e) {
        return; // the service is gone
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
