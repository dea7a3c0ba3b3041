package io.github.regeneligibility.http.support;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A minimal HTTP/1.1 client for {@code POST /v1/assessments/batch} that reads the response while it
 * still sends the request, as a streaming client must: the JDK's HttpClient sends the whole body
 * before it reads, so a batch whose answer outgrows the socket buffers would stall it.
 */
public final class DuplexBatchClient implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private @Nullable BufferedReader body;

  public DuplexBatchClient(int port) throws IOException {
    this(
        port,
        """
            POST /v1/assessments/batch HTTP/1.1\r
            Host: localhost\r
            Content-Type: application/x-ndjson\r
            Transfer-Encoding: chunked\r
            \r
            """);
  }

  /** Opens a connection and sends {@code head}, a whole request head, blank line included. */
  public DuplexBatchClient(int port, String head) throws IOException {
    socket = new Socket("localhost", port);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream());
    sendRaw(head.getBytes(StandardCharsets.US_ASCII));
  }

  /** Sends {@code bytes} as they are: body bytes of a declared length, or a next request. */
  public void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /**
   * Reads a whole response of a declared length, head and body, so that the next one can be read
   * from the same connection; returns its body.
   */
  public String readDeclaredBody() throws IOException {
    readHead();
    String length = headers.get("content-length");
    if (length == null) {
      throw new IOException("the response declares no length: " + headers);
    }
    String text = new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
    body = new BufferedReader(Reader.nullReader());
    return text;
  }

  /** Returns whether the server has closed the connection, having read all it sent. */
  public boolean closedByServer() throws IOException {
    return in.read() < 0;
  }

  /** Sends {@code text} as one chunk of the body. */
  public void send(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Ends the body. */
  public void finish() throws IOException {
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /**
   * Breaks the body off: sends, where the next chunk should begin, bytes that are not one, as when
   * a proxy or a failing client cuts a body short.
   */
  public void breakOff() throws IOException {
    sendRaw("zz\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * An answer read to its end: its lines, and whether it ended properly (the last chunk, or all of
   * a declared length) rather than with the connection closing within it.
   */
  public record Answer(List<String> lines, boolean complete) {}

  /** Reads the rest of the response body; the connection closing within it is a cut answer. */
  public Answer readAnswer() throws IOException {
    List<String> lines = new ArrayList<>();
    try {
      for (String line = readLine(); line != null; line = readLine()) {
        lines.add(line);
      }
    } catch (EOFException cut) {
      return new Answer(lines, false);
    }
    return new Answer(lines, true);
  }

  /**
   * Sends a whole batch of {@code contentType} at once, with the given extra header lines (such as
   * {@code "Accept: text/csv"}), and reads its whole answer.
   */
  public static Answer exchange(int port, String contentType, byte[] body, String... headerLines)
      throws IOException {
    StringBuilder head =
        new StringBuilder("POST /v1/assessments/batch HTTP/1.1\r\nHost: localhost\r\n")
            .append("Content-Type: ")
            .append(contentType)
            .append("\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
    for (String header : headerLines) {
      head.append(header).append("\r\n");
    }
    try (DuplexBatchClient client = new DuplexBatchClient(port, head.append("\r\n").toString())) {
      CompletableFuture<@Nullable Void> sending =
          CompletableFuture.runAsync(
              () -> {
                try {
                  client.sendRaw(body);
                } catch (IOException e) {
                  // the service may stop reading, and close, before it has the whole body
                }
              });
      Answer answer = client.readAnswer();
      sending.join();
      return answer;
    }
  }

  /**
   * Returns the next line of the response body, or null at its end (the last chunk, or the end of
   * the connection); reads the response's head first.
   */
  public @Nullable String readLine() throws IOException {
    BufferedReader reader = body;
    if (reader == null) {
      reader = readHead();
    }
    return reader.readLine();
  }

  public int status() throws IOException {
    if (body == null) {
      readHead();
    }
    return status;
  }

  public Map<String, String> headers() throws IOException {
    if (body == null) {
      readHead();
    }
    return headers;
  }

  private BufferedReader readHead() throws IOException {
    headers.clear();
    String statusLine = asciiLine();
    status =
        Integer.parseInt(com.google.common.base.Splitter.on(' ').splitToList(statusLine).get(1));
    for (String line = asciiLine(); !line.isEmpty(); line = asciiLine()) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    InputStream content = "chunked".equals(headers.get("transfer-encoding")) ? new Chunks() : in;
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
    body = reader;
    return reader;
  }

  private String asciiLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the connection closed within the response's head or a chunk's");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.US_ASCII).strip();
  }

  /**
   * The decoded content of a chunked response body. The line end after a chunk's data is read with
   * the next chunk's size, so that the data of a last chunk sent before the connection closes is
   * returned before the end of the connection is noticed.
   */
  private final class Chunks extends InputStream {
    private int left;
    private boolean afterData;
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (ended) {
        return -1;
      }
      if (left == 0) {
        if (afterData) {
          asciiLine();
        }
        left =
            Integer.parseInt(
                com.google.common.base.Splitter.on(';').splitToList(asciiLine()).get(0), 16);
        afterData = true;
        if (left == 0) {
          ended = true;
          asciiLine();
          return -1;
        }
      }
      int read = in.read(buffer, offset, Math.min(length, left));
      if (read < 0) {
        throw new EOFException("the connection closed within a chunk");
      }
      left -= read;
      return read;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
