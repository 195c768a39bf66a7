package dev.reportqa.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real terminal for tests: a tmux session of a given size on a private server, running bash, into
 * which a test types keys and whose screen it reads. Ctrl-C typed here reaches the program as a
 * terminal sends it (SIGINT to the foreground process group), and wide characters, line wraps and
 * bracketed pastes behave as in a terminal emulator.
 */
final class Tmux implements AutoCloseable {

  private final String socket;

  private Tmux(String socket) {
    this.socket = socket;
  }

  /** Whether tmux can be run here. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * A session of {@code columns} × 40 running bash in a folder, with these environment settings.
   */
  static Tmux start(int columns, Path dir, Map<String, String> env) throws Exception {
    Tmux tmux = new Tmux("reportqa-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    List<String> command =
        new ArrayList<>(
            List.of(
                "new-session",
                "-d",
                "-s",
                "it",
                "-x",
                Integer.toString(columns),
                "-y",
                "40",
                "-c",
                dir.toString()));
    env.forEach((k, v) -> command.addAll(List.of("-e", k + "=" + v)));
    command.addAll(List.of("bash", "--norc", "--noprofile"));
    tmux.run(command);
    return tmux;
  }

  /** Types text literally, then Enter. */
  void typeLine(String text) throws Exception {
    run(List.of("send-keys", "-t", "it", "-l", text));
    run(List.of("send-keys", "-t", "it", "Enter"));
  }

  /** Types text literally, without Enter. */
  void type(String text) throws Exception {
    run(List.of("send-keys", "-t", "it", "-l", text));
  }

  /** Presses a key by its tmux name: C-c, Enter. */
  void press(String key) throws Exception {
    run(List.of("send-keys", "-t", "it", key));
  }

  /** Pastes text as a terminal emulator does, in bracketed-paste mode when the program asks. */
  void paste(String text) throws Exception {
    Process p =
        new ProcessBuilder("tmux", "-L", socket, "load-buffer", "-")
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    p.waitFor(30, TimeUnit.SECONDS);
    run(List.of("paste-buffer", "-p", "-t", "it"));
  }

  /** The screen and its scrollback, each row as shown; wrapped rows joined when {@code joined}. */
  String screen(boolean joined) throws Exception {
    List<String> command = new ArrayList<>(List.of("capture-pane", "-p", "-S", "-2000"));
    if (joined) {
      command.add("-J");
    }
    command.addAll(List.of("-t", "it"));
    return run(command);
  }

  /**
   * Waits until the screen (wrapped rows joined) satisfies a condition.
   *
   * @throws AssertionError with the screen when it does not within the time
   */
  String await(Predicate<String> condition, int seconds, String what) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String screen = "";
    while (System.nanoTime() < end) {
      screen = screen(true);
      if (condition.test(screen)) {
        return screen;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("timed out waiting for " + what + "; the screen:\n" + screen);
  }

  /** Waits until the screen shows a text. */
  String await(String text, int seconds) throws Exception {
    return await(s -> s.contains(text), seconds, "'" + text + "'");
  }

  @Override
  public void close() {
    try {
      run(List.of("kill-server"));
    } catch (Exception e) {
      // the server is gone already
    }
  }

  private String run(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          "tmux " + args + " failed: " + new String(out, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
