package io.github.regeneligibility.json;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A directory of policy files, one edition each: the editions served are exactly its {@code *.json}
 * files. {@link #load()} reads them into a {@link PolicyEditions} or names every problem by file
 * and JSON path; {@link #watch} keeps a {@link LiveEditions} in step with the directory.
 *
 * <pre>{@code
 * PolicyDirectory directory = PolicyDirectory.of(Path.of("policies"), Clock.system(Eligibility.DEFAULT_ZONE));
 * LiveEditions live = LiveEditions.of(directory.load().editionsOrThrow());
 * try (PolicyDirectory.Watch watch = directory.watch(live)) {
 *   // live.current() follows the directory, each change applied whole or refused whole
 * }
 * }</pre>
 *
 * <p>A set is refused when a file cannot be read or is not a valid edition, when two editions take
 * effect on the same date (whatever their ids), when the directory has no policy file, and when no
 * edition is in force today.
 */
public final class PolicyDirectory {

  /** The largest policy file read, in bytes (1 MiB); a policy file has a few kilobytes. */
  public static final long MAX_FILE_BYTES = 1 << 20;

  /** How often a watch looks at the directory when no change event has woken it. */
  public static final Duration DEFAULT_CHECK_PERIOD = Duration.ofSeconds(1);

  private final Path directory;
  private final Clock clock;
  private final EligibilityJson json = EligibilityJson.create();

  private PolicyDirectory(Path directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /** Returns the directory {@code directory}, whose "today" is told by {@code clock}. */
  public static PolicyDirectory of(Path directory, Clock clock) {
    return new PolicyDirectory(
        Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(clock, "clock"));
  }

  /** Returns the directory's path. */
  public Path path() {
    return directory;
  }

  /** What reading the directory gave: a set of editions, or every problem that refuses it. */
  public static final class Loaded {
    private final @Nullable PolicyEditions editions;
    private final ImmutableList<Problem> problems;

    private Loaded(@Nullable PolicyEditions editions, ImmutableList<Problem> problems) {
      this.editions = editions;
      this.problems = problems;
    }

    /** Returns the editions read, when the set is good. */
    public Optional<PolicyEditions> editions() {
      return Optional.ofNullable(editions);
    }

    /** Returns every problem found; empty when the set is good. */
    public ImmutableList<Problem> problems() {
      return problems;
    }

    /**
     * Returns the editions read.
     *
     * @throws PolicyFileException naming every problem, if the set is refused
     */
    public PolicyEditions editionsOrThrow() throws PolicyFileException {
      if (editions == null) {
        throw new PolicyFileException(problems);
      }
      return editions;
    }
  }

  /**
   * Reads every {@code *.json} file of the directory as one edition each.
   *
   * @return the set of editions, or every problem found, each naming its file
   */
  public Loaded load() {
    List<Problem> problems = new ArrayList<>();
    Map<String, PolicyEdition> editions = new TreeMap<>();
    List<Path> files;
    try {
      files = policyFiles();
    } catch (IOException e) {
      return refused(
          Problem.of(
                  Problem.WHOLE, PolicyFileCode.POLICY_FILE_UNREADABLE, Map.of("reason", reason(e)))
              .inFile(directory.toString()));
    }
    if (files.isEmpty()) {
      return refused(
          Problem.of(
                  Problem.WHOLE,
                  PolicyFileCode.NO_POLICY_FILES,
                  Map.of("directory", directory.toString()))
              .inFile(directory.toString()));
    }
    for (Path file : files) {
      read(file, editions, problems);
    }
    problems.addAll(datesTaken(editions));
    if (!problems.isEmpty()) {
      return new Loaded(null, ImmutableList.copyOf(problems));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest =
        editions.values().stream()
            .map(PolicyEdition::getEffectiveFrom)
            .min(LocalDate::compareTo)
            .orElseThrow();
    if (earliest.isAfter(today)) {
      return refused(
          Problem.of(
                  Problem.WHOLE,
                  PolicyFileCode.NO_EDITION_TODAY,
                  Map.of("date", today, "earliest", earliest))
              .inFile(directory.toString()));
    }
    return new Loaded(
        Eligibility.editions(List.copyOf(editions.values()), clock), ImmutableList.of());
  }

  /**
   * Reads the edition of {@code file} into {@code editions}, or its problems into {@code problems}.
   */
  private void read(Path file, Map<String, PolicyEdition> editions, List<Problem> problems) {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        problems.add(
            Problem.of(
                    Problem.WHOLE,
                    PolicyFileCode.POLICY_FILE_TOO_LARGE,
                    Map.of("size", size, "limit", MAX_FILE_BYTES))
                .inFile(name));
        return;
      }
      editions.put(name, json.readPolicy(Files.readAllBytes(file), name));
    } catch (PolicyFileException e) {
      problems.addAll(e.getProblems());
    } catch (IOException e) {
      problems.add(
          Problem.of(
                  Problem.WHOLE, PolicyFileCode.POLICY_FILE_UNREADABLE, Map.of("reason", reason(e)))
              .inFile(name));
    }
  }

  /** Returns a problem for each edition that takes effect on the date of another, by file name. */
  private static List<Problem> datesTaken(Map<String, PolicyEdition> editions) {
    List<Problem> problems = new ArrayList<>();
    Map<LocalDate, String> byDate = new HashMap<>();
    editions.forEach(
        (name, edition) -> {
          String other = byDate.putIfAbsent(edition.getEffectiveFrom(), name);
          if (other != null) {
            problems.add(
                Problem.of(
                        "effectiveFrom",
                        PolicyFileCode.EDITION_DATE_TAKEN,
                        Map.of("date", edition.getEffectiveFrom(), "other", other))
                    .inFile(name));
          }
        });
    return problems;
  }

  private static Loaded refused(Problem problem) {
    return new Loaded(null, ImmutableList.of(problem));
  }

  private List<Path> policyFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.json")) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    }
    files.sort(null);
    return files;
  }

  private static String reason(IOException e) {
    return e instanceof NoSuchFileException
        ? "no such file or directory"
        : String.valueOf(e.getMessage());
  }

  /**
   * What the directory holds, as far as a change shows: each policy file's name, size and time of
   * last change. Reading it costs one directory listing, not the files.
   */
  private String fingerprint() {
    StringBuilder print = new StringBuilder();
    try {
      for (Path file : policyFiles()) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        print
            .append(file.getFileName())
            .append('\0')
            .append(attributes.size())
            .append('\0')
            .append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
            .append('\n');
      }
    } catch (IOException e) {
      print.append("unreadable: ").append(e.getMessage());
    }
    return print.toString();
  }

  /**
   * Keeps {@code live} in step with the directory until the watch is closed: each change is read
   * whole and {@linkplain LiveEditions#apply applied} or {@linkplain LiveEditions#refuse refused},
   * within about {@link #DEFAULT_CHECK_PERIOD} of the change.
   *
   * @throws IOException if the directory cannot be watched
   */
  public Watch watch(LiveEditions live) throws IOException {
    return watch(live, DEFAULT_CHECK_PERIOD);
  }

  /**
   * Keeps {@code live} in step with the directory, looking at it at least every {@code period}.
   *
   * @throws IOException if the directory cannot be watched
   */
  public Watch watch(LiveEditions live, Duration period) throws IOException {
    Watch watch = new Watch(live, period);
    watch.thread.start();
    return watch;
  }

  /*
   * How a watch sees changes. The JDK's WatchService (inotify on Linux) wakes the watch as soon as
   * a file is created, replaced or removed, but events can be lost (an overflow, a network file
   * system, a volume whose files are swapped by a symbolic link, as Kubernetes does with a
   * ConfigMap). So the events only wake the watch early: at every wake-up, and at least once a
   * period, it compares the directory's fingerprint with the one last read, and reads the whole
   * directory again only when it changed. A change is thus seen within one period even when no
   * event comes, and a burst of events (an editor saving a file in several steps) is read once it
   * settles.
   */

  /** A running watch of the directory; closing it stops the watch. */
  public final class Watch implements AutoCloseable {
    private static final long SETTLE_MILLIS = 100;

    private final LiveEditions live;
    private final Duration period;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean open = true;
    private String seen;

    private Watch(LiveEditions live, Duration period) throws IOException {
      this.live = live;
      this.period = period;
      this.service = directory.getFileSystem().newWatchService();
      directory.register(
          service,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_DELETE,
          StandardWatchEventKinds.ENTRY_MODIFY);
      this.seen = fingerprint();
      this.thread = new Thread(this::run, "policy-directory-watch");
      this.thread.setDaemon(true);
    }

    private void run() {
      while (open) {
        try {
          WatchKey key = service.poll(period.toMillis(), TimeUnit.MILLISECONDS);
          if (key != null) {
            Thread.sleep(SETTLE_MILLIS);
            key.pollEvents();
            key.reset();
          }
          checkNow();
        } catch (InterruptedException | ClosedWatchServiceException e) {
          return;
        }
      }
    }

    /** Reads the directory now if it changed since it was last read; returns whether it had. */
    synchronized boolean checkNow() {
      String now = fingerprint();
      if (now.equals(seen)) {
        return false;
      }
      seen = now;
      Loaded loaded = load();
      loaded.editions().ifPresentOrElse(live::apply, () -> live.refuse(loaded.problems()));
      return true;
    }

    @Override
    public void close() throws IOException {
      open = false;
      thread.interrupt();
      service.close();
    }
  }
}
