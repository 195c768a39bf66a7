package dev.reportqa.source;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF: the text has one line per paragraph, and a paragraph is cited by the page it begins on and
 * its number on that page, {@code p.12 ¶3}.
 *
 * <p>Paragraphs are numbered on a page as a reader counts the blocks of text on it: a paragraph
 * carried over from the page before is ¶1 of the new page, so the first paragraph that begins on
 * that page is ¶2. Page headers, footers and page numbers are not counted (they are not in the
 * text).
 */
public final class PageLocator implements Locator {

  /** {@code p12}, {@code p.12}, {@code p12-14}. */
  static final Pattern PAGES =
      Pattern.compile("[Pp]\\.?\\s*(\\d+)(?:\\s*(?:-|–|—|~)\\s*(?:[Pp]\\.?)?\\s*(\\d+))?");

  /** {@code p12 ¶3}, {@code p.12¶3-5}. */
  static final Pattern ON_PAGE =
      Pattern.compile("[Pp]\\.?\\s*(\\d+)\\s*¶\\s*(\\d+)(?:\\s*(?:-|–|—|~)\\s*¶?\\s*(\\d+))?");

  private final int[] firstPage;
  private final int[] lastPage;
  private final int[][] breaks;
  private final int[] numberOnPage;
  private final int pages;

  /** Lines whose page breaks inside them are not known: each is cited where it begins. */
  public PageLocator(int[] firstPage, int[] lastPage, int pages) {
    this(firstPage, lastPage, unknownBreaks(firstPage, lastPage), pages);
  }

