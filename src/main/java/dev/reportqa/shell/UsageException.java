package dev.reportqa.shell;

/** The user asked for something the way it cannot be done; exit code 2, message shown as is. */
public class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }
}
