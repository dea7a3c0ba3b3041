package io.github.regeneligibility.http.transport;

import com.google.common.base.CharMatcher;
import io.github.regeneligibility.http.contract.Headers;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;

/**
 * The id of each request ({@link Headers#REQUEST_ID}): the client's when it is 1 to {@value
 * Headers#REQUEST_ID_MAX} characters of {@code A-Z a-z 0-9 . _ -}, otherwise a new one. The {@link
 * Transport} gives every request its id before anything else runs; the access log, the problems and
 * the logs written while it runs carry it.
 */
public final class RequestIds {
  /** The request attribute holding the request's id. */
  public static final String ATTRIBUTE = "eligibility.requestId";

  /** The request attribute holding a client's id that was not taken, as it came. */
  public static final String REPLACED = "eligibility.requestId.replaced";

  /** The key of the request's id in the logging context (MDC) and in JSON log lines. */
  public static final String LOG_KEY = "requestId";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** {@code A-Z a-z 0-9 . _ -}: the characters a client's id may have. */
  private static final CharMatcher ID_CHARACTERS =
      CharMatcher.inRange('A', 'Z')
          .or(CharMatcher.inRange('a', 'z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("._-"))
          .precomputed();

  private RequestIds() {}

  /**
   * Gives {@code request} its id, taken from its header or made, as the attribute {@link
   * #ATTRIBUTE}, and returns it; a header that is not taken is kept as {@link #REPLACED}.
   */
  static String assign(Request request) {
    Object assigned = request.getAttribute(ATTRIBUTE);
    if (assigned instanceof String id) {
      return id;
    }
    HttpFields headers = request.getHeaders();
    List<String> given = headers.getValuesList(Headers.REQUEST_ID);
    String id;
    if (given.size() == 1 && isValid(given.get(0))) {
      id = given.get(0);
    } else {
      id = generate();
      if (!given.isEmpty()) {
        request.setAttribute(REPLACED, String.join(",", given));
      }
    }
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }

  /** Returns the extension members of a problem answered to the request {@code id}. */
  static Map<String, String> problemExtensions(String id) {
    return Map.of(LOG_KEY, id);
  }

  /** Returns the id the transport gave the request of {@code ctx}, or {@code -} if none. */
  public static String of(Context ctx) {
    return ctx.attribute(ATTRIBUTE) instanceof String id ? id : "-";
  }

  /** Returns the client's id that the request of {@code ctx} came with and was not taken. */
  public static @Nullable String replaced(Context ctx) {
    return ctx.attribute(REPLACED) instanceof String given ? given : null;
  }

  /** Returns whether {@code id} is 1 to 64 characters of {@code A-Z a-z 0-9 . _ -}. */
  public static boolean isValid(@Nullable String id) {
    if (id == null || id.isEmpty() || id.length() > Headers.REQUEST_ID_MAX) {
      return false;
    }
    return ID_CHARACTERS.matchesAllOf(id);
  }

  /**
   * Returns a new id: 32 random hexadecimal digits. It names a request in the logs, it guards
   * nothing, so a fast generator serves (no lock, unlike the secure one).
   */
  static String generate() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] out = new char[32];
    long high = random.nextLong();
    long low = random.nextLong();
    for (int i = 0; i < 16; i++) {
      out[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
      out[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
    }
    return new String(out);
  }
}
