package io.github.regeneligibility.records;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do with the records. {@code OFFICER} records decisions and reads them; {@code
 * AUDITOR} reads them; {@code ADMIN} manages users and tokens, and reads. Upper-case on the wire;
 * {@link #parse} takes any case, as the command line does.
 */
public enum UserRole {
  /** Records decisions and reads them. */
  OFFICER,
  /** Reads the records. */
  AUDITOR,
  /** Manages users and tokens, and reads the records. */
  ADMIN;

  /** Returns the role named {@code name} in any case ({@code officer}, {@code Officer}). */
  public static Optional<UserRole> parse(String name) {
    for (UserRole role : values()) {
      if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** Returns whether this role may record decisions. */
  public boolean mayRecord() {
    return this == OFFICER;
  }

  /** Returns whether this role may read the records (every role may). */
  public boolean mayRead() {
    return true;
  }

  /** Returns whether this role may manage users and tokens. */
  public boolean mayManage() {
    return this == ADMIN;
  }

  /** Returns this role's label for people, e.g. "Officer" / "经办人员". */
  public Text label() {
    return Texts.wording(this, "labels");
  }

  /** Returns this role's label in {@code language}. */
  public String label(Language language) {
    return label().in(language);
  }
}
