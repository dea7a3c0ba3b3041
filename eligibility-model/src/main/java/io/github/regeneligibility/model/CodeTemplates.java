package io.github.regeneligibility.model;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The message templates of the problem codes, each read once from its enum's texts. */
final class CodeTemplates {
  private static final ConcurrentMap<ProblemCode, Template> READ = new ConcurrentHashMap<>();

  private CodeTemplates() {}

  static Template of(ProblemCode code) {
    if (!(code instanceof Enum<?> constant)) {
      throw new IllegalStateException(
          "the texts of " + code.name() + " are read by enum constant; give it a template");
    }
    return READ.computeIfAbsent(code, key -> Template.of(Texts.wording(constant, "problems")));
  }
}
