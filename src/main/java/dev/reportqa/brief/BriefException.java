package dev.reportqa.brief;

/**
 * A brief, a figure table or an export cannot be made: the topic is found nowhere, a data file is
 * broken, or the output cannot be written. The message is one line naming the problem and, where
 * there is one, the way out.
 */
public class BriefException extends RuntimeException {

  public BriefException(String message) {
    super(message);
  }

  public BriefException(String message, Throwable cause) {
    super(message, cause);
  }
}
