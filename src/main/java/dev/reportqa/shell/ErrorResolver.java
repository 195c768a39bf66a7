package dev.reportqa.shell;

import dev.reportqa.brief.BriefException;
import dev.reportqa.eval.EvalSetException;
import dev.reportqa.io.WriteException;
import dev.reportqa.query.LexiconException;
import dev.reportqa.report.ReportException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.concurrent.CancellationException;
import org.springframework.shell.command.CommandExecution;

/**
 * Turns every exception a command throws into one line and an exit status, never a stack trace: a
 * usage error (bad argument, empty question) exits 2, anything else 1. The shell prints the line:
 * on the terminal in the REPL, on standard error otherwise.
 */
final class ErrorResolver {

  private ErrorResolver() {}

  static int exitCode(Throwable e) {
    return e instanceof UsageException
            || e instanceof IllegalArgumentException
            || e instanceof EvalSetException
            || e instanceof CommandExecution.CommandParserExceptionsException
        ? ExitCodes.USAGE
        : ExitCodes.FAILURE;
  }

  static String message(Throwable e) {
    if (e instanceof CommandExecution.CommandParserExceptionsException p) {
      return String.join(
          "; ", p.getParserExceptions().stream().map(Throwable::getMessage).toList());
    }
    if (e instanceof ReportException
        || e instanceof BriefException
        || e instanceof WriteException
        || e instanceof EvalSetException
        || e instanceof LexiconException
        || e instanceof UsageException
        || e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  /** Whether a failure is the work stopping because its thread was interrupted (Ctrl-C). */
  static boolean isInterruption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InterruptedException
          || t instanceof InterruptedIOException
          || t instanceof ClosedByInterruptException
          || t instanceof CancellationException
          || t instanceof CancelledException) {
        return true;
      }
    }
    return false;
  }
}
