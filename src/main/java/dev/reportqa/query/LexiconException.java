package dev.reportqa.query;

/** A lexicon file is missing or has a bad line; the message names the file and the line. */
public class LexiconException extends RuntimeException {

  public LexiconException(String message) {
    super(message);
  }

  static LexiconException at(String source, int line, String problem) {
    return new LexiconException(source + ":" + line + ": " + problem);
  }
}
