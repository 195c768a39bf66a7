package dev.reportqa.report;

/**
 * A report could not be loaded. The message names the path and the problem, and is meant to be
 * shown to the user as it is.
 */
public class ReportException extends RuntimeException {

  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
