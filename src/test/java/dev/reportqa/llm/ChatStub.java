package dev.reportqa.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A chat server on a loopback port that speaks the OpenAI chat-completions API ({@code POST
 * /v1/chat/completions}) and Ollama's ({@code POST /api/chat}), and plays a model: it answers each
 * kind of request (answer, follow-up condensation, translation) with what the test set, and records
 * every request.
 */
public final class ChatStub implements AutoCloseable {

  /** What the stub sends back for one kind of request. */
  @FunctionalInterface
  public interface Reply {
    MockResponse respond(boolean ollama);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private volatile Reply answer = content("NOT_IN_REPORT");
  private volatile Reply condense = null;
  private volatile Reply translate = null;

  private ChatStub() {}

  public static ChatStub start() {
    ChatStub stub = new ChatStub();
    stub.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return stub.dispatch(request);
          }
        });
    try {
      stub.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stub;
  }

  /** The base URL an OpenAI-compatible client is given: {@code http://127.0.0.1:PORT/v1}. */
  public String openAiUrl() {
    return server.url("/v1").toString();
  }

  /** The base URL an Ollama client is given: {@code http://127.0.0.1:PORT}. */
  public String ollamaUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /** Answers answer requests with this reply. */
  public ChatStub answer(Reply reply) {
    this.answer = reply;
    return this;
  }

  /** Answers answer requests with this message content. */
  public ChatStub answer(String content) {
    return answer(content(content));
  }

  /** Answers follow-up condensation requests with this content. */
  public ChatStub condense(String content) {
    this.condense = content(content);
    return this;
  }

  /** Answers translation requests with this content. */
  public ChatStub translate(String content) {
    this.translate = content(content);
    return this;
  }

  /** The bodies of the requests received so far, oldest first. */
  public synchronized List<String> bodies() {
    return requests.stream().map(r -> r.getBody() == null ? "" : r.getBody().utf8()).toList();
  }

  /** The requests received so far, oldest first. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The body of the last answer request (the one with passages). */
  public String lastAnswerBody() {
    List<String> answers = bodies().stream().filter(ChatStub::isAnswer).toList();
    if (answers.isEmpty()) {
      throw new AssertionError("no answer request was received; requests: " + bodies());
    }
    return answers.get(answers.size() - 1);
  }

  /** The user message of the last answer request, as the model reads it. */
  public String lastAnswerPrompt() {
    return lastMessage(lastAnswerBody());
  }

  /** The content of the last message of a request body. */
  public static String lastMessage(String body) {
    List<Map<String, Object>> messages = messages(body);
    return (String) messages.get(messages.size() - 1).get("content");
  }

  /** The messages of a request body, each with its {@code role} and {@code content}. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> messages(String body) {
    try {
      Map<String, Object> json = JSON.readValue(body, Map.class);
      return (List<Map<String, Object>>) json.get("messages");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    boolean ollama = request.getTarget().startsWith("/api/chat");
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    Reply reply;
    if (isAnswer(body)) {
      reply = answer;
    } else if (body.contains("<new-question>")) {
      reply = condense;
    } else {
      reply = translate;
    }
    if (reply == null) {
      return new MockResponse.Builder()
          .code(400)
          .body("{\"error\":\"unexpected request\"}")
          .build();
    }
    return reply.respond(ollama);
  }

  private static boolean isAnswer(String body) {
    return body.contains("<passage");
  }

  /** A well-formed reply of either API carrying this content. */
  public static Reply content(String content) {
    return ollama -> json(ollama ? ollamaBody(content) : openAiBody(content));
  }

  /** An HTTP error with a body. */
  public static Reply status(int code, String body) {
    return ollama -> new MockResponse.Builder().code(code).body(body).build();
  }

  /** A 200 whose body is not JSON. */
  public static Reply garbage() {
    return ollama ->
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("<html>502 Bad Gateway</html>")
            .build();
  }

  /** A good reply that starts only after a delay, to trip the client's timeout. */
  public static Reply delayed(String content, long seconds) {
    return ollama ->
        json(ollama ? ollamaBody(content) : openAiBody(content))
            .newBuilder()
            .headersDelay(seconds, TimeUnit.SECONDS)
            .build();
  }

  /**
   * A good reply whose headers come at once and whose body trickles in, {@code bytes} every {@code
   * seconds}: a server that never times out a per-read timer.
   */
  public static Reply trickled(String content, long bytes, long seconds) {
    return ollama ->
        json(ollama ? ollamaBody(content) : openAiBody(content))
            .newBuilder()
            .throttleBody(bytes, seconds, TimeUnit.SECONDS)
            .build();
  }

  private static MockResponse json(Object body) {
    try {
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body(JSON.writeValueAsString(body))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> openAiBody(String content) {
    return Map.of(
        "id",
        "chatcmpl-stub",
        "object",
        "chat.completion",
        "created",
        1,
        "model",
        "m",
        "choices",
        List.of(
            Map.of(
                "index",
                0,
                "message",
                Map.of("role", "assistant", "content", content),
                "finish_reason",
                "stop")),
        "usage",
        Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2));
  }

  private static Map<String, Object> ollamaBody(String content) {
    return Map.of(
        "model", "m",
        "created_at", "2024-07-26T00:00:00Z",
        "message", Map.of("role", "assistant", "content", content),
        "done", true,
        "done_reason", "stop");
  }

  @Override
  public void close() {
    server.close();
  }
}
