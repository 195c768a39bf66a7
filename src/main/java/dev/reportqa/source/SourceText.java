package dev.reportqa.source;

import java.util.Objects;

/**
 * The text of a report file as the report parser reads it, with where it came from. For a text
 * file, its own lines; for the other formats, one paragraph of the original per line, without blank
 * lines.
 */
public record SourceText(String text, Origin origin) {

  public SourceText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }
}
