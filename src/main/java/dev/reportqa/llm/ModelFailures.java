package dev.reportqa.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.function.Predicate;

/** Names why a call to the model failed, from the exception langchain4j threw. */
final class ModelFailures {

  private ModelFailures() {}

  /**
   * A reply over the size cap, a timeout, an HTTP error status, a connection that could not be made
   * or broke, or else a reply that could not be read (not JSON, no choices, no message).
   */
  static Reason reason(Throwable failure, LlmSettings settings) {
    if (inChain(failure, t -> t instanceof BoundedHttpClient.ReplyTooLarge)) {
      return Reason.of(Reason.TOO_LONG);
    }
    if (inChain(
        failure,
        t ->
            t instanceof TimeoutException
                || t instanceof HttpTimeoutException
                || t instanceof SocketTimeoutException)) {
      return Reason.of(Reason.TIMEOUT, "seconds", Long.toString(settings.timeout().toSeconds()));
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpException http) {
        return Reason.of(Reason.HTTP, "status", Integer.toString(http.statusCode()));
      }
    }
    if (inChain(failure, t -> t instanceof JsonProcessingException)) {
      return Reason.of(Reason.MALFORMED);
    }
    if (inChain(
        failure,
        t ->
            t instanceof IOException
                || t instanceof UnresolvedAddressException
                || t instanceof UnresolvedModelServerException)) {
      return Reason.of(Reason.CONNECTION, "url", settings.displayBaseUrl());
    }
    return Reason.of(Reason.MALFORMED);
  }

  private static boolean inChain(Throwable failure, Predicate<Throwable> test) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }
}
