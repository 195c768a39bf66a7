package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only the running server shows: Tomcat's own errors, chunked bodies, compression. */
class WebServerHttpTest {

  private static WebHarness harness;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    harness = WebHarness.bundled();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", harness.port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void should_answer_json_404_when_the_path_does_not_exist() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(harness.base() + "/x")));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"error\":\"nothing here: /x\"}");
  }

  @Test
  void should_answer_json_when_tomcat_itself_cannot_read_the_request() throws Exception {
    // A request line with a raw space in its path never reaches the application.
    String response = raw("GET /a b c HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).contains("Content-Type: application/json");
    assertThat(response).endsWith("{\"error\":\"bad request\"}");
    assertThat(response).doesNotContain("<html").doesNotContain("Tomcat");
  }

  @Test
  void should_refuse_a_chunked_body_once_it_runs_over_the_limit() throws Exception {
    // given: no declared length, so the limit is found while reading
    String body = "{\"question\": \"" + "游".repeat(6000) + "\"}";
    HttpRequest.BodyPublisher chunked =
        HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));

    // when
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(harness.base() + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(chunked));

    // then
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .isEqualTo("{\"error\":\"the request body is larger than 16384 bytes\"}");
  }

  @Test
  void should_send_the_page_compressed_in_one_response() throws Exception {
    // when
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(harness.base() + "/"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String html;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(html).startsWith("<!doctype html>").contains("id=\"ask-form\"");
    assertThat(response.body().length).isLessThan(html.length() / 2);
  }

  @Test
  void should_refuse_a_request_for_another_host_name() throws Exception {
    String response =
        raw("GET /api/reports HTTP/1.1\r\nHost: rebound.example\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 403");
    assertThat(response)
        .contains(
            "\r\n{\"error\":\"this server answers only requests to localhost or 127.0.0.1\"}");
  }
}
