package dev.reportqa.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for what never reaches the application (a request line it cannot parse, a
 * header too large): the same JSON {@code {"error": "bad request"}} as every other error, instead
 * of Tomcat's HTML page. Errors inside the application go to {@link ApiErrors} as before.
 */
final class JsonErrorValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String reason = known == null ? "error" : known.getReasonPhrase().toLowerCase(Locale.ROOT);
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(ApiErrors.json(reason));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response was committed meanwhile: nothing left to tell it.
    }
  }
}
