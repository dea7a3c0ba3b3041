package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Tier;
import org.jspecify.annotations.Nullable;

/**
 * What the Drools rules have found so far about one application: the fact they complete. Public
 * with bean accessors only because code that Drools generates from the rule file reads and modifies
 * it from another class loader.
 */
public final class DroolsTally {
  /** The value of a criterion no rule has scored yet. */
  public static final int UNSET = -1;

  private int sectorFit = UNSET;
  private int maturity = UNSET;
  private int horizon = UNSET;
  private int role = UNSET;
  private boolean gateFailed;
  private @Nullable Tier tier;

  /** Returns the {@code SECTOR_FIT} points, or {@link #UNSET}. */
  public int getSectorFit() {
    return sectorFit;
  }

  /** Sets the {@code SECTOR_FIT} points. */
  public void setSectorFit(int sectorFit) {
    this.sectorFit = sectorFit;
  }

  /** Returns the {@code MATURITY} points, or {@link #UNSET}. */
  public int getMaturity() {
    return maturity;
  }

  /** Sets the {@code MATURITY} points. */
  public void setMaturity(int maturity) {
    this.maturity = maturity;
  }

  /** Returns the {@code HORIZON} points, or {@link #UNSET}. */
  public int getHorizon() {
    return horizon;
  }

  /** Sets the {@code HORIZON} points. */
  public void setHorizon(int horizon) {
    this.horizon = horizon;
  }

  /** Returns the {@code ROLE} points, or {@link #UNSET}. */
  public int getRole() {
    return role;
  }

  /** Sets the {@code ROLE} points. */
  public void setRole(int role) {
    this.role = role;
  }

  /** Returns whether some gate failed. */
  public boolean isGateFailed() {
    return gateFailed;
  }

  /** Sets whether some gate failed. */
  public void setGateFailed(boolean gateFailed) {
    this.gateFailed = gateFailed;
  }

  /** Returns the tier, or {@code null} while no tier rule has applied. */
  public @Nullable Tier getTier() {
    return tier;
  }

  /** Sets the tier. */
  public void setTier(Tier tier) {
    this.tier = tier;
  }

  /** Returns the tier and score. */
  Verdict verdict() {
    Tier decided = tier;
    if (decided == null) {
      throw new IllegalStateException("no tier rule applied");
    }
    return new Verdict(decided, sectorFit + maturity + horizon + role);
  }
}