  /**
   * @param firstPage the 1-based page each line (paragraph) begins on, line 1 first; ascending
   * @param lastPage the page each line ends on, not before its first page
   * @param breaks for each line, the offsets in its text where its next pages begin, ascending, one
   *     per page after the first
   * @param pages the number of pages of the file, pages without text included
   */
  public PageLocator(int[] firstPage, int[] lastPage, int[][] breaks, int pages) {
    if (firstPage.length != lastPage.length || firstPage.length != breaks.length) {
      throw new IllegalArgumentException(
          firstPage.length
              + " first pages, "
              + lastPage.length
              + " last pages and "
              + breaks.length
              + " page breaks");
    }
    this.firstPage = firstPage.clone();
    this.lastPage = lastPage.clone();
    this.breaks = new int[breaks.length][];
    for (int i = 0; i < breaks.length; i++) {
      if (breaks[i].length != lastPage[i] - firstPage[i]) {
        throw new IllegalArgumentException(
            "line "
                + (i + 1)
                + " runs over "
                + (lastPage[i] - firstPage[i])
                + " page breaks but "
                + breaks[i].length
                + " offsets are given");
      }
      this.breaks[i] = breaks[i].clone();
    }
    this.pages = pages;
    this.numberOnPage = new int[firstPage.length];
    for (int i = 0; i < firstPage.length; i++) {
      boolean ordered = i == 0 || firstPage[i] >= lastPage[i - 1];
      if (firstPage[i] < 1 || lastPage[i] < firstPage[i] || lastPage[i] > pages || !ordered) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " has pages " + firstPage[i] + "-" + lastPage[i] + " out of order");
      }
      int before = i == 0 ? 0 : numberOnPage[i - 1];
      boolean samePage = i > 0 && lastPage[i - 1] == firstPage[i];
      // The line before ends on this page: this one is the next on it (the one before being ¶1 if
      // it was carried over).
      numberOnPage[i] = !samePage ? 1 : firstPage[i - 1] == firstPage[i] ? before + 1 : 2;
    }
  }

  private static int[][] unknownBreaks(int[] firstPage, int[] lastPage) {
    int[][] breaks = new int[firstPage.length][];
    for (int i = 0; i < firstPage.length; i++) {
      breaks[i] = new int[Math.max(0, lastPage[i] - firstPage[i])];
      java.util.Arrays.fill(breaks[i], Integer.MAX_VALUE);
    }
    return breaks;
  }

  /** The offsets in a 1-based line's text where its later pages begin. */
  public int[] breaks(int line) {
    return breaks[line - 1].clone();
  }

  /** The page a 1-based line begins on. */
  public int firstPage(int line) {
    return firstPage[line - 1];
  }

  /** The page a 1-based line ends on. */
  public int lastPage(int line) {
    return lastPage[line - 1];
  }

  /** The number of a line among the paragraphs on the page it begins on. */
  public int numberOnPage(int line) {
    return numberOnPage[line - 1];
  }

  public int pages() {
    return pages;
  }

  public int lines() {
    return firstPage.length;
  }

  @Override
  public String place(int line) {
    if (line < 1 || line > firstPage.length) {
      return "L" + line;
    }
    return "p." + firstPage(line) + " ¶" + numberOnPage(line);
  }

  /**
   * The place of a character of a line: a paragraph carried over to the next page is ¶1 there, so
   * text after the page break is cited on the page a reader finds it.
   */
  @Override
  public String place(int line, int offset) {
    if (line < 1 || line > firstPage.length) {
      return place(line);
    }
    int page = firstPage(line);
    for (int at : breaks[line - 1]) {
      if (offset >= at) {
        page++;
      }
    }
    return page == firstPage(line) ? place(line) : "p." + page + " ¶1";
  }

  @Override
  public String places(List<Integer> lines) {
    StringBuilder out = new StringBuilder();
    int page = -1;
    for (int line : lines) {
      boolean known = line >= 1 && line <= firstPage.length;
      out.append(out.length() == 0 ? "" : ", ");
      if (known && firstPage(line) == page) {
        out.append('¶').append(numberOnPage(line));
      } else {
        out.append(place(line));
      }
      page = known ? firstPage(line) : -1;
    }
    return out.toString();
  }

  @Override
  public String span(int from, int to) {
    if (from == to || from < 1 || to > firstPage.length) {
      return from == to ? place(from) : place(from) + "–" + place(to);
    }
    if (firstPage(from) == firstPage(to)) {
      return place(from) + "-" + numberOnPage(to);
    }
    return place(from) + "–" + place(to);
  }

  @Override
  public Range range(String place) {
    String p = place.strip();
    Matcher m = ON_PAGE.matcher(p);
    if (m.matches()) {
      int page = page(Integer.parseInt(m.group(1)));
      int from = Integer.parseInt(m.group(2));
      int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
      Range lines = onPages(page, page);
      int count = lines.to() - lines.from() + 1;
      if (from < 1 || to > count || from > to) {
        throw new IllegalArgumentException(
            "page "
                + page
                + " has paragraphs ¶1-¶"
                + count
                + "; '"
                + place
                + "' is not among them");
      }
      return new Range(lines.from() + from - 1, lines.from() + to - 1);
    }
    m = PAGES.matcher(p);
    if (m.matches()) {
      Range asked = Locator.range(m);
      return onPages(page(asked.from()), page(asked.to()));
    }
    m = PARAGRAPHS.matcher(p);
    if (!m.matches()) {
      m = LINES.matcher(p);
    }
    if (m.matches()) {
      return Locator.range(m);
    }
    throw new IllegalArgumentException(
        "not a page, paragraph or range of this PDF: '" + place + "' — e.g. " + examples());
  }

  @Override
  public String examples() {
    return "p12, p12 ¶3, ¶87 or 85-89";
  }

  private int page(int page) {
    if (page < 1 || page > pages) {
      throw new IllegalArgumentException(
          "page " + page + " is outside the PDF, which has pages 1-" + pages);
    }
    return page;
  }

  /** The lines that begin or end on pages from..to. */
  private Range onPages(int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < firstPage.length; i++) {
      if (lastPage[i] >= from && firstPage[i] <= to) {
        first = first < 0 ? i + 1 : first;
        last = i + 1;
      }
    }
    if (first < 0) {
      throw new IllegalArgumentException(
          (from == to ? "page " + from + " has" : "pages " + from + "-" + to + " have")
              + " no text");
    }
    return new Range(first, last);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageLocator other
        && pages == other.pages
        && Arrays.equals(firstPage, other.firstPage)
        && Arrays.equals(lastPage, other.lastPage)
        && Arrays.deepEquals(breaks, other.breaks);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(firstPage) + Arrays.hashCode(lastPage) + pages;
  }

  @Override
  public String toString() {
    return "pages (" + pages + ")";
  }
}
