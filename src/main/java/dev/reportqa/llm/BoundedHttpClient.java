package dev.reportqa.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

/**
 * The HTTP client of LLM mode: one deadline for the whole call — connecting, the headers and every
 * byte of the body — and a cap on the body's size. langchain4j's own JDK client times out only
 * until the headers arrive, so a server that sends headers and then one byte every few seconds
 * would hold a question forever; and it reads any body whole, however large.
 *
 * <p>Past the deadline the exchange is cancelled and langchain4j's {@link TimeoutException} thrown;
 * past the cap the body is abandoned and {@link ReplyTooLarge} thrown. Streaming is not offered:
 * report-qa never streams.
 */
final class BoundedHttpClient implements HttpClient {

  /**
   * The largest reply body read, in bytes: a chat reply of a few sentences is a few kilobytes of
   * JSON, a reasoning model's thinking some tens; a megabyte is already no answer.
   */
  static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  private final java.net.http.HttpClient client;
  private final Duration deadline;
  private final int maxBodyBytes;

  BoundedHttpClient(Duration deadline, int maxBodyBytes) {
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    // HTTP/1.1: local model servers (llama.cpp, vLLM, Ollama) do not all take an h2c upgrade.
    this.client =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(deadline)
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .build();
  }

  /** The body was larger than the cap; the reply is not read. */
  static final class ReplyTooLarge extends RuntimeException {
    ReplyTooLarge(int max) {
      super("the reply is larger than " + max + " bytes", null, false, false);
    }
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(deadline);
    request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    String body = request.body();
    b.method(
        request.method().name(),
        body == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    CompletableFuture<HttpResponse<byte[]>> call =
        client.sendAsync(b.build(), info -> new CappedBody(maxBodyBytes));
    HttpResponse<byte[]> response;
    try {
      response = call.get(deadline.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      call.cancel(true);
      throw new TimeoutException("no whole reply within " + deadline.toSeconds() + " s");
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for the model");
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (response.statusCode() < 200 || response.statusCode() >= 300) {
      throw new HttpException(response.statusCode(), text);
    }
    return SuccessfulHttpResponse.builder()
        .statusCode(response.statusCode())
        .headers(response.headers().map())
        .body(text)
        .build();
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof ReplyTooLarge large) {
      return large;
    }
    if (cause instanceof java.net.http.HttpTimeoutException t) {
      return new TimeoutException(t);
    }
    if (cause instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    return new IllegalStateException(cause);
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    throw new UnsupportedOperationException("report-qa does not stream model replies");
  }

  /** Collects a body up to the cap, and gives up on it past the cap. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + buffer.remaining() > max) {
          subscription.cancel();
          result.completeExceptionally(new ReplyTooLarge(max));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }

  /** Makes the client for a chat model's builder; the model's own timeouts are not used. */
  static final class Builder implements HttpClientBuilder {
    private final Duration deadline;
    private final int maxBodyBytes;
    private Duration connectTimeout;
    private Duration readTimeout;

    Builder(Duration deadline, int maxBodyBytes) {
      this.deadline = deadline;
      this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public HttpClient build() {
      return new BoundedHttpClient(deadline, maxBodyBytes);
    }
  }
}
