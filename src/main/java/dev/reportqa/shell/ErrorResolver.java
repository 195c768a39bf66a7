package dev.reportqa.shell;

import dev.reportqa.brief.BriefException;
import dev.reportqa.eval.EvalSetException;
import dev.reportqa.io.WriteException;
import dev.reportqa.query.LexiconException;
import dev.reportqa.report.ReportException;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;

/**
 * Turns every exception a command throws into one line and an exit code, never a stack trace: a
 * usage error (bad argument, empty question) exits 2, anything else 1. In the REPL the line is
 * shown and the shell goes on; in one-shot mode it goes to standard error.
 */
final class ErrorResolver implements CommandExceptionResolver {

  private static final Logger log = LoggerFactory.getLogger(ErrorResolver.class);

  private final ShellContext context;
  private final ExitCodes exitCodes;
  private final PrintStream err;

  ErrorResolver(ShellContext context, ExitCodes exitCodes, PrintStream err) {
    this.context = context;
    this.exitCodes = exitCodes;
    this.err = err;
  }

  @Override
  public CommandHandlingResult resolve(Exception e) {
    log.debug("command failed", e);
    int code = exitCode(e);
    String message = "error: " + message(e);
    if (context.getInteractionMode() == InteractionMode.NONINTERACTIVE) {
      // Recorded here rather than read back from Spring Shell, whose Shell keeps the exit code of
      // an earlier failed command and raises it again for later ones.
      exitCodes.set(code);
      err.println(message);
      err.flush();
      return CommandHandlingResult.of("", code);
    }
    return CommandHandlingResult.of(message + System.lineSeparator(), code);
  }

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
}
