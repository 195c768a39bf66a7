package dev.reportqa.source;

import java.util.Objects;

/**
 * Where a report's text came from: the file's format, the encoding of a text file, the SHA-256 of
 * the file's bytes, and where each line of the text is in the file.
 *
 * @param format the kind of file
 * @param encoding the character encoding a text file was read in ({@code UTF-8}, {@code GB18030}
 *     …); empty for the other formats, which say their own
 * @param sha256 SHA-256 of the file's bytes as 64 lower-case hex digits; empty when the text did
 *     not come from a file (tests)
 * @param locator turns a line of the text into a place in the file
 */
public record Origin(Format format, String encoding, String sha256, Locator locator) {

  /** Text given directly, not read from a file: UTF-8 lines cited as lines. */
  public static final Origin TEXT = new Origin(Format.TEXT, "UTF-8", "", LineLocator.INSTANCE);

  public Origin {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(locator, "locator");
  }

  /** How the file is described to the user: {@code text, GB18030}, {@code PDF, 31 pages}. */
  public String describe() {
    if (locator instanceof PageLocator pages) {
      return format.label() + ", " + pages.pages() + (pages.pages() == 1 ? " page" : " pages");
    }
    return encoding.isEmpty() ? format.label() : format.label() + ", " + encoding;
  }
}
