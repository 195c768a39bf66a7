package dev.reportqa.shell;

import dev.reportqa.index.BuildProgress;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * Shows index-building progress on standard error, so that standard output keeps only answers: a
 * bar redrawn in place on a terminal (as wide as fits), a line at start and end otherwise.
 */
final class TerminalProgress implements BuildProgress {

  /** Widest bar drawn; narrower when the terminal is. */
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final String what;
  private final IntSupplier columns;
  private final Progresses owner;
  private boolean started;

  /** The terminal's width, asked once per build: asking may start a process ({@code stty}). */
  private int width;

  TerminalProgress(
      PrintStream err, boolean terminal, String what, IntSupplier columns, Progresses owner) {
    this.err = err;
    this.terminal = terminal;
    this.what = what;
    this.columns = columns;
    this.owner = owner;
  }

  @Override
  public void update(String stage, int done, int total) {
    if (terminal) {
      if (width == 0) {
        width = columns.getAsInt();
      }
      String head = "Indexing " + what + ": " + stage + " [";
      String tail = "] " + done + "/" + total;
      int bar = Math.min(WIDTH, width - 1 - Columns.width(head) - tail.length());
      if (bar < 5) {
        head = stage + " [";
        bar = Math.max(5, Math.min(WIDTH, width - 1 - head.length() - tail.length()));
      }
      int filled = total == 0 ? bar : done * bar / total;
      err.print(
          "\r" + ControlChars.visible(head) + "#".repeat(filled) + ".".repeat(bar - filled) + tail);
      if (done == total) {
        err.println();
      }
      owner.lineOpen(done != total);
    } else if (!started || done == total) {
      err.println(
          ControlChars.visible("Indexing " + what + ": " + stage + " " + done + "/" + total));
    }
    started = done != total;
    err.flush();
  }
}
