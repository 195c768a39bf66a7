package dev.reportqa.web;

import dev.reportqa.ReportQaApplication;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.shell.ReportSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.shell.ShellApplicationRunner;
import org.springframework.shell.boot.TerminalCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The shell's real application context with the web server started in it, as {@code ./reportqa web}
 * has them, on a free port of 127.0.0.1. The bundled report's is shared by the tests of a JVM;
 * others are started and closed by the tests that need them.
 */
final class WebHarness {

  /** The index cache of every harness of this JVM: under {@code target/}, never the user's. */
  static final Path CACHE_DIR = tempDir("web-index-cache-");

  private static WebHarness bundled;

  final ConfigurableApplicationContext shell;
  final ConfigurableApplicationContext web;
  final int port;
  final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

  private WebHarness(String... settings) {
    TerminalStreams.output = terminal;
    List<String> args = new ArrayList<>(Arrays.asList(settings));
    args.add("--reportqa.cache-dir=" + CACHE_DIR);
    if (args.stream().noneMatch(a -> a.startsWith("--reportqa.report="))) {
      args.add("--reportqa.report=seeds/xitang-2024-h1-report.md");
    }
    shell =
        new SpringApplicationBuilder(ReportQaApplication.class, TestShellConfiguration.class)
            .run(args.toArray(String[]::new));
    // As the web command does: the index first, so that no request waits for it.
    shell.getBean(ReportSession.class).index(BuildProgress.NONE);
    web = WebServer.start(shell, "127.0.0.1", 0);
    port = WebServer.port(web);
  }

  /** The bundled report, with the settings of application.properties. */
  static synchronized WebHarness bundled() {
    if (bundled == null) {
      bundled = new WebHarness();
    }
    return bundled;
  }

  /** A harness with other settings ({@code --name=value}); {@link #close()} it after use. */
  static WebHarness start(String... settings) {
    return new WebHarness(settings);
  }

  void close() {
    web.close();
    shell.close();
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** MockMvc over the web context, with its filters as the server runs them. */
  @SuppressWarnings("rawtypes")
  MockMvc mvc() {
    var builder = MockMvcBuilders.webAppContextSetup((WebApplicationContext) web);
    List<FilterRegistrationBean> filters =
        new ArrayList<>(web.getBeansOfType(FilterRegistrationBean.class).values());
    filters.sort((a, b) -> Integer.compare(a.getOrder(), b.getOrder()));
    for (FilterRegistrationBean f : filters) {
      builder.addFilters(f.getFilter());
    }
    return builder.build();
  }

  /** A directory of reports: the bundled one and the given test resources. */
  static Path reportFolder(String... resources) {
    Path dir = tempDir("web-reports-");
    try {
      Files.copy(
          Path.of("seeds/xitang-2024-h1-report.md"), dir.resolve("xitang-2024-h1-report.md"));
      for (String r : resources) {
        try (InputStream in = WebHarness.class.getResourceAsStream("/web/" + r)) {
          Files.copy(in, dir.resolve(r));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.toAbsolutePath();
  }

  static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix)
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String terminalText() {
    return terminal.toString(StandardCharsets.UTF_8);
  }

  /** Holds the stream for the terminal bean, which is made inside the context. */
  static final class TerminalStreams {
    static ByteArrayOutputStream output;
  }

  /**
   * Beans of the harness, given as a source of the context rather than annotated: the shell's
   * context scans {@code dev.reportqa}, test classes included, and a {@code @Configuration} here
   * would end up in every test's context.
   */
  static class TestShellConfiguration {

    /** A terminal on buffers, not the test JVM's own; applied last, after any other test's. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    TerminalCustomizer webTestTerminal() {
      return builder ->
          builder
              .system(false)
              .dumb(true)
              .streams(InputStream.nullInputStream(), TerminalStreams.output)
              .encoding(StandardCharsets.UTF_8);
    }

    /** The shell does not run: the tests drive the server. */
    @Bean
    ShellApplicationRunner webNoStartupRun() {
      return args -> {};
    }
  }
}
