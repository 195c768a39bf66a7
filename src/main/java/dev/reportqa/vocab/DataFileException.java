package dev.reportqa.vocab;

/** A data file is missing or malformed; the message names the file and line. */
public final class DataFileException extends RuntimeException {

  public DataFileException(String message) {
    super(message);
  }
}
