package dev.reportqa.shell;

import dev.reportqa.index.BuildProgress;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/** Makes the progress display for index builds: a bar on a terminal, plain lines otherwise. */
final class Progresses {

  private final PrintStream err;
  private final boolean terminal;
  private final IntSupplier columns;
  private volatile boolean lineOpen;

  Progresses(PrintStream err, boolean terminal, IntSupplier columns) {
    this.err = err;
    this.terminal = terminal;
    this.columns = columns;
  }

  /** For the index a command needs: nothing to show when it is built already. */
  BuildProgress forIndex(ReportSession session) {
    if (session.indexed()) {
      return BuildProgress.NONE;
    }
    return forBuild(session);
  }

  /** For a build that runs whether or not an index exists ({@code reindex}). */
  BuildProgress forBuild(ReportSession session) {
    return new TerminalProgress(
        err, terminal, session.reportPath().getFileName().toString(), columns, this);
  }

  void lineOpen(boolean open) {
    lineOpen = open;
  }

  /** Ends a bar left half drawn by a build that stopped (Ctrl-C, a failure), before a message. */
  void endLine() {
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }
}
