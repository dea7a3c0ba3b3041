package io.github.regeneligibility.json;

import com.google.errorprone.annotations.Immutable;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Text;
import java.util.List;

/**
 * A kind of {@link ProblemDocument}: its type URI, its status and its title, the same for every
 * document of the kind. The library's kinds and a service's are made the same way.
 *
 * @param type the type URI
 * @param status the HTTP status, from 100 to 599
 * @param title the title, in both languages
 */
@Immutable
public record ProblemKind(String type, int status, Text title) {

  /**
   * Returns the kind of this project's problems named {@code slug}: its type URI is {@link
   * ProblemDocument#TYPE_BASE} followed by {@code slug}.
   */
  public static ProblemKind of(int status, String slug, Text title) {
    return new ProblemKind(ProblemDocument.TYPE_BASE + slug, status, title);
  }

  /**
   * Returns the document of this kind that {@code detail} tells, without {@code errors}.
   *
   * @throws IllegalArgumentException if the status is not from 100 to 599
   */
  public ProblemDocument document(Text detail) {
    return ProblemDocument.of(type, status, title, detail);
  }

  /**
   * Returns the document of this kind listing {@code errors}, and counting {@code omitted} more
   * that were not kept.
   *
   * @throws IllegalArgumentException if the status is not from 100 to 599 or {@code omitted} is
   *     negative
   */
  public ProblemDocument document(List<Problem> errors, long omitted) {
    return ProblemDocument.withErrors(type, status, title, errors, omitted);
  }
}
