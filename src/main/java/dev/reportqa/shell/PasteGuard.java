package dev.reportqa.shell;

import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * Keeps the REPL responsive when a page is pasted into it. JLine redraws the whole line after each
 * character typed, so a paste of a megabyte without bracketed-paste mode took hours, and one with
 * it seconds of redrawing. Once a line passes the question limit, the rest of the paste is read
 * without being shown, up to the end of the line, and the line is handed over as it is; the shell
 * then rejects it as too long without reading it ({@link ReportQaShellRunner}).
 */
final class PasteGuard {

  /** How long the input may pause and still count as one paste, in milliseconds. */
  static final long PASTE_PAUSE_MS = 100;

  private final AtomicInteger length = new AtomicInteger(-1);

  /**
   * The length of the line last cut short, or -1 when it was not: its characters past the limit are
   * counted, not kept.
   */
  int takeLength() {
    return length.getAndSet(-1);
  }

  /** Wraps the reader's character insertion and bracketed paste with the limit. */
  void install(LineReaderImpl reader, int limit) {
    Widget insert = reader.getWidgets().get(LineReader.SELF_INSERT);
    reader
        .getWidgets()
        .put(
            LineReader.SELF_INSERT,
            () -> {
              if (reader.getBuffer().length() <= limit) {
                return insert.apply();
              }
              int skipped = 1; // the character that brought this call
              for (int c = reader.peekCharacter(PASTE_PAUSE_MS);
                  c >= 0 && c != '\r' && c != '\n';
                  c = reader.peekCharacter(PASTE_PAUSE_MS)) {
                reader.readCharacter();
                skipped++;
              }
              length.set(reader.getBuffer().length() + skipped);
              return reader.getWidgets().get(LineReader.ACCEPT_LINE).apply();
            });
    Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
    if (paste == null) {
      return;
    }
    reader
        .getWidgets()
        .put(
            LineReader.BEGIN_PASTE,
            () -> {
              boolean done = paste.apply();
              // A paste that ends with a line break is that long, not one more.
              int pasted = reader.getBuffer().toString().replaceFirst("[\\r\\n]+$", "").length();
              if (pasted <= limit) {
                return done;
              }
              String kept = reader.getBuffer().substring(0, limit + 1);
              reader.getBuffer().clear();
              reader.getBuffer().write(kept);
              length.set(pasted);
              return reader.getWidgets().get(LineReader.ACCEPT_LINE).apply();
            });
  }
}
