package io.github.regeneligibility.records;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.util.Optional;

/**
 * The outcome of issuing a bearer token: the token, shown this once (only its SHA-256 is kept), or
 * the problems that kept it from being issued.
 *
 * @param token the token, empty when there are problems
 * @param problems why no token was issued, empty when it was
 */
public record Issued(Optional<String> token, ImmutableList<Problem> problems) {

  /** Checks that exactly one of token and problems is given. */
  public Issued {
    if (token.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("give a token or problems, not both or neither");
    }
  }

  /** Returns the token without itself in the text, so that it is never logged by accident. */
  @Override
  public String toString() {
    return token.isPresent() ? "Issued[token]" : "Issued[" + problems + "]";
  }
}
