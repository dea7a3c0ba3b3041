package io.github.regeneligibility.http.routes;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.regeneligibility.http.contract.Headers;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.transport.AcceptLanguage;
import io.github.regeneligibility.http.transport.MediaType;
import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.http.transport.QueryParameters;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.ImpactRequest;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.ImpactAnalysis;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyImpact;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * {@code POST /v1/policy/impact}: the impact of moving from one edition to another, over the whole
 * domain and over an optional cohort. Each edition is a whole edition in the policy-file format or
 * {@code {"id", "version"}} naming a served one; a bad draft is a 400 naming every parameter.
 *
 * <p>An analysis costs up to a core-tenth of a second for the domain, plus the cohort: domain
 * results are cached per pair of editions, and one analysis runs at a time (a second one meanwhile
 * gets 503 with {@code Retry-After}), so impact requests hold at most one request thread and never
 * starve the assessment routes.
 */
final class ImpactRoute {
  private static final String PATH = Paths.IMPACT;
  private static final int MAX_BODY_BYTES = Limits.MAX_IMPACT_BODY_BYTES;

  private final EligibilityJson json;
  private final LiveEditions editions;
  private final Semaphore running;
  private final Cache<List<PolicyEdition>, PolicyImpact> cache =
      CacheBuilder.newBuilder().maximumSize(64).build();

  ImpactRoute(EligibilityJson json, LiveEditions editions) {
    this(json, editions, new Semaphore(1));
  }

  /** Returns the route whose analysis holds {@code running}'s one permit while it runs. */
  ImpactRoute(EligibilityJson json, LiveEditions editions, Semaphore running) {
    this.json = json;
    this.editions = editions;
    this.running = running;
  }

  void handle(Context ctx) throws IOException {
    QueryParameters.of(ctx, PATH, Set.of());
    MediaType.JSON.require(ctx.header(Header.CONTENT_TYPE), "POST " + PATH);
    Language language = AcceptLanguage.of(ctx.header(Header.ACCEPT_LANGUAGE));
    ImpactRequest request =
        json.readImpactRequest(read(ctx), editions.current().getEditions(), Limits.MAX_COHORT);
    if (!request.isValid()) {
      throw new ProblemException(ProblemDetails.invalidRequest(request.problems()));
    }
    PolicyEdition from = request.from().orElseThrow();
    PolicyEdition to = request.to().orElseThrow();
    List<PolicyEdition> pair = List.of(from, to);
    PolicyImpact domain = cache.getIfPresent(pair);
    Optional<PolicyImpact> cohortImpact = Optional.empty();
    if (domain == null || request.cohort().isPresent()) {
      if (!running.tryAcquire()) {
        ctx.header(Header.RETRY_AFTER, Headers.RETRY_AFTER_SECONDS);
        throw new ProblemException(ProblemDetails.busy());
      }
      try {
        domain = cached(pair);
        if (request.cohort().isPresent()) {
          cohortImpact = Optional.of(ImpactAnalysis.cohort(from, to, request.cohort().get()));
        }
      } finally {
        running.release();
      }
    }
    ctx.contentType(MediaTypes.JSON);
    ctx.outputStream()
        .write(
            json.writeImpact(domain, cohortImpact, request.invalid(), language)
                .getBytes(StandardCharsets.UTF_8));
  }

  private PolicyImpact cached(List<PolicyEdition> pair) {
    try {
      return cache.get(pair, () -> ImpactAnalysis.domain(pair.get(0), pair.get(1)));
    } catch (ExecutionException e) {
      throw new IllegalStateException("the impact analysis failed", e.getCause());
    }
  }

  /**
   * Reads the body, at most {@link Limits#MAX_IMPACT_BODY_BYTES}. A larger one is refused with 413
   * without reading the rest, which is past what {@link OversizedBody} discards, so the connection
   * is closed after the answer.
   */
  private static byte[] read(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    byte[] body =
        declared > MAX_BODY_BYTES
            ? new byte[0]
            : ctx.req().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (declared > MAX_BODY_BYTES || body.length > MAX_BODY_BYTES) {
      ctx.header(Header.CONNECTION, "close");
      throw new ProblemException(ProblemDetails.impactTooLarge(MAX_BODY_BYTES));
    }
    return body;
  }
}
