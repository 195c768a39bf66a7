package dev.reportqa.source;

/**
 * A report file cannot be read as the format it claims: encrypted, without a text layer, corrupt or
 * truncated. The message names the file and the reason in one line, meant for the user as it is.
 */
public class SourceException extends RuntimeException {

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
