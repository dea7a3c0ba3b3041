package io.github.regeneligibility.spring;

import static io.github.regeneligibility.json.PolicyFiles.edition;
import static io.github.regeneligibility.json.PolicyFiles.write;
import static io.github.regeneligibility.spring.Fixtures.messages;
import static io.github.regeneligibility.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

/** The settings under {@code regen.eligibility}: bound, and refused at start-up naming them. */
final class EligibilityPropertiesTest {
  private static final PolicyEdition E2026 = edition("2026.1", LocalDate.of(2026, 1, 1));
  private static final PolicyEdition E2027 = edition("2027.1", LocalDate.of(2027, 1, 1));

  @TempDir Path directory;

  @Test
  void defaults_serveTheEmbeddedEditionInEnglish() {
    runner()
        .run(
            context -> {
              assertServesTheEmbeddedEdition(context);
              assertThat(context.getBean(EligibilityProperties.class).language())
                  .isEqualTo(Language.ENGLISH);
              assertThat(context.getBean(PolicySource.class).watched()).isFalse();
            });
  }

  @Test
  void language_isBoundWhateverItsCase() {
    runner()
        .withPropertyValues("regen.eligibility.language=chinese")
        .run(
            context ->
                assertThat(context.getBean(EligibilityProperties.class).language())
                    .isEqualTo(Language.CHINESE));
  }

  @Test
  void policy_servesTheEditionOfTheFile() throws IOException {
    Path file = write(directory.resolve("edition.json"), E2027);
    runner()
        .withPropertyValues("regen.eligibility.policy=" + file)
        .run(
            context -> {
              assertThat(context.getBean(EligibilityProperties.class).policy()).isEqualTo(file);
              assertThat(context.getBean(PolicySource.class).watched()).isFalse();
              assertThat(context.getBean(LiveEditions.class).current().getEditions())
                  .containsExactly(E2027);
            });
  }

  @Test
  void policies_servesEveryEditionOfTheDirectoryAndWatchesIt() throws IOException {
    write(directory.resolve("a.json"), E2026);
    write(directory.resolve("b.json"), E2027);
    runner()
        .withPropertyValues("regen.eligibility.policies=" + directory)
        .run(
            context -> {
              assertThat(context.getBean(PolicySource.class).watched()).isTrue();
              assertThat(context.getBean(LiveEditions.class).current().getEditions())
                  .containsExactly(E2026, E2027);
            });
  }

  @Test
  void policyAndPolicies_areRefusedTogetherNamingBoth() throws IOException {
    Path file = write(directory.resolve("edition.json"), E2026);
    runner()
        .withPropertyValues(
            "regen.eligibility.policy=" + file, "regen.eligibility.policies=" + directory)
        .run(
            context -> {
              MutuallyExclusiveConfigurationPropertiesException refused =
                  cause(context, MutuallyExclusiveConfigurationPropertiesException.class);
              assertThat(refused.getConfiguredNames())
                  .containsExactlyInAnyOrder(
                      "regen.eligibility.policy", "regen.eligibility.policies");
              assertThat(refused.getMutuallyExclusiveNames())
                  .containsExactlyInAnyOrder(
                      "regen.eligibility.policy", "regen.eligibility.policies");
            });
  }

  @Test
  void blankSettings_areUnset_asTheServiceTakesBlankOptions() {
    runner()
        .withPropertyValues("regen.eligibility.policy=", "regen.eligibility.policies=  ")
        .run(EligibilityPropertiesTest::assertServesTheEmbeddedEdition);
  }

