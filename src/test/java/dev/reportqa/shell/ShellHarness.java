package dev.reportqa.shell;

import dev.reportqa.ReportQaApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.ShellApplicationRunner;
import org.springframework.shell.boot.TerminalCustomizer;

/**
 * The real application context, started once per test JVM with the terminal wired to buffers, so
 * that shell tests run commands and REPL sessions in process and read what a user would see.
 */
final class ShellHarness {

  /** What one run printed and how it ended. */
  record Run(int exitCode, String out, String err) {}

  /**
   * The index cache of every context in this JVM: a fresh directory under {@code target/}, never
   * the user's own cache, shared so that later contexts load what the first one saved.
   */
  static final Path CACHE_DIR = newCacheDir();

  /** The REPL history of every context in this JVM: never the user's own. */
  static final Path HISTORY = CACHE_DIR.resolveSibling(CACHE_DIR.getFileName() + "-history");

  private static ShellHarness instance;

  private final SwitchableInput input = new SwitchableInput();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream originalErr;
  private final ConfigurableApplicationContext context;

  private ShellHarness(String... settings) {
    originalErr = System.err;
    System.setErr(
        new PrintStream(
            new Tee(err, originalErr, this::checkErrTrigger), true, StandardCharsets.UTF_8));
    TerminalStreams.input = input;
    TerminalStreams.output = out;
    context =
        new SpringApplicationBuilder(ReportQaApplication.class, TestShellConfiguration.class)
            .properties("reportqa.report=seeds/xitang-2024-h1-report.md")
            .run(withCacheDir(settings));
  }

  /** The shared context on the bundled report with the settings of application.properties. */
  static synchronized ShellHarness get() {
    if (instance == null) {
      instance = new ShellHarness();
    }
    return instance;
  }

  /**
   * A context of its own with other settings, given as {@code --name=value} (they take precedence
   * over application.properties, as {@code -D} options do); {@link #close()} it after use.
   */
  static synchronized ShellHarness start(String... settings) {
    return new ShellHarness(settings);
  }

  /** Stops a context made by {@link #start(String...)}. */
  synchronized void close() {
    context.close();
    System.setErr(originalErr);
  }

  /** Runs one command as {@code ./reportqa args…} would. */
  synchronized Run oneShot(String... args) throws Exception {
    return oneShotWithInput("", args);
  }

