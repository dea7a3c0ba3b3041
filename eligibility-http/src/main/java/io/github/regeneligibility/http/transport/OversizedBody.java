package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.http.contract.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * What the service does with the rest of a body that is over its limit, so that the client sees its
 * 413.
 *
 * <p>An HTTP/1.1 client writes its whole body before it reads the answer. A server that answers 413
 * and closes while the client is still writing makes the client fail with a broken pipe or a reset,
 * and it never reads the 413. So the service reads and discards the rest of the body, up to {@link
 * #DISCARD_LIMIT} bytes in all and for at most {@link #DISCARD_TIME}, then answers on a connection
 * that stays open. Past either bound (a body declared larger than the discard limit is past it at
 * once) it answers with {@code Connection: close} and closes: what the client then sees depends on
 * how much it has written by then, and the service's guide, {@code docs/service.md}, says so.
 */
public final class OversizedBody {
  /** The most bytes of one body that the service reads, the discarded rest included (2 MiB). */
  static final long DISCARD_LIMIT = 2L * Limits.MAX_BODY_BYTES;

  /** The longest the service spends discarding the rest of one body. */
  static final Duration DISCARD_TIME = Duration.ofSeconds(2);

  private OversizedBody() {}

  /**
   * Reads and discards the rest of an oversized body of which {@code read} bytes were read.
   *
   * @param declared the declared length, or -1 when the body is chunked
   * @return whether the body was read to its end, so that the connection can stay open
   */
  public static boolean discardRest(InputStream in, long read, long declared) throws IOException {
    if (declared > DISCARD_LIMIT) {
      return false;
    }
    long deadline = System.nanoTime() + DISCARD_TIME.toNanos();
    byte[] buffer = new byte[8192];
    long total = read;
    while (total <= DISCARD_LIMIT && System.nanoTime() - deadline < 0) {
      int n = in.read(buffer);
      if (n < 0) {
        return true;
      }
      total += n;
    }
    return false;
  }
}
