package io.github.regeneligibility.http.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The executable jar running as a child process. Its standard output and error go to the files
 * {@code outFile} and {@code errFile}, so that nothing it wrote before it ended is lost.
 */
public record ServiceProcess(Process process, Path outFile, Path errFile) implements AutoCloseable {
  public static final Pattern READY =
      Pattern.compile(
          "eligibility-http ready on port (\\d+) with policy (\\S+) (\\S+) \\(effective"
              + " (\\d{4}-\\d{2}-\\d{2})\\) in (\\d+) ms");

  /** Returns the executable jar that the build made. */
  public static Path jar() {
    Path jar = Path.of(System.getProperty("regen.http.jar", "target/eligibility-http.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run `./mvnw verify`, which packages it");
    }
    return jar;
  }

  /**
   * Starts {@code java [jvmOptions] -jar eligibility-http.jar [arguments]} with the environment
   * variables {@code PORT} and {@code ELIGIBILITY_POLICY} as given in {@code environment} only.
   */
  public static ServiceProcess start(
      List<String> jvmOptions, List<String> arguments, Map<String, String> environment) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(arguments);
    return run(command, environment);
  }

  /**
   * Starts {@code command}, which starts the service, with the environment variables {@code PORT}
   * and {@code ELIGIBILITY_POLICY} as given in {@code environment} only.
   */
  public static ServiceProcess run(List<String> command, Map<String, String> environment) {
    try {
      Path out = Files.createTempFile("eligibility-http", ".out");
      Path err = Files.createTempFile("eligibility-http", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().remove("PORT");
      builder.environment().remove("ELIGIBILITY_POLICY");
      builder.environment().remove("ELIGIBILITY_POLICIES");
      builder.environment().putAll(environment);
      return new ServiceProcess(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the jar with {@code arguments} and no JVM option or environment variable. */
  public static ServiceProcess withArguments(String... arguments) {
    return start(List.of(), List.of(arguments), Map.of());
  }

  /** Starts the jar on a free port of its choosing, with {@code environment}; see {@link #port}. */
  public static ServiceProcess onAnyPort(Map<String, String> environment) {
    return start(List.of(), List.of("--port", "0"), environment);
  }

  /** Returns whether nothing accepts connections on {@code port} of this machine any more. */
  public static boolean refusesConnections(int port) throws IOException {
    try {
      new Socket("localhost", port).close();
      return false;
    } catch (ConnectException e) {
      return true;
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the service is ready and returns the port it listens on. */
  public int port(Duration timeout) throws InterruptedException {
    return Integer.parseInt(awaitReady(timeout).group(1));
  }

  /** Waits for the startup log line and returns its match; fails if the process ends first. */
  public Matcher awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : out()) {
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
          return ready;
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError("the service ended with " + process.exitValue() + ": " + this);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the service was not ready within " + timeout + ": " + this);
  }

  /** Waits for the process to end and returns its exit status. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the service did not end within " + timeout + ": " + this);
    }
    return process.exitValue();
  }

  /** Returns the lines written to standard output so far. */
  public List<String> out() {
    return lines(outFile);
  }

  /** Returns what was written to standard output so far, line breaks included. */
  public String outText() {
    try {
      return Files.readString(outFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the lines written to standard error so far. */
  public List<String> err() {
    return lines(errFile);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the process if it still runs, and removes its output files. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    try {
      Files.deleteIfExists(outFile);
      Files.deleteIfExists(errFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "stdout " + out() + ", stderr " + err();
  }
}
