package io.github.regeneligibility.benchmarks;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * The policy written for Drools 10 as DRL ({@code park-intake.drl} beside this class), compiled
 * when this is built, with the {@link PolicyEdition} as the rules' {@code edition} global.
 *
 * <p>Each assessment inserts the application and a fresh {@link DroolsTally} into one long-lived
 * session, fires the rules and deletes both facts again. Reusing the session is the fastest way
 * Drools offers to assess one fact set after another (a stateless session would build a new session
 * every time), so the comparison is generous to Drools.
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class DroolsPolicy implements AutoCloseable {
  private static final String RULES = "park-intake.drl";

  private final KieSession session;

  DroolsPolicy(PolicyEdition edition) {
    KieBase base = new KieHelper().addContent(rules(), ResourceType.DRL).build();
    this.session = base.newKieSession();
    session.setGlobal("edition", edition);
  }

  /** Assesses {@code application}: its tier and score. */
  Verdict assess(Application application) {
    DroolsTally tally = new DroolsTally();
    FactHandle applicationHandle = session.insert(application);
    FactHandle tallyHandle = session.insert(tally);
    session.fireAllRules();
    session.delete(tallyHandle);
    session.delete(applicationHandle);
    return tally.verdict();
  }

  @Override
  public void close() {
    session.dispose();
  }

  private static String rules() {
    try (InputStream in = DroolsPolicy.class.getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IllegalStateException("rule file " + RULES + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule file " + RULES, e);
    }
  }
}
