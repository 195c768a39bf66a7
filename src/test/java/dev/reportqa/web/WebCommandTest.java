package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.shell.UsageException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code web}: prints the address, serves until interrupted (Ctrl-C), refuses bad options. */
class WebCommandTest {

  private static final Pattern ADDRESS =
      Pattern.compile("Open (http://127\\.0\\.0\\.1:(\\d+)/) in");

  @Test
  void should_print_the_address_and_serve_until_interrupted() throws Exception {
    // given
    WebHarness harness = WebHarness.bundled();
    WebCommand command = harness.shell.getBean(WebCommand.class);
    harness.terminal.reset();
    Thread[] runner = new Thread[1];
    CompletableFuture<String> result = new CompletableFuture<>();

    // when
    runner[0] =
        new Thread(
            () -> {
              try {
                result.complete(command.web(0, "127.0.0.1"));
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
    runner[0].start();
    Matcher address = awaitAddress(harness);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(address.group(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    runner[0].interrupt();

    // then
    assertThat(harness.terminalText())
        .contains("report-qa web — xitang-2024-h1-report.md (141 lines)")
        .contains("Ctrl-C stops the server.");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo("Stopped the web server.");
    assertThatThrownBy(
            () ->
                http.send(
                    HttpRequest.newBuilder(URI.create(address.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  private static Matcher awaitAddress(WebHarness harness) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Matcher m = ADDRESS.matcher(harness.terminalText());
      if (m.find()) {
        return m;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no address printed: " + harness.terminalText());
  }

  @Test
  void should_refuse_a_port_in_use_with_one_line_saying_so() throws Exception {
    WebCommand command = WebHarness.bundled().shell.getBean(WebCommand.class);
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> command.web(port, "127.0.0.1"))
          .isInstanceOf(UsageException.class)
          .hasMessage(
              "port " + port + " is in use — stop what uses it or choose another with --port");
    }
  }

  @Test
  void should_refuse_a_port_out_of_range() {
    WebCommand command = WebHarness.bundled().shell.getBean(WebCommand.class);

    assertThatThrownBy(() -> command.web(70000, "127.0.0.1"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--port must be 0-65535 (0 for any free port), not 70000");
  }

  @Test
  void should_show_the_loopback_address_when_listening_on_every_interface() {
    assertThat(WebCommand.address("0.0.0.0", 8080)).isEqualTo("http://127.0.0.1:8080/");
    assertThat(WebCommand.address("::1", 8080)).isEqualTo("http://[::1]:8080/");
  }
}
