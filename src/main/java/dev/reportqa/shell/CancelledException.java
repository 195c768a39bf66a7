package dev.reportqa.shell;

/** A command stopped by Ctrl-C; its message says what was kept. Exit status 130. */
final class CancelledException extends RuntimeException {

  CancelledException(String message) {
    super(message);
  }
}