  /** Runs one command as {@code ./reportqa args… < input} would. */
  synchronized Run oneShotWithInput(String input, String... args) throws Exception {
    out.reset();
    err.reset();
    context
        .getBean(ReportQaShellRunner.class)
        .run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false);
    errTrigger = null;
    return new Run(context.getBean(ExitCodes.class).getExitCode(), text(out), text(err));
  }

  /**
   * Runs an action, once, on the thread writing to standard error, as soon as the error output of
   * the next run shows a text: the moment to press Ctrl-C or pull a directory away.
   */
  synchronized void whenErrorShows(String text, Runnable action) {
    errTrigger = text;
    errAction = action;
  }

  private volatile String errTrigger;
  private volatile Runnable errAction;

  private void checkErrTrigger() {
    String trigger = errTrigger;
    if (trigger != null && text(err).contains(trigger)) {
      errTrigger = null;
      errAction.run();
    }
  }

  /** Runs the REPL over the given typed lines until they run out. */
  synchronized Run repl(String typed) throws Exception {
    out.reset();
    err.reset();
    input.set(typed);
    context.getBean(ReportQaShellRunner.class).run(new String[0], null, true);
    return new Run(context.getBean(ExitCodes.class).getExitCode(), text(out), text(err));
  }

  /** Runs {@code ./reportqa} with the given text piped to its standard input. */
  synchronized Run script(String piped) throws Exception {
    out.reset();
    err.reset();
    context
        .getBean(ReportQaShellRunner.class)
        .run(
            new String[0], new ByteArrayInputStream(piped.getBytes(StandardCharsets.UTF_8)), false);
    return new Run(context.getBean(ExitCodes.class).getExitCode(), text(out), text(err));
  }

  /** The Ctrl-C of this context's shell, fired by the test. */
  TestInterrupts interrupts() {
    return context.getBean(TestInterrupts.class);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /**
   * The settings with the test cache unless they name one: as an argument, since
   * application.properties would win over a default property.
   */
  private static String[] withCacheDir(String[] settings) {
    String option = "--reportqa.cache-dir=";
    String[] all = Arrays.copyOf(settings, settings.length + 1);
    all[settings.length] = "--spring.shell.history.name=" + HISTORY;
    if (Arrays.stream(settings).anyMatch(s -> s.startsWith(option))) {
      return all;
    }
    all = Arrays.copyOf(all, all.length + 1);
    all[all.length - 1] = option + CACHE_DIR;
    return all;
  }

  private static Path newCacheDir() {
    try {
      return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "index-cache-")
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a buffer holds, with the test terminal's line endings (its line discipline writes CR LF)
   * as a real run writes them: LF.
   */
  private static String text(ByteArrayOutputStream buffer) {
    return buffer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** Holds the streams for the terminal bean, which is made inside the context. */
  static final class TerminalStreams {
    static InputStream input;
    static OutputStream output;
  }

  @Configuration(proxyBeanMethods = false)
  static class TestShellConfiguration {

    @Bean
    TerminalCustomizer testTerminal() {
      return builder ->
          builder
              .system(false)
              .dumb(true)
              .streams(TerminalStreams.input, TerminalStreams.output)
              .encoding(StandardCharsets.UTF_8);
    }

    /** Replaces Spring Shell's start-up runner: tests start the shell themselves. */
    @Bean
    ShellApplicationRunner noStartupRun() {
      return args -> {};
    }

    /**
     * Lines are typed (the REPL) unless a test pipes them; output is not a terminal. The test
     * terminal does not echo what it reads outside a prompt: the typed script is all there at once,
     * and its echo would land inside the banner the REPL is still printing.
     */
    @Bean
    @Primary
    Screen testScreen(Terminal terminal) {
      Attributes attributes = terminal.getAttributes();
      attributes.setLocalFlag(Attributes.LocalFlag.ECHO, false);
      terminal.setAttributes(attributes);
      return new Screen(terminal, true, false);
    }

    /** Ctrl-C comes from the test, never from a signal to the test JVM. */
    @Bean
    @Primary
    TestInterrupts testInterrupts() {
      return new TestInterrupts();
    }
  }

  /** A Ctrl-C the test fires: it runs the handler the shell registered, if any. */
  static final class TestInterrupts implements Interrupts {
    private volatile Runnable handler;

    @Override
    public Registration listen(Runnable h) {
      handler = h;
      return () -> handler = null;
    }

    /** Presses Ctrl-C. */
    void fire() {
      Runnable h = handler;
      if (h != null) {
        h.run();
      }
    }
  }

  /**
   * An input whose bytes are handed over per REPL run. It blocks when empty instead of ending:
   * JLine reads the terminal from a pump thread and would take an end of input as final, so a REPL
   * script ends with {@code exit}.
   */
  static final class SwitchableInput extends InputStream {
    private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);

    synchronized void set(String text) {
      current = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      notifyAll();
    }

    @Override
    public synchronized int read() {
      awaitData();
      return current.read();
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      awaitData();
      return current.read(b, off, len);
    }

    @Override
    public synchronized int available() {
      return current.available();
    }

    private void awaitData() {
      while (current.available() == 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Writes to a capture buffer and on to the original stream. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;
    private final Runnable written;

    Tee(OutputStream a, OutputStream b, Runnable written) {
      this.a = a;
      this.b = b;
      this.written = written;
    }

    @Override
    public void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
      if (c == '\n') {
        written.run();
      }
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
      written.run();
    }
  }
}
