package io.github.regeneligibility.model;

/**
 * A stable problem code: every {@link Problem} the library and the service report carries one.
 * Clients may branch on the {@linkplain #name() names}, which never change. Each module declares
 * the codes it raises in an enum of its own, beside its texts: this module the validity rules of an
 * application ({@link ValidityCode}), the rules the promises of a policy edition, the JSON binding
 * the formats it reads, policy files and impact requests, the service its requests. Each code has a
 * message {@link Template} in English and in Simplified Chinese, read and checked when it is first
 * used; {@code {path}} stands for where the problem is (a field, a JSON path or a policy
 * parameter), other placeholders for the facts of the problem.
 */
public interface ProblemCode {

  /** Returns the code's stable name, as on the wire: an enum constant's name. */
  String name();

  /**
   * Returns the message template: by default the code's text in the files {@code
   * problems_<locale>.properties} beside its enum, keyed by its name and read once.
   *
   * @throws IllegalStateException if the files are missing, hold different keys or have no text for
   *     the code, or if the code is not an enum constant and declares no template of its own
   */
  default Template template() {
    return CodeTemplates.of(this);
  }
}
