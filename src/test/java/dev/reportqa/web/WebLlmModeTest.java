package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LLM mode behind the page: the same verification and fallback as the shell, and the API key never
 * in anything the server sends.
 */
class WebLlmModeTest {

  static final String KEY = "sk-web-test-key-4d1f9c";

  private static WebHarness harness;
  private static String deadModel;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    // A port nothing listens on: the model cannot be reached, so every answer falls back.
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    deadModel = "http://127.0.0.1:" + port + "/v1";
    harness =
        WebHarness.start(
            "--reportqa.llm=openai",
            "--reportqa.llm-model=test-model",
            "--reportqa.llm-base-url=" + deadModel,
            "--reportqa.llm-api-key=" + KEY,
            "--reportqa.llm-timeout=5");
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  private static String get(String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(harness.base() + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }

  private static String ask(String question) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(harness.base() + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }

  @Test
  void should_show_the_offline_answer_with_a_notice_when_the_model_cannot_be_reached()
      throws Exception {
    String answer = ask("全年游客目标是多少？");

    assertThat(answer)
        .contains("\"answer\":\"2024年目标：力争全年游客量突破 1200 万人次 [L87]\"")
        .contains("\"notice\":\"（未采用大模型的回答：无法连接 " + deadModel);
  }

  @Test
  void should_never_send_the_api_key_from_any_endpoint() throws Exception {
    // when
    List<String> responses =
        List.of(
            get("/"),
            get("/api/reports"),
            get("/api/reports/xitang-2024-h1-report.md/lines"),
            get("/api/reports/xitang-2024-h1-report.md/outline"),
            get("/api/figures"),
            get("/api/brief?topic=tourism"),
            get("/api/nothing"),
            ask("What was the visitor target?"),
            ask(""));

    // then
    assertThat(get("/api/reports")).contains("\"llm\":true");
    for (String response : responses) {
      assertThat(response).doesNotContain(KEY).doesNotContain("4d1f9c");
    }
  }
}
