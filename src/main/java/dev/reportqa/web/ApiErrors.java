package dev.reportqa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportqa.brief.BriefException;
import dev.reportqa.shell.UsageException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Every error as JSON {@code {"error": "..."}} with its status, and never a stack trace: 400 for
 * bad input (an empty or too long question, an unknown report, a bad range, topic or format), 404
 * for a topic the report never mentions or a path that does not exist, 413 for a body over the
 * limit, 500 for anything unforeseen, whose details go to the server's log only.
 */
final class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The body of every error. */
  record ErrorView(String error) {}

  private ApiErrors() {}

  /** The answer to an exception a handler threw. */
  static ServerResponse response(Throwable e, ServerRequest request) {
    if (e instanceof ApiException a) {
      return error(a.status(), a.getMessage());
    }
    if (e instanceof IllegalArgumentException || e instanceof UsageException) {
      return error(400, e.getMessage());
    }
    if (e instanceof BriefException) {
      return error(404, e.getMessage());
    }
    Throwable tooLarge = causedBy(e, BodyLimitFilter.TooLargeException.class);
    if (tooLarge != null) {
      return error(413, tooLarge.getMessage());
    }
    if (e instanceof HttpMessageNotReadableException) {
      // Jackson's own message names Java types; the user needs the expected shape.
      return error(
          400, "the body must be JSON like {\"question\": \"全年游客目标是多少？\", \"conversation\": null}");
    }
    log.error("{} {} failed: {}", request.method(), request.path(), e.toString());
    log.debug("request failed", e);
    return error(500, "the server failed to answer; its log says why");
  }

  /**
   * The error page the servlet container turns to for what no handler answered: a path that does
   * not exist, or an error outside the handlers.
   */
  static ServerResponse page(ServerRequest request) {
    Object code = request.attribute(RequestDispatcher.ERROR_STATUS_CODE).orElse(500);
    HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
    if (status == null || !status.isError()) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (status == HttpStatus.NOT_FOUND) {
      Object uri = request.attribute(RequestDispatcher.ERROR_REQUEST_URI).orElse("");
      return error(404, "nothing here: " + uri);
    }
    request
        .attribute(RequestDispatcher.ERROR_EXCEPTION)
        .ifPresent(e -> log.error("request failed: {}", e));
    return error(status.value(), status.getReasonPhrase().toLowerCase(Locale.ROOT));
  }

  static ServerResponse error(int status, String message) {
    return ServerResponse.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ErrorView(message));
  }

  /** Writes an error where no handler answers (a filter). */
  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json(message));
    response.getWriter().flush();
  }

  static String json(String message) {
    try {
      return JSON.writeValueAsString(new ErrorView(message));
    } catch (JsonProcessingException e) {
      return "{\"error\":\"error\"}";
    }
  }

  private static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }
}
