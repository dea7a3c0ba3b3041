package io.github.regeneligibility.examples.spring;

import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.spring.InvalidApplicationInputException;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Assesses applications with the starter's beans, and answers as the reference service does: the
 * same JSON for an assessment (written by the library's binding, so byte for byte the service's),
 * and the same problem, from the starter's advice, for an invalid application. The request's body
 * and the answer pass through Spring MVC as bytes; Spring MVC's own JSON (problems, the actuator)
 * is written by its own mapper.
 */
@RestController
public class AssessmentController {

  /** The largest body of one application, in bytes: the reference service's limit (1 MiB). */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final EligibilityJson json;
  private final Assessor assessor;
  private final LiveEditions editions;

  /** A controller over the starter's binding, assessor and editions. */
  public AssessmentController(EligibilityJson json, Assessor assessor, LiveEditions editions) {
    this.json = json;
    this.assessor = assessor;
    this.editions = editions;
  }

  // guide snippet start
  /**
   * Assesses the application in the body under the edition in force today, with what would lift its
   * tier, its messages in the language of {@code Accept-Language}.
   *
   * @throws InvalidApplicationInputException with every problem, if the body is no valid
   *     application
   */
  @PostMapping(
      path = "/v1/assessments",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> assess(
      InputStream body,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
          @Nullable String acceptLanguage)
      throws IOException {
    ApplicationInput input = json.readApplication(bounded(body));
    Application application =
        input.application().orElseThrow(() -> new InvalidApplicationInputException(input));
    Assessment assessment = assessor.assess(application);
    byte[] answer =
        json.writeAssessmentUtf8(
            assessment,
            assessor.improvements(assessment),
            Language.ofAcceptLanguage(acceptLanguage));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_JSON)
        .body(answer);
  }

  // guide snippet end

  /** Every edition served, by effective date, with its status today. */
  @GetMapping(path = "/v1/policy/editions", produces = MediaType.APPLICATION_JSON_VALUE)
  public String editions() {
    return json.writeEditions(editions.current());
  }

  /**
   * Reads {@code body} whole, refusing one over {@link #MAX_BODY_BYTES} with Spring MVC's {@code
   * 413} problem.
   */
  private static byte[] bounded(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
    }
    return bytes;
  }
}
