package io.github.regeneligibility.records;

import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import io.github.regeneligibility.model.Tier;

/**
 * What an officer decided on an assessed application. The rules advise a {@link Tier}; each tier
 * has a disposition of its own ({@link #ofTier}), and any other disposition needs a note that says
 * why ({@link RecordCode#NOTE_REQUIRED}).
 */
public enum Disposition {
  /** The project is taken in. */
  ACCEPT,
  /** The project is kept as a strategic reserve. */
  RESERVE,
  /** The project is declined. */
  DECLINE,
  /** The decision is put off, e.g. until a document arrives. */
  DEFER;

  /**
   * Returns the disposition that follows the tier: {@code ACCEPT} for {@code PRIORITY} and {@code
   * ELIGIBLE}, {@code RESERVE} for {@code RESERVE}, {@code DECLINE} for {@code INELIGIBLE}.
   */
  public static Disposition ofTier(Tier tier) {
    return switch (tier) {
      case PRIORITY, ELIGIBLE -> ACCEPT;
      case RESERVE -> RESERVE;
      case INELIGIBLE -> DECLINE;
    };
  }

  /** Returns this disposition's label for people, e.g. "Accept" / "同意引进". */
  public Text label() {
    return Texts.wording(this, "labels");
  }

  /** Returns this disposition's label in {@code language}. */
  public String label(Language language) {
    return label().in(language);
  }
}
