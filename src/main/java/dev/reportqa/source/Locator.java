package dev.reportqa.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each line of a report's text is in the original file, as a reader finds it there: line 87
 * of a text file ({@code L87}), paragraph 87 of a Word file or web page ({@code ¶87}), paragraph 3
 * on page 12 of a PDF ({@code p.12 ¶3}).
 *
 * <p>Everything inside the program counts lines of the report's text (for a text file, the file's
 * own lines; for the other formats, one line per extracted paragraph); a locator only turns such a
 * line into the place a reader looks up, and a place typed by a user back into lines.
 */
public sealed interface Locator permits LineLocator, ParagraphLocator, PageLocator {

  /** The place of a 1-based line of the text, without brackets: {@code L87}, {@code p.12 ¶3}. */
  String place(int line);

  /**
   * The place of a character of a line: where a PDF's paragraph runs over a page break, text after
   * the break is on the next page; elsewhere the line's place.
   *
   * @param offset the character's offset in the line's text
   */
  default String place(int line, int offset) {
    return place(line);
  }

  /**
   * The places of several lines, ascending, joined by commas: {@code L53, L55}; a PDF names each
   * page once: {@code p.12 ¶3, ¶4, p.13 ¶1}.
   */
  default String places(List<Integer> lines) {
    StringBuilder out = new StringBuilder();
    for (int line : lines) {
      out.append(out.length() == 0 ? "" : ", ").append(place(line));
    }
    return out.toString();
  }

  /** A run of lines as one place, e.g. for a section: {@code L5-17}, {@code p.3 ¶2–p.5 ¶1}. */
  default String span(int from, int to) {
    if (from == to) {
      return place(from);
    }
    return place(from) + "-" + place(to).replaceFirst("^\\D+", "");
  }

  /**
   * The lines a place typed by a user names, e.g. for {@code show}: {@code 87}, {@code L85-89},
   * {@code ¶87}, {@code p12}, {@code p.12 ¶3}. Lines are not checked against the text's length.
   *
   * @throws IllegalArgumentException with a message for the user when the place is not one this
   *     format has
   */
  Range range(String place);

  /**
   * Whether a text reads as a place of any format, as {@code show} takes it: lines ({@code 87},
   * {@code L85-89}), paragraphs ({@code ¶87}), pages ({@code p12}) or paragraphs on a page ({@code
   * p12 ¶3}). For the shell to tell {@code show 87} from a question such as {@code show me the GDP}
   * before it knows which report is meant; whether the place is in the report is the report's
   * locator's to say ({@link #range}).
   */
  static boolean isPlace(String text) {
    String t = text.strip();
    return LINES.matcher(t).matches()
        || PARAGRAPHS.matcher(t).matches()
        || PageLocator.PAGES.matcher(t).matches()
        || PageLocator.ON_PAGE.matcher(t).matches();
  }

  /** Places of this format, for messages: {@code 87 or 85-89}. */
  String examples();

  /** A run of lines, both ends included. */
  record Range(int from, int to) {
    public Range {
      if (from > to) {
        throw new IllegalArgumentException("the range " + from + "-" + to + " runs backwards");
      }
    }
  }

  /** {@code 87}, {@code L87}, {@code 85-89}, {@code L85-L89}: lines of the text. */
  Pattern LINES =
      Pattern.compile("[Ll]?\\s*(\\d+)(?:\\s*(?:-|–|—|~|\\.\\.|,)\\s*[Ll]?\\s*(\\d+))?");

  /** {@code ¶87}, {@code ¶85-89}: paragraphs counted through the whole document. */
  Pattern PARAGRAPHS = Pattern.compile("¶\\s*(\\d+)(?:\\s*(?:-|–|—|~|\\.\\.|,)\\s*¶?\\s*(\\d+))?");

  /** A range of the first two groups of a matched pattern; the second missing means one. */
  static Range range(Matcher m) {
    int from = Integer.parseInt(m.group(1));
    return new Range(from, m.group(2) == null ? from : Integer.parseInt(m.group(2)));
  }
}
