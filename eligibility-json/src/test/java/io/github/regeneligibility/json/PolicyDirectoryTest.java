package io.github.regeneligibility.json;

import static io.github.regeneligibility.json.PolicyFiles.clockOn;
import static io.github.regeneligibility.json.PolicyFiles.edition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PolicyDirectoryTest {
  private static final EligibilityJson JSON = EligibilityJson.create();
  private static final Clock JUNE_2026 = clockOn(LocalDate.of(2026, 6, 1));

  @TempDir Path directory;

  private void write(String name, PolicyEdition edition) throws IOException {
    PolicyFiles.write(directory.resolve(name), edition);
  }

  private PolicyDirectory.Loaded load() {
    return PolicyDirectory.of(directory, JUNE_2026).load();
  }

  @Test
  void load_twoGoodEditions_servesThemByDate() throws Exception {
    write("a.json", edition("2026.1", LocalDate.of(2026, 1, 1)));
    write("b.json", edition("2027.1", LocalDate.of(2027, 1, 1)));
    Files.writeString(directory.resolve("README.txt"), "not a policy file");

    PolicyEditions editions = load().editionsOrThrow();

    assertThat(editions.getEditions())
        .extracting(PolicyEdition::getVersion)
        .containsExactly("2026.1", "2027.1");
    assertThat(editions.inForceToday().getVersion()).isEqualTo("2026.1");
  }

  @Test
  void load_aBadFile_namesTheFileAndPathAndRefusesTheWholeSet() throws Exception {
    write("a.json", edition("2026.1", LocalDate.of(2026, 1, 1)));
    String bad =
        JSON.writePolicy(edition("2027.1", LocalDate.of(2027, 1, 1)))
            .replace("\"eligibilityThreshold\" : 60", "\"eligibilityThreshold\" : 160");
    Files.writeString(directory.resolve("b.json"), bad);

    PolicyDirectory.Loaded loaded = load();

    assertThat(loaded.editions()).isEmpty();
    assertThat(loaded.problems())
        .extracting(p -> p.getFile().orElseThrow(), Problem::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("b.json", "eligibilityThreshold"));
    assertThatThrownBy(loaded::editionsOrThrow)
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("b.json");
  }

  @Test
  void load_twoEditionsOnOneDate_isRefusedWhateverTheirIds() throws Exception {
    write("a.json", edition("2026.1", LocalDate.of(2026, 1, 1)));
    write(
        "b.json",
        new PolicyEdition.Builder()
            .from(edition("2026.2", LocalDate.of(2026, 1, 1)))
            .id("other-park")
            .build());

    ImmutableList<Problem> problems = load().problems();

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getCode()).isEqualTo(PolicyFileCode.EDITION_DATE_TAKEN);
    assertThat(problems.get(0).getFile()).contains("b.json");
    assertThat(problems.get(0).getPath()).isEqualTo("effectiveFrom");
    assertThat(problems.get(0).getMessage(io.github.regeneligibility.model.Language.ENGLISH))
        .isEqualTo(
            "effectiveFrom 2026-01-01 is also the effective date of the edition in a.json: give"
                + " each edition its own date.");
  }

  @Test
  void load_noEditionInForceToday_isRefused() throws Exception {
    write("b.json", edition("2027.1", LocalDate.of(2027, 1, 1)));

    ImmutableList<Problem> problems = load().problems();

    assertThat(problems)
        .extracting(Problem::getCode)
        .containsExactly(PolicyFileCode.NO_EDITION_TODAY);
  }

  @Test
  void load_noPolicyFile_isRefused() throws Exception {
    Files.writeString(directory.resolve("notes.txt"), "nothing here");

    assertThat(load().problems())
        .extracting(Problem::getCode)
        .containsExactly(PolicyFileCode.NO_POLICY_FILES);
  }

  @Test
  void load_aFileOverTheLimit_isRefusedUnread() throws Exception {
    write("a.json", edition("2026.1", LocalDate.of(2026, 1, 1)));
    Files.write(directory.resolve("huge.json"), new byte[(int) PolicyDirectory.MAX_FILE_BYTES + 1]);

    ImmutableList<Problem> problems = load().problems();

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getCode()).isEqualTo(PolicyFileCode.POLICY_FILE_TOO_LARGE);
    assertThat(problems.get(0).getFile()).contains("huge.json");
  }

  @Test
  void load_bytesThatAreNotJson_areAProblemOfTheFile() throws Exception {
    write("a.json", edition("2026.1", LocalDate.of(2026, 1, 1)));
    Files.write(directory.resolve("b.json"), new byte[] {0, 0, (byte) 0xfe, (byte) 0xff});

    ImmutableList<Problem> problems = load().problems();

    assertThat(problems).isNotEmpty();
    assertThat(problems).allSatisfy(p -> assertThat(p.getFile()).contains("b.json"));
  }

  @Test
  void watch_aBadChangeIsRefusedAndKept_thenItsRemovalIsApplied() throws Exception {
    write("a.json", edition("2026.1", LocalDate.of(2026, 1, 1)));
    PolicyDirectory source = PolicyDirectory.of(directory, JUNE_2026);
    LiveEditions live = LiveEditions.of(source.load().editionsOrThrow());
    List<String> heard = new ArrayList<>();
    live.addListener(
        LiveEditions.Listener.of(
            editions -> heard.add("applied " + editions.getEditions().size()),
            problems -> heard.add("refused " + problems.get(0).getCode())));
    PolicyEditions before = live.current();

    try (PolicyDirectory.Watch watch = source.watch(live, java.time.Duration.ofDays(1))) {
      Files.writeString(directory.resolve("b.json"), "{", StandardCharsets.UTF_8);
      boolean sawBad = watch.checkNow();
      PolicyEditions whileBad = live.current();
      ImmutableList<Problem> problems = live.problems();
      Files.delete(directory.resolve("b.json"));
      write("c.json", edition("2027.1", LocalDate.of(2027, 1, 1)));
      boolean sawGood = watch.checkNow();
      boolean sawNothing = watch.checkNow();

      assertThat(sawBad).isTrue();
      assertThat(whileBad).isSameAs(before);
      assertThat(problems).extracting(p -> p.getFile().orElseThrow()).containsOnly("b.json");
      assertThat(sawGood).isTrue();
      assertThat(sawNothing).isFalse();
      assertThat(live.problems()).isEmpty();
      assertThat(live.current().getEditions())
          .extracting(PolicyEdition::getVersion)
          .containsExactly("2026.1", "2027.1");
      assertThat(heard).containsExactly("refused MALFORMED_JSON", "applied 2");
    }
  }
}
