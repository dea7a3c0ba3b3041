package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.http.contract.Headers;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's one mapping from failures to responses: every failure, on every route, becomes an
 * RFC 9457 problem in the language the request asks for. Bad requests map to their 4xx problem;
 * anything unexpected is logged with its stack trace and answered with a generic 500.
 */
public final class ProblemMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  /**
   * Answers {@code ctx} with the problem for {@code failure}; registered for every exception. A
   * problem that cannot be written (which no content can cause: every text is written well-formed)
   * is logged and answered with the generic 500 problem, never with the server's own error page.
   */
  public void handle(Exception failure, Context ctx) {
    ProblemDocument problem = problemFor(failure, ctx.method().name(), ctx.path());
    if (ctx.res().isCommitted()) {
      LOG.debug("{} {} failed after its response began: {}", ctx.method(), ctx.path(), failure);
      return;
    }
    Language language = AcceptLanguage.of(ctx.header(Header.ACCEPT_LANGUAGE));
    @Nullable String id = ctx.attribute(RequestIds.ATTRIBUTE);
    Map<String, String> extensions = id == null ? Map.of() : RequestIds.problemExtensions(id);
    if (id != null) {
      ctx.header(Headers.REQUEST_ID, id);
    }
    byte[] body;
    try {
      body = problem.toJson(language, extensions);
    } catch (RuntimeException e) {
      LOG.error("{} {}: its problem could not be written", ctx.method(), ctx.path(), e);
      problem = ProblemDetails.internalError();
      body = problem.toJson(language, extensions);
    }
    if (failure instanceof MethodNotAllowedResponse notAllowed && problem.status() == 405) {
      ctx.header(Header.ALLOW, allowed(notAllowed));
    }
    Transport.doNotStore(ServletContextResponse.getServletContextResponse(ctx.res()).getHeaders());
    if (problem.status() == 503 && ctx.res().getHeader(Header.RETRY_AFTER) == null) {
      ctx.header(Header.RETRY_AFTER, Headers.RETRY_AFTER_SECONDS);
    }
    ctx.status(problem.status()).contentType(MediaTypes.PROBLEM_JSON).result(body);
  }

  /**
   * Answers a request that failed with an {@link Error} (a stack overflow, memory running out):
   * logs it and, if the response has not begun, sends the generic 500 problem in English.
   */
  public void handleError(HttpServletResponse response, Error error) {
    LOG.error("a request failed with an error", error);
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(500);
    response.setContentType(MediaTypes.PROBLEM_JSON);
    Transport.doNotStore(ServletContextResponse.getServletContextResponse(response).getHeaders());
    response.setHeader(Headers.NOSNIFF_HEADER, Headers.NOSNIFF);
    String id = response.getHeader(Headers.REQUEST_ID);
    try {
      response
          .getOutputStream()
          .write(
              ProblemDetails.internalError()
                  .toJson(Language.ENGLISH, RequestIds.problemExtensions(id == null ? "-" : id)));
    } catch (IOException | RuntimeException e) {
      LOG.debug("the 500 problem could not be sent", e);
    }
  }

  /**
   * Returns the problem for {@code failure} of a request for {@code method} {@code path}; logs an
   * unexpected failure with its stack trace.
   */
  public ProblemDocument problemFor(Throwable failure, String method, String path) {
    if (failure instanceof ProblemException problem) {
      return problem.problem();
    }
    if (failure instanceof MethodNotAllowedResponse notAllowed) {
      return ProblemDetails.methodNotAllowed(method, path, allowed(notAllowed));
    }
    if (failure instanceof NotFoundResponse) {
      return ProblemDetails.notFound(method, path);
    }
    if (failure instanceof HttpResponseException response) {
      return ProblemDetails.forStatus(response.getStatus());
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) { // a limit, raised while reading the body
        return problem.problem();
      }
      if (cause instanceof HttpException http) { // malformed HTTP found while reading the body
        return ProblemDetails.forStatus(http.getCode());
      }
    }
    LOG.error("{} {} failed unexpectedly", method, path, failure);
    return ProblemDetails.internalError();
  }

  private static String allowed(MethodNotAllowedResponse notAllowed) {
    String methods = notAllowed.getDetails().get("availableMethods");
    return methods != null
        ? methods
        : notAllowed.getDetails().getOrDefault("Available methods", "");
  }

  /**
   * Answers the errors that Jetty raises before a route runs (malformed HTTP, requests arriving
   * while the server stops) with the same problems, instead of Jetty's HTML pages.
   */
  public static final class JettyErrors extends ErrorHandler {
    @Override
    protected void generateResponse(
        Request request,
        Response response,
        int code,
        String message,
        @Nullable Throwable cause,
        Callback callback) {
      if (code >= 500 && code != 503 && cause != null) {
        LOG.error("{} {} failed in the server", request.getMethod(), request.getHttpURI(), cause);
      }
      Language language = AcceptLanguage.of(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaTypes.PROBLEM_JSON);
      Transport.doNotStore(response.getHeaders());
      response.getHeaders().put(Headers.NOSNIFF_HEADER, Headers.NOSNIFF);
      if (code == 503) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Headers.RETRY_AFTER_SECONDS);
      }
      String id = RequestIds.assign(request);
      response.getHeaders().put(Headers.REQUEST_ID, id);
      byte[] body =
          ProblemDetails.forStatus(code).toJson(language, RequestIds.problemExtensions(id));
      response.write(true, ByteBuffer.wrap(body), callback);
    }
  }
}
