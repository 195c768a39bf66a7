package dev.reportqa.shell;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The exit status of a run, handed to Spring Boot when the process exits (README: Exit status). Of
 * several lines run from a pipe the most severe counts: cancelled, then usage error, then failure,
 * then a question the report does not answer.
 */
public final class ExitCodes implements ExitCodeGenerator {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  /** The report does not answer the question: a refusal, for scripts to tell from an answer. */
  public static final int NOT_ANSWERED = 3;

  /** Cancelled with Ctrl-C (SIGINT), as shells report it: 128 + 2. */
  public static final int INTERRUPTED = 130;

  private volatile int code = OK;

  /** Keeps the most severe code set so far. */
  public void set(int newCode) {
    if (severity(newCode) > severity(code)) {
      code = newCode;
    }
  }

  /** Back to success, before a run. */
  void reset() {
    code = OK;
  }

  @Override
  public int getExitCode() {
    return code;
  }

  private static int severity(int code) {
    return switch (code) {
      case OK -> 0;
      case NOT_ANSWERED -> 1;
      case FAILURE -> 2;
      case USAGE -> 3;
      case INTERRUPTED -> 4;
      default -> 2;
    };
  }
}
