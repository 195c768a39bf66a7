package dev.reportqa.shell;

import dev.reportqa.index.BuildProgress;
import java.io.PrintStream;

/**
 * Shows index-building progress on standard error, so that standard output keeps only answers: a
 * bar redrawn in place on a terminal, a line at start and end otherwise.
 */
final class TerminalProgress implements BuildProgress {

  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final String what;
  private boolean started;

  TerminalProgress(PrintStream err, boolean terminal, String what) {
    this.err = err;
    this.terminal = terminal;
    this.what = what;
  }

  @Override
  public void update(String stage, int done, int total) {
    if (terminal) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print(
          "\rIndexing "
              + what
              + ": "
              + stage
              + " ["
              + "#".repeat(filled)
              + ".".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total);
      if (done == total) {
        err.println();
      }
    } else if (!started || done == total) {
      err.println("Indexing " + what + ": " + stage + " " + done + "/" + total);
    }
    started = done != total;
    err.flush();
  }
}
