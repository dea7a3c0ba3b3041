package io.github.regeneligibility.http;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the subcommands of the executable jar share: {@code --help} and {@code --version}, the
 * heading of their exit statuses, and the spec picocli gives them. Picocli reads this {@code
 * Command} under each subcommand's own, which names the subcommand and its texts.
 */
@Command(mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit status:%n")
abstract class Subcommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  /** Returns the command line that parsed this subcommand. */
  final CommandLine commandLine() {
    return Objects.requireNonNull(spec).commandLine();
  }
}
