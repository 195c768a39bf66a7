package dev.reportqa.source;

import java.util.regex.Matcher;

/**
 * A Word file or a web page: the text has one line per paragraph of the original, empty paragraphs
 * left out, so line 87 is its 87th paragraph, cited {@code ¶87}.
 */
public final class ParagraphLocator implements Locator {

  public static final ParagraphLocator INSTANCE = new ParagraphLocator();

  private ParagraphLocator() {}

  @Override
  public String place(int line) {
    return "¶" + line;
  }

  @Override
  public Range range(String place) {
    String p = place.strip();
    Matcher m = PARAGRAPHS.matcher(p);
    if (m.matches()) {
      return Locator.range(m);
    }
    m = LINES.matcher(p);
    if (m.matches()) {
      return Locator.range(m);
    }
    throw new IllegalArgumentException(
        "not a paragraph or range of this document: '" + place + "' — e.g. " + examples());
  }

  @Override
  public String examples() {
    return "¶87, 87 or 85-89";
  }

  @Override
  public String toString() {
    return "paragraphs";
  }
}
