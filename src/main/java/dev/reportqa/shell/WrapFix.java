package dev.reportqa.shell;

import java.lang.reflect.Field;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.AbstractTerminal;
import org.jline.utils.InfoCmp.Capability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works around a JLine line-editor bug (3.30, still in its current source): on a terminal that
 * delays the wrap at the right margin (terminfo {@code xenl}, which xterm, tmux and screen all
 * declare), when a typed line ends exactly at the margin with a wide character, JLine re-prints
 * that character to put the cursor there, and the terminal shows it a second time at the start of
 * the next row ("收入" then "入"). Without {@code xenl} JLine writes a space and a backspace instead,
 * which every such terminal handles. The capability lives in a protected set of JLine's terminal
 * with no setter, hence the reflection; if JLine changes, the fix is skipped and logged.
 */
final class WrapFix {

  private static final Logger log = LoggerFactory.getLogger(WrapFix.class);

  private WrapFix() {}

  /** Makes the line editor of this terminal force the wrap instead of re-printing. */
  @SuppressWarnings("unchecked")
  static void apply(Terminal terminal) {
    if (!(terminal instanceof AbstractTerminal)) {
      return;
    }
    try {
      Field bools = AbstractTerminal.class.getDeclaredField("bools");
      bools.setAccessible(true);
      ((Set<Capability>) bools.get(terminal)).remove(Capability.eat_newline_glitch);
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.debug("wide-character wrap fix not applied: {}", e.toString());
    }
  }
}