  @Test
  void anUnknownLanguage_isRefusedNamingTheSetting() {
    runner()
        .withPropertyValues("regen.eligibility.language=KLINGON")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(messages(context.getStartupFailure()))
                  .contains("Failed to bind properties under 'regen.eligibility.language'")
                  .contains("KLINGON");
            });
  }

  @Test
  void aMissingPolicyFile_isRefusedNamingTheSetting() {
    Path missing = directory.resolve("missing.json");
    assertRefused(
        "regen.eligibility.policy",
        missing,
        refused ->
            assertThat(refused.getReason())
                .isEqualTo(missing + ": $: The file cannot be read: no such file or directory."));
  }

  @Test
  void aBadPolicyFile_isRefusedNamingTheSettingAndEveryProblem() throws IOException {
    Path file = directory.resolve("bad.json");
    Files.writeString(file, "{\"id\": \"park-intake\"}");
    assertRefused(
        "regen.eligibility.policy",
        file,
        refused ->
            assertThat(Objects.requireNonNull(refused.getReason()).lines())
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line).startsWith(file + ": "))
                .anySatisfy(line -> assertThat(line).contains("version")));
  }

  @Test
  void aDirectoryWithTwoEditionsOnOneDate_isRefusedNamingTheSetting() throws IOException {
    write(directory.resolve("a.json"), E2026);
    write(directory.resolve("b.json"), edition("2026.2", LocalDate.of(2026, 1, 1)));
    assertRefused(
        "regen.eligibility.policies",
        directory,
        refused -> assertThat(refused.getReason()).startsWith("b.json: effectiveFrom: "));
  }

  @Test
  void aMissingDirectory_isRefusedNamingTheSetting() {
    Path missing = directory.resolve("nowhere");
    assertRefused(
        "regen.eligibility.policies",
        missing,
        refused -> assertThat(refused.getReason()).contains("no such file or directory"));
  }

  @Test
  void anEmptyDirectory_isRefusedInTheLanguageOfTheSettings() {
    runner()
        .withPropertyValues(
            "regen.eligibility.policies=" + directory, "regen.eligibility.language=CHINESE")
        .run(
            context ->
                assertThat(refusal(context).getReason())
                    .isEqualTo(
                        directory + ": $: 目录 " + directory + " 中没有政策文件：请将每个政策版本单独存为一个 .json 文件。"));
  }

  @Test
  void theConfigurationProcessor_describesEverySetting() throws IOException {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = new ObjectMapper().readTree(Objects.requireNonNull(in));
    }

    Map<String, JsonNode> settings = new TreeMap<>();
    metadata.get("properties").forEach(p -> settings.put(p.get("name").asText(), p));
    assertThat(settings)
        .containsOnlyKeys(
            "regen.eligibility.language", "regen.eligibility.policies", "regen.eligibility.policy");
    assertThat(settings.values())
        .allSatisfy(setting -> assertThat(setting.path("description").asText()).isNotBlank());
    assertThat(
            Objects.requireNonNull(settings.get("regen.eligibility.language"))
                .get("defaultValue")
                .asText())
        .isEqualTo("ENGLISH");
    assertThat(
            Objects.requireNonNull(settings.get("regen.eligibility.policy"))
                .get("description")
                .asText())
        .isEqualTo("a policy file whose one edition is served");
  }

  /** Checks that neither policy setting is set, and that the embedded edition is served. */
  private static void assertServesTheEmbeddedEdition(AssertableApplicationContext context) {
    EligibilityProperties properties = context.getBean(EligibilityProperties.class);
    assertThat(properties.policy()).isNull();
    assertThat(properties.policies()).isNull();
    assertThat(context.getBean(LiveEditions.class).current().getEditions())
        .containsExactly(Eligibility.defaultEdition());
  }

  /**
   * Starts with the setting {@code name} set to {@code value}; checks that the start is refused
   * naming the setting and its value, then checks {@code reason} on the refusal.
   */
  private static void assertRefused(
      String name, Path value, Consumer<InvalidConfigurationPropertyValueException> reason) {
    runner()
        .withPropertyValues(name + "=" + value)
        .run(
            context -> {
              InvalidConfigurationPropertyValueException refused = refusal(context);
              assertThat(refused.getName()).isEqualTo(name);
              assertThat(refused.getValue()).isEqualTo(value);
              reason.accept(refused);
            });
  }

  private static InvalidConfigurationPropertyValueException refusal(
      AssertableApplicationContext context) {
    return cause(context, InvalidConfigurationPropertyValueException.class);
  }

  /** Returns the failure of the start of {@code context} of {@code type}, among its causes. */
  private static <T extends Throwable> T cause(
      AssertableApplicationContext context, Class<T> type) {
    assertThat(context).hasFailed();
    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError(
        "no " + type.getSimpleName() + " among\n" + messages(context.getStartupFailure()));
  }
}
