package io.github.regeneligibility.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.RolePoints;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check the peer comparison runs before timing, on every build: the Easy Rules and Drools
 * versions of the policy give the same tier and score as this engine on the whole corpus, and the
 * check fails as soon as either drifts.
 */
final class PeerAgreementTest {
  private static final PolicyEdition EDITION = Eligibility.defaultEdition();
  private static final Assessor ASSESSOR = Eligibility.assessor(EDITION);

  private static List<Application> corpus;
  private static DroolsPolicy drools;

  @BeforeAll
  static void setUp() {
    corpus = Cohort.applications(Cohort.AGREEMENT_CORPUS);
    drools = new DroolsPolicy(EDITION);
  }

  @AfterAll
  static void tearDown() {
    drools.close();
  }

  @Test
  void check_peersOfTheDefaultEdition_agreeOnEveryApplication() {
    assertThatCode(
            () -> PeerAgreement.check(corpus, ASSESSOR, new EasyRulesPolicy(EDITION), drools))
        .doesNotThrowAnyException();
  }

  @Test
  void check_easyRulesOfAnotherEdition_fails() {
    EasyRulesPolicy drifted = new EasyRulesPolicy(supplyChainScoresFour());

    assertThatThrownBy(() -> PeerAgreement.check(corpus, ASSESSOR, drifted, drools))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the peer engines disagree with this one on ")
        .hasMessageContaining(" of 10000 applications")
        .hasMessageContaining("role=SUPPLY_CHAIN");
  }

  @Test
  void check_droolsOfAnotherEdition_fails() {
    try (DroolsPolicy drifted = new DroolsPolicy(supplyChainScoresFour())) {
      assertThatThrownBy(
              () -> PeerAgreement.check(corpus, ASSESSOR, new EasyRulesPolicy(EDITION), drifted))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the peer engines disagree with this one on ")
          .hasMessageContaining("role=SUPPLY_CHAIN");
    }
  }

  @Test
  void check_corpusMissingATier_fails() {
    List<Application> services = corpus.stream().filter(a -> !a.getRole().isProductRole()).toList();

    assertThatThrownBy(
            () -> PeerAgreement.check(services, ASSESSOR, new EasyRulesPolicy(EDITION), drools))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the agreement corpus reaches only the tiers [INELIGIBLE, RESERVE, ELIGIBLE]: it must"
                + " reach every tier");
  }

  /** The default edition, but supply-chain firms get 4 role points instead of 5. */
  private static PolicyEdition supplyChainScoresFour() {
    RolePoints.Builder role = new RolePoints.Builder().maxPoints(EDITION.getRole().getMaxPoints());
    EDITION
        .getRole()
        .getRoles()
        .forEach((r, points) -> role.putRoles(r, r == Role.SUPPLY_CHAIN ? points - 1 : points));
    return new PolicyEdition.Builder().from(EDITION).role(role.build()).build();
  }
}
