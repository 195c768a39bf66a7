package dev.reportqa.eval;

/** An evaluation set cannot be used; the message names the file and, where it can, the line. */
public class EvalSetException extends RuntimeException {

  public EvalSetException(String message) {
    super(message);
  }
}
