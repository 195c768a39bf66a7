package dev.reportqa.shell;

import dev.reportqa.eval.EvalSetException;
import dev.reportqa.query.LexiconException;
import dev.reportqa.report.ReportException;
import java.io.PrintStream;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * A failure to start, such as a bad setting or a broken prompt file, shown as one line and an exit
 * code like a failed command, instead of Spring's stack trace.
 */
public final class StartupFailure {

  private StartupFailure() {}

  /**
   * Prints {@code error: <message>} for the deepest cause that names the problem and returns the
   * exit code: 2 for a usage error, 1 otherwise.
   */
  public static int report(Throwable failure, PrintStream err) {
    BindException bind = bindFailure(failure);
    if (bind != null) {
      err.println("error: " + ControlChars.visible(message(bind)));
      err.flush();
      return ExitCodes.USAGE;
    }
    Throwable named = null;
    Throwable deepest = failure;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      deepest = t;
      if (names(t)) {
        named = t;
      }
    }
    Throwable cause = named != null ? named : deepest;
    err.println(
        "error: "
            + ControlChars.visible(
                named != null ? cause.getMessage() : ErrorResolver.message(cause)));
    err.flush();
    return ErrorResolver.exitCode(cause);
  }

  private static BindException bindFailure(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof BindException b) {
        return b;
      }
    }
    return null;
  }

  /** {@code reportqa.llm-timeout: 'abc' is not a valid duration (System Environment ...)}. */
  private static String message(BindException bind) {
    Throwable root = bind;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    ConfigurationProperty property = bind.getProperty();
    String origin =
        property == null || property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")";
    return "cannot read " + bind.getName() + ": " + root.getMessage() + origin;
  }

  /** Our own failures, whose message says what is wrong and how to fix it. */
  private static boolean names(Throwable t) {
    return t instanceof UsageException
        || t instanceof IllegalArgumentException
        || t instanceof IllegalStateException
        || t instanceof ReportException
        || t instanceof LexiconException
        || t instanceof EvalSetException;
  }
}
