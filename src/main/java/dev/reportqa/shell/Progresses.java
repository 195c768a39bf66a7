package dev.reportqa.shell;

import dev.reportqa.index.BuildProgress;
import java.io.PrintStream;

/** Makes the progress display for index builds: a bar on a terminal, plain lines otherwise. */
final class Progresses {

  private final PrintStream err;
  private final boolean terminal;

  Progresses(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  BuildProgress forIndex(ReportSession session) {
    if (session.indexed()) {
      return BuildProgress.NONE;
    }
    return new TerminalProgress(err, terminal, session.reportPath().getFileName().toString());
  }
}
