package io.github.regeneligibility.examples;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.rules.Eligibility;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The smallest embedding: builds one application, validates it, assesses it under the default
 * policy edition and prints the tier, the score and every reason in English and in Chinese.
 *
 * <p>Run it from the repository root, after {@code ./mvnw -q -B install -DskipTests}:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples exec:java \
 *     -Dexec.mainClass=io.github.regeneligibility.examples.AssessOne
 * }</pre>
 */
public final class AssessOne {

  private AssessOne() {}

  /** Prints the assessment of one fictional application to standard output, in UTF-8. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Assesses one fictional application and prints the result to {@code out}.
   *
   * <p>Its two marked regions are the embedding guide's snippets, word for word: the form, then
   * what the README shows (validate, assess, print).
   */
  static void run(PrintStream out) {
    // form snippet start
    ApplicationForm form =
        new ApplicationForm.Builder()
            .id("HX-0042")
            .projectName("Allogeneic MSC injection for knee cartilage repair")
            .applicantName("Hexi Regenerative Therapeutics")
            .origin(Origin.DOMESTIC)
            .role(Role.INNOVATOR)
            .pathway(Pathway.DRUG)
            .stage(Stage.CLINICAL_APPROVED)
            .addSectors(Sector.STEM_CELLS, Sector.TISSUE_ENGINEERING)
            .primarySector(Sector.STEM_CELLS)
            .yearsToIndustrialization(4)
            .build();
    // form snippet end
    // README snippet start
    Application application = ApplicationValidator.shared().validate(form).orElseThrow();
    Assessment assessment = Eligibility.assessor(Eligibility.defaultEdition()).assess(application);
    out.println(assessment.getTier() + ", score " + assessment.getScore());
    for (Language language : Language.values()) {
      out.println(assessment.getTierReason().getMessage(language));
      assessment.getGates().forEach(g -> out.println("  " + g.getReason().getMessage(language)));
      assessment.getCriteria().forEach(c -> out.println("  " + c.getReason().getMessage(language)));
    }
    // README snippet end
  }
}
