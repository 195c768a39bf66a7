package dev.reportqa.shell;

import dev.reportqa.index.ReportIndex;
import java.util.Locale;
import org.springframework.shell.command.annotation.Command;

/**
 * {@code reindex}: builds the index again from the report file, replacing the saved vectors only
 * once the new ones are complete; Ctrl-C on the way leaves the old index and vectors in place.
 */
@Command
final class IndexCommands {

  private final ReportSession session;
  private final Progresses progresses;

  IndexCommands(ReportSession session, Progresses progresses) {
    this.session = session;
    this.progresses = progresses;
  }

  @Command(
      command = "reindex",
      description = "Read the reports again and rebuild the index and saved vectors")
  String reindex() {
    long start = System.nanoTime();
    ReportIndex index;
    try {
      index = session.reindex(progresses.forBuild(session));
    } catch (RuntimeException e) {
      if (ErrorResolver.isInterruption(e)) {
        throw new CancelledException(
            "reindex cancelled; the index and the saved vectors are as they were");
      }
      throw e;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(
        Locale.ROOT,
        "Reindexed %s: %d sentences in %.1f s. New conversation.",
        index.multiple() ? index.reports().size() + " reports" : index.report().name(),
        index.units().size(),
        seconds);
  }
}
