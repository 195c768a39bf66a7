package dev.reportqa.shell;

import org.springframework.boot.ExitCodeGenerator;

/** The exit code of a one-shot command, handed to Spring Boot when the process exits. */
public final class ExitCodes implements ExitCodeGenerator {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  private volatile int code = OK;

  /** Keeps the most severe code set so far (usage over failure over success). */
  public void set(int newCode) {
    if (newCode == USAGE || code == OK) {
      code = newCode;
    }
  }

  /** Back to success, before a command runs. */
  void reset() {
    code = OK;
  }

  @Override
  public int getExitCode() {
    return code;
  }
}
