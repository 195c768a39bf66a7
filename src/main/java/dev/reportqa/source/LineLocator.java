package dev.reportqa.source;

import java.util.regex.Matcher;

/** A text file: a line is cited by its number in the file, {@code L87}. */
public final class LineLocator implements Locator {

  public static final LineLocator INSTANCE = new LineLocator();

  private LineLocator() {}

  @Override
  public String place(int line) {
    return "L" + line;
  }

  @Override
  public Range range(String place) {
    Matcher m = LINES.matcher(place.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a line or range: '" + place + "' — e.g. " + examples());
    }
    return Locator.range(m);
  }

  @Override
  public String examples() {
    return "87 or 85-89";
  }

  @Override
  public String toString() {
    return "lines";
  }
}
