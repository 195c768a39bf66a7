package dev.reportqa.io;

/** A file could not be written; the message names the path and why, in one line. */
public class WriteException extends RuntimeException {

  public WriteException(String message) {
    super(message);
  }

  public WriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
