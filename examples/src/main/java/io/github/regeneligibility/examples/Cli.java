package io.github.regeneligibility.examples;

import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/** The command line of the examples that take files: arguments, exit statuses, failures. */
final class Cli {

  /** What an example does with its arguments, printing to {@code out}. */
  interface Run {
    void run(String[] args, PrintStream out) throws IOException, PolicyFileException;
  }

  private Cli() {}

  /**
   * Runs {@code run} with at most two arguments, printing to standard output in UTF-8. Exits with
   * status 2 and {@code usage} for more arguments, and with status 1 when a file cannot be read or
   * written ({@code failure} then says what could not be done) or a policy file is refused.
   */
  static void main(String[] args, String usage, String failure, Run run) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 2) {
      System.err.println("usage: " + usage);
      System.exit(2);
    }
    try {
      run.run(args, out);
    } catch (PolicyFileException e) {
      System.err.println("The policy file is refused:");
      for (Problem problem : e.getProblems()) {
        System.err.println("  " + problem.describe(Language.ENGLISH));
      }
      System.exit(1);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      String problem =
          e instanceof NoSuchFileException ? "no such file " + e.getMessage() : e.getMessage();
      System.err.println(failure + ": " + problem);
      System.exit(1);
    }
    out.flush();
  }
}
