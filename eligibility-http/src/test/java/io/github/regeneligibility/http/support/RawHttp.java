package io.github.regeneligibility.http.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 spoken byte by byte over a socket, for requests that no client library sends (a
 * malformed query, a body that never ends) and for connections held open on purpose.
 */
public final class RawHttp {
  private RawHttp() {}

  /** Opens a connection to {@code server}. */
  public static Socket connect(TestServer server) throws IOException {
    Socket socket = new Socket("localhost", server.server().port());
    socket.setSoTimeout(30_000); // a guard against a hung test, never reached when it passes
    return socket;
  }

  /** Sends {@code request} on a connection of its own and returns the answer. */
  public static String exchange(TestServer server, String request) throws IOException {
    try (Socket socket = connect(server)) {
      return exchange(socket, request);
    }
  }

  /** Sends {@code request} and returns the answer's head and body (by its Content-Length). */
  public static String exchange(Socket socket, String request) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.flush();
    InputStream in = socket.getInputStream();
    String head = readUntil(in, "\r\n\r\n");
    int length = 0;
    for (String header : head.split("\r\n", -1)) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(header.substring("content-length:".length()).trim());
      }
    }
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** Returns the body of an answer that {@link #exchange} returned. */
  public static String body(String answer) {
    return answer.substring(answer.indexOf("\r\n\r\n") + 4);
  }

  /** Reads from {@code in} until what was read ends with {@code end}, or the stream ends. */
  public static String readUntil(InputStream in, String end) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] marker = end.getBytes(StandardCharsets.UTF_8);
    while (true) {
      int b = in.read();
      if (b < 0) {
        return read.toString(StandardCharsets.UTF_8);
      }
      read.write(b);
      if (read.size() >= marker.length && read.toString(StandardCharsets.UTF_8).endsWith(end)) {
        return read.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
