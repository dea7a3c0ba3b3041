package io.github.regeneligibility.records;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (Bouncy Castle's implementation) and checks them, in the PHC
 * string format {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}: OWASP's first recommended setting
 * (19 MiB, two passes, one lane). The parameters travel with each hash, so a stronger setting later
 * still checks the hashes made before.
 */
final class Passwords {
  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();

  /** A hash of no password anyone has, checked for unknown users so that they take as long. */
  private final String decoy = hash("decoy password, never a user's".toCharArray());

  /** Returns the PHC string of {@code password} with a new random salt. */
  String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return String.format(
        Locale.ROOT,
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
        MEMORY_KIB,
        ITERATIONS,
        PARALLELISM,
        ENCODER.encodeToString(salt),
        ENCODER.encodeToString(hash));
  }

  /** Returns whether {@code password} is the one {@code phc} was made from; false if malformed. */
  boolean matches(char[] password, String phc) {
    String[] parts = phc.split("\\$", -1);
    if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
      return false;
    }
    String[] settings = parts[3].split(",", -1);
    if (settings.length != 3) {
      return false;
    }
    try {
      int memory = Integer.parseInt(settings[0].substring("m=".length()));
      int iterations = Integer.parseInt(settings[1].substring("t=".length()));
      int parallelism = Integer.parseInt(settings[2].substring("p=".length()));
      byte[] salt = DECODER.decode(parts[4]);
      byte[] expected = DECODER.decode(parts[5]);
      byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  /** Spends the time of a check on a password that no user has; returns false. */
  boolean matchesNone(char[] password) {
    if (matches(password, decoy)) {
      throw new AssertionError("a password matched the decoy");
    }
    return false;
  }

  private static byte[] derive(
      char[] password, byte[] salt, int memory, int iterations, int parallelism, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memory)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] bytes = utf8(password);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(bytes, out);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    return out;
  }

  private static byte[] utf8(char[] password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    encoded.clear();
    while (encoded.hasRemaining()) {
      encoded.put((byte) 0);
    }
    return bytes;
  }
}
