import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The baseline of the batch benchmark: a plain Jackson read-write of an NDJSON file, each line read
 * into a tree and written back, with nothing else done. Copies the file twice in one JVM and
 * reports the second, warm, pass, as the service is warm when its batch endpoint is timed.
 *
 * <p>Run as a source file with Jackson on the class path: {@code java -cp JARS
 * bench/JacksonReadWrite.java IN OUT}. Prints {@code LINES SECONDS}.
 */
public final class JacksonReadWrite {
  private JacksonReadWrite() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java -cp JACKSON_JARS JacksonReadWrite.java IN.ndjson OUT.ndjson");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    ObjectMapper mapper = new ObjectMapper();
    copy(mapper, in, out);
    long start = System.nanoTime();
    long lines = copy(mapper, in, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%d %.3f%n", lines, seconds);
  }

  private static long copy(ObjectMapper mapper, Path in, Path out) throws IOException {
    long lines = 0;
    try (InputStream input = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
        OutputStream output = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        MappingIterator<JsonNode> reader = mapper.readerFor(JsonNode.class).readValues(input);
        SequenceWriter writer = mapper.writer().withRootValueSeparator("\n").writeValues(output)) {
      while (reader.hasNext()) {
        writer.write(reader.next());
        lines++;
      }
    }
    return lines;
  }
}
