package dev.reportqa.shell;

/**
 * Whether Ctrl-C asked the running line to stop. The shell also interrupts the line's thread, which
 * stops a wait; a long command asks here between steps ({@code eval} between items), since an
 * interrupt caught and wrapped on the way can be lost.
 */
final class Cancellation {

  private volatile boolean requested;

  /** Ctrl-C was pressed. */
  void request() {
    requested = true;
  }

  /** A new line begins. */
  void reset() {
    requested = false;
  }

  boolean requested() {
    return requested;
  }
}
