package io.github.regeneligibility.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.InputProblem;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.ImpactAnalysis;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import io.github.regeneligibility.rules.PolicyImpact;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
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
  static final String PATH = "/v1/policy/impact";

  /** The largest body, in bytes (8 MiB: a cohort of 10,000 applications fits). */
  static final int MAX_BODY_BYTES = 8 << 20;

  /** The most applications a cohort may hold. */
  static final int MAX_COHORT = 10_000;

  private static final Set<String> FIELDS = Set.of("from", "to", "cohort");
  private static final Set<String> REFERENCE = Set.of("id", "version");

  private final EligibilityJson json;
  private final PolicyEditions editions;
  private final Semaphore running = new Semaphore(1);
  private final Cache<List<PolicyEdition>, PolicyImpact> cache =
      CacheBuilder.newBuilder().maximumSize(64).build();

  ImpactRoute(EligibilityJson json, PolicyEditions editions) {
    this.json = json;
    this.editions = editions;
  }

  void handle(Context ctx) throws IOException {
    MediaType.JSON.require(ctx.contentType(), "POST " + PATH);
    Language language = AcceptLanguage.of(ctx.header(Header.ACCEPT_LANGUAGE));
    JsonNode request = read(ctx);
    List<InputProblem> problems = new ArrayList<>();
    for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problems.add(problem(name, "UNKNOWN_PROPERTY",
            "is not a property of an impact request (from, to, cohort)",
            "不是影响分析请求的属性（from、to、cohort）"));
      }
    }
    Optional<PolicyEdition> from = edition(request, "from", problems);
    Optional<PolicyEdition> to = edition(request, "to", problems);
    JsonNode cohortNode = request.path("cohort");
    if (!cohortNode.isMissingNode()
        && (!cohortNode.isArray() || cohortNode.size() > MAX_COHORT)) {
      problems.add(problem("cohort", "COHORT_INVALID",
          "must be an array of at most " + MAX_COHORT + " applications",
          "须为至多 " + MAX_COHORT + " 个申请的数组"));
    }
    if (!problems.isEmpty() || from.isEmpty() || to.isEmpty()) {
      throw new ProblemException(Problem.invalidRequest(problems));
    }
    List<Application> cohort = new ArrayList<>();
    List<EligibilityJson.InvalidMember> invalid = new ArrayList<>();
    for (int i = 0; i < cohortNode.size(); i++) {
      ApplicationInput input = json.readApplication(cohortNode.get(i));
      input.application().ifPresent(cohort::add);
      if (!input.isValid()) {
        invalid.add(new EligibilityJson.InvalidMember(i, input.problems()));
      }
    }
    List<PolicyEdition> pair = List.of(from.get(), to.get());
    PolicyImpact domain = cache.getIfPresent(pair);
    Optional<PolicyImpact> cohortImpact = Optional.empty();
    if (domain == null || !cohortNode.isMissingNode()) {
      if (!running.tryAcquire()) {
        ctx.header(Header.RETRY_AFTER, "1");
        throw new ProblemException(Problem.busy());
      }
      try {
        domain = cached(pair);
        if (!cohortNode.isMissingNode()) {
          cohortImpact = Optional.of(ImpactAnalysis.cohort(from.get(), to.get(), cohort));
        }
      } finally {
        running.release();
      }
    }
    ctx.contentType("application/json");
    ctx.outputStream()
        .write(json.writeImpact(domain, cohortImpact, invalid, language)
            .getBytes(StandardCharsets.UTF_8));
  }

  private PolicyImpact cached(List<PolicyEdition> pair) {
    try {
      return cache.get(pair, () -> ImpactAnalysis.domain(pair.get(0), pair.get(1)));
    } catch (ExecutionException e) {
      throw new IllegalStateException("the impact analysis failed", e.getCause());
    }
  }

  private JsonNode read(Context ctx) throws IOException {
    InputStream in = ctx.req().getInputStream();
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ProblemException(Problem.contentTooLarge(MAX_BODY_BYTES));
    }
    JsonNode tree;
    try {
      tree = json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      tree = null;
    }
    if (tree == null || !tree.isObject()) {
      throw new ProblemException(
          Problem.invalidRequest(
              List.of(problem(InputProblem.DOCUMENT, "MALFORMED_JSON",
                  "the body must be one JSON object {\"from\", \"to\", \"cohort\"}",
                  "请求体须为一个 JSON 对象 {\"from\", \"to\", \"cohort\"}"))));
    }
    return tree;
  }

  /** Reads edition {@code name}: a served edition by id and version, or a whole draft. */
  private Optional<PolicyEdition> edition(JsonNode request, String name, List<InputProblem> problems)
      throws IOException {
    JsonNode node = request.path(name);
    if (!node.isObject()) {
      problems.add(problem(name, "EDITION_REQUIRED",
          "must be an edition in the policy-file format, or {\"id\", \"version\"} of a served one",
          "须为政策文件格式的版本，或已提供版本的 {\"id\", \"version\"}"));
      return Optional.empty();
    }
    Set<String> fields = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(fields::add);
    if (fields.equals(REFERENCE)) {
      String id = node.get("id").asText();
      String version = node.get("version").asText();
      Optional<PolicyEdition> served =
          editions.getEditions().stream()
              .filter(e -> e.getId().equals(id) && e.getVersion().equals(version))
              .findFirst();
      if (served.isEmpty()) {
        problems.add(problem(name, "EDITION_NOT_SERVED",
            "no served edition is " + id + " " + version + "; see GET /v1/policy/editions",
            "没有已提供的版本 " + id + " " + version));
      }
      return served;
    }
    try {
      return Optional.of(json.readPolicy(json.mapper().writeValueAsBytes(node), name));
    } catch (PolicyFileException e) {
      for (InputProblem p : e.getProblems()) {
        problems.add(
            new InputProblem(
                name + "." + p.field(), p.code(), p.message(Language.ENGLISH),
                p.message(Language.CHINESE)));
      }
      return Optional.empty();
    }
  }

  private static InputProblem problem(String field, String code, String english, String chinese) {
    return new InputProblem(field, code, field + " " + english + ".", field + " " + chinese + "。");
  }
}
