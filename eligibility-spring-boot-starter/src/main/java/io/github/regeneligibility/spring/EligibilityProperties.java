package io.github.regeneligibility.spring;

import io.github.regeneligibility.model.Language;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The starter's settings, under {@code regen.eligibility}. Without {@code policy} or {@code
 * policies} the embedded default edition is served. Setting both is refused at start-up, as the
 * reference service's command line refuses {@code --policy} with {@code --policies}. A blank value
 * is no value, as the service takes a blank option.
 *
 * @param policy a policy file whose one edition is served
 * @param policies a directory whose *.json policy files are the editions served, watched while the
 *     application runs: a change is applied whole, or refused whole and shown in health
 * @param language the language of the messages the starter writes where no request names one: the
 *     health details and the reasons a start is refused
 */
@ConfigurationProperties(EligibilityProperties.PREFIX)
public record EligibilityProperties(
    @Nullable Path policy, @Nullable Path policies, @DefaultValue("ENGLISH") Language language) {

  /** The prefix of the starter's settings. */
  public static final String PREFIX = "regen.eligibility";

  /** The name of the setting that names one policy file. */
  public static final String POLICY = PREFIX + ".policy";

  /** The name of the setting that names a directory of policy files. */
  public static final String POLICIES = PREFIX + ".policies";
}
