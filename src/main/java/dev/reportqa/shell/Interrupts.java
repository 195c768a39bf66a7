package dev.reportqa.shell;

import org.jline.terminal.Terminal;
import org.jline.utils.Signals;

/**
 * Where Ctrl-C comes from: SIGINT, which the terminal sends while a command runs (while a line is
 * being typed, JLine reads Ctrl-C as a key instead). Tests stand in a source they can fire.
 */
interface Interrupts {

  /** A listener registration; closing it restores what handled the signal before. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** Calls {@code handler} on each interrupt until the registration is closed. */
  Registration listen(Runnable handler);

  /**
   * SIGINT of the process, through the terminal as well: JLine's line reader installs its own
   * handler while a line is typed and afterwards restores the terminal's, so a handler registered
   * only with the JVM would be replaced by the default one (which ends the process) after the first
   * line.
   */
  static Interrupts signals(Terminal terminal) {
    return handler -> {
      Terminal.SignalHandler previous =
          terminal.handle(Terminal.Signal.INT, signal -> handler.run());
      Object previousNative = Signals.register("INT", handler);
      return () -> {
        Signals.unregister("INT", previousNative);
        terminal.handle(Terminal.Signal.INT, previous);
      };
    };
  }
}
