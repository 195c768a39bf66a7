package dev.reportqa.shell;

import org.jline.terminal.Terminal;

/**
 * What the shell knows about where it reads and writes: whether standard input and output are a
 * terminal, and how wide the output is. Java 17 cannot tell a pipe on standard input from one on
 * standard output ({@code System.console()} is null for either), so the launcher says which ({@code
 * -Dreportqa.stdin-terminal}, {@code -Dreportqa.stdout-terminal}); without it both follow {@code
 * System.console()}.
 */
final class Screen {

  /** Columns assumed when the output is not a terminal, or a terminal that does not say. */
  static final int DEFAULT_WIDTH = 80;

  private final Terminal terminal;
  private final boolean stdinTerminal;
  private final boolean stdoutTerminal;

  Screen(Terminal terminal, boolean stdinTerminal, boolean stdoutTerminal) {
    this.terminal = terminal;
    this.stdinTerminal = stdinTerminal;
    this.stdoutTerminal = stdoutTerminal;
  }

  /** From the launcher's settings, else from whether the JVM has a console. */
  static Screen of(Terminal terminal) {
    boolean console = System.console() != null;
    return new Screen(
        terminal,
        flag("reportqa.stdin-terminal", console),
        flag("reportqa.stdout-terminal", console));
  }

  private static boolean flag(String property, boolean otherwise) {
    String value = System.getProperty(property);
    return value == null ? otherwise : Boolean.parseBoolean(value);
  }

  /** Whether lines are typed by a person (the REPL) rather than read from a pipe or file. */
  boolean interactive() {
    return stdinTerminal;
  }

  /** Whether standard output is a terminal. */
  boolean stdoutTerminal() {
    return stdoutTerminal;
  }

  /**
   * The width to lay out for: on a terminal its width, read again each time (it may have been
   * resized), or {@code COLUMNS}; into a pipe or file {@link #DEFAULT_WIDTH}.
   */
  int width() {
    if (!stdoutTerminal) {
      return DEFAULT_WIDTH;
    }
    int width = terminal.getWidth();
    if (width > 0) {
      return width;
    }
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
      if (columns > 0) {
        return columns;
      }
    } catch (NumberFormatException e) {
      // not set or not a number: the default
    }
    return DEFAULT_WIDTH;
  }
}
