package dev.reportqa.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF report with Apache PDFBox: the text of each page in reading order, the lines a
 * paragraph wraps over joined into one line of the report's text, page headers, footers and page
 * numbers dropped, a paragraph (or heading) that runs over a page break joined whole, and the
 * spaces the typesetter's gaps leave beside Chinese characters removed. Each line of the text is
 * cited by the page it begins on and its number there, {@code p.12 ¶3} (see {@link PageLocator}).
 *
 * <p>Paragraphs are found from the geometry of the printed lines, written by hand because PDFBox
 * only knows lines: a line starts a paragraph when it is indented (Chinese paragraphs open with a
 * two-character indent), when its font size changes, after a gap wider than the line spacing, or
 * when the line before stopped short of the right margin.
 */
final class PdfSource {

  /** Bumped whenever the text extracted from the same file may change, so caches are rebuilt. */
  static final int VERSION = 1;

  /** A line starts this many character widths right of the left margin: indented or centred. */
  private static final double INDENT_EMS = 0.8;

  /** A line ends this many character widths short of the right margin: the end of a paragraph. */
  private static final double SHORT_EMS = 1.5;

  /** A gap this many times the usual line spacing separates paragraphs. */
  private static final double GAP_PITCHES = 1.6;

  /** Font sizes further apart than this (as a ratio) are different kinds of text. */
  private static final double FONT_RATIO = 1.15;

  /** Fewer characters than this per page on average: the pages are images, not text. */
  private static final int MIN_CHARS_PER_PAGE = 20;

  /**
   * How far from each end of a page header and footer lines are looked for, in lines: a running
   * title and a page number can both be there.
   */
  private static final int MARGIN_LINES = 2;

  /**
   * A page number as printed: {@code 12}, {@code - 12 -}, {@code 第12页}, {@code 12/31}, {@code ii}.
   */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-—–\\s]*(?:第\\s*)?(?:\\d{1,4}|[ivxlcIVXLC]{1,6})\\s*(?:页)?"
              + "(?:\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?[-—–\\s]*"
              + "|(?i)page\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?");

  /** An indent typed as spaces: a wide space (em, ideographic …) or two narrow ones. */
  private static final Pattern INDENT = Pattern.compile("[\\u2000-\\u200A\\u3000]|[ \\u00A0]{2}");

  private PdfSource() {}

  /** A printed line: its text and where it stands, in points from the page's top left. */
  record Line(String text, double x0, double x1, double baseline, double size) {}

  /**
   * @throws SourceException naming the file when it is encrypted, has no text layer, is not a PDF,
   *     or is corrupt or truncated
   */
  static SourceText read(String file, byte[] bytes, String sha256) {
    List<List<Line>> pages = pages(file, bytes);
    int chars = pages.stream().flatMap(List::stream).mapToInt(l -> l.text().strip().length()).sum();
    if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.size())) {
      throw new SourceException(
          "PDF has no text layer (its pages are images, e.g. a scan); OCR it first: " + file);
    }
    return paragraphs(pages, sha256);
  }

  /** The printed lines of each page, top to bottom. */
  static List<List<Line>> pages(String file, byte[] bytes) {
    if (bytes.length == 0) {
      throw new SourceException("report is empty: " + file);
    }
    if (!startsWithPdfHeader(bytes)) {
      throw new SourceException("not a PDF file (no %PDF header): " + file);
    }
    if (!hasEndMarker(bytes)) {
      throw new SourceException(
          "cannot read PDF " + file + ": it is truncated (no %%EOF end marker)");
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      LineCollector collector = new LineCollector();
      collector.setSortByPosition(true);
      collector.getText(doc);
      return collector.pages;
    } catch (InvalidPasswordException e) {
      throw new SourceException(
          "PDF is encrypted (password-protected): "
              + file
              + " — save a copy without a password and load it again");
    } catch (IOException | RuntimeException e) {
      throw new SourceException(
          "cannot read PDF " + file + ": it is corrupt (" + reason(e) + ")", e);
    }
  }

  private static boolean startsWithPdfHeader(byte[] bytes) {
    // The header may follow some junk bytes; readers look in the first kilobyte.
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  private static boolean hasEndMarker(byte[] bytes) {
    int from = Math.max(0, bytes.length - 2048);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    String why = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    why = why.strip().lines().findFirst().orElse(why);
    return why.length() > 120 ? why.substring(0, 120) + "…" : why;
  }

  /** Collects the printed lines with their geometry; PDFBox's own output is not used. */
  private static final class LineCollector extends PDFTextStripper {
    final List<List<Line>> pages = new ArrayList<>();
    private List<Line> page;
    private final StringBuilder text = new StringBuilder();
    private double x0;
    private double x1;
    private double baseline;
    private double size;

    LineCollector() throws IOException {
      super();
    }

    @Override
    protected void startPage(PDPage p) {
      page = new ArrayList<>();
      reset();
    }

    @Override
    protected void endPage(PDPage p) {
      flush();
      pages.add(page);
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
      text.append(s);
      for (TextPosition t : positions) {
        x0 = Math.min(x0, t.getXDirAdj());
        x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
        baseline = Math.max(baseline, t.getYDirAdj());
        size = Math.max(size, t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
      }
    }

    @Override
    protected void writeWordSeparator() {
      text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      flush();
    }

    private void flush() {
      if (!text.toString().isBlank()) {
        page.add(new Line(text.toString(), x0, x1, baseline, size));
      }
      reset();
    }

    private void reset() {
      text.setLength(0);
      x0 = Double.MAX_VALUE;
      x1 = -Double.MAX_VALUE;
      baseline = -Double.MAX_VALUE;
      size = 0;
    }
  }

  // ---- from printed lines to paragraphs ----

  /** The body's layout, measured over the whole document. */
  private record Layout(double left, double right, double pitch) {}

  static SourceText paragraphs(List<List<Line>> printed, String sha256) {
    List<List<Line>> body = dropHeadersAndFooters(printed);
    Layout layout = layout(body);
    List<String> texts = new ArrayList<>();
    List<Integer> firstPages = new ArrayList<>();
    List<Integer> lastPages = new ArrayList<>();
    List<int[]> breaks = new ArrayList<>();
    List<Integer> currentBreaks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    Line previous = null;
    int previousPage = 0;
    for (int p = 1; p <= body.size(); p++) {
      for (Line line : body.get(p - 1)) {
        boolean opens =
            previous == null || startsParagraph(previous, line, layout, previousPage == p);
        if (opens && !current.isEmpty()) {
          texts.add(ParagraphText.join(current.stream().map(Line::text).toList()));
          lastPages.add(previousPage);
          breaks.add(currentBreaks.stream().mapToInt(Integer::intValue).toArray());
          current = new ArrayList<>();
          currentBreaks = new ArrayList<>();
        }
        if (current.isEmpty()) {
          firstPages.add(p);
        } else if (p != previousPage) {
          // Where the next page begins in the joined text (near enough: joining may drop a space
          // at the break).
          currentBreaks.add(ParagraphText.join(current.stream().map(Line::text).toList()).length());
        }
        current.add(line);
        previous = line;
        previousPage = p;
      }
    }
    if (!current.isEmpty()) {
      texts.add(ParagraphText.join(current.stream().map(Line::text).toList()));
      lastPages.add(previousPage);
      breaks.add(currentBreaks.stream().mapToInt(Integer::intValue).toArray());
    }
    // Joining may leave nothing of a line that held only spaces.
    List<String> kept = new ArrayList<>();
    List<Integer> keptFirst = new ArrayList<>();
    List<Integer> keptLast = new ArrayList<>();
    List<int[]> keptBreaks = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!texts.get(i).isEmpty()) {
        kept.add(texts.get(i));
        keptFirst.add(firstPages.get(i));
        keptLast.add(lastPages.get(i));
        keptBreaks.add(breaks.get(i));
      }
    }
    PageLocator locator =
        new PageLocator(
            keptFirst.stream().mapToInt(Integer::intValue).toArray(),
            keptLast.stream().mapToInt(Integer::intValue).toArray(),
            keptBreaks.toArray(new int[0][]),
            printed.size());
    return new SourceText(
        String.join("\n", kept) + "\n", new Origin(Format.PDF, "", sha256, locator));
  }

  private static boolean startsParagraph(Line prev, Line line, Layout layout, boolean samePage) {
    double em = Math.max(line.size(), 1);
    boolean indented =
        line.x0() > layout.left() + INDENT_EMS * em || INDENT.matcher(line.text()).lookingAt();
    if (indented) {
      return true;
    }
    double ratio =
        Math.max(prev.size(), line.size()) / Math.max(1e-6, Math.min(prev.size(), line.size()));
    if (ratio > FONT_RATIO) {
      return true;
    }
    if (samePage && line.baseline() - prev.baseline() > GAP_PITCHES * layout.pitch()) {
      return true;
    }
    // Justified text runs every line of a paragraph to the right margin but its last.
    return prev.x1() < layout.right() - SHORT_EMS * Math.max(prev.size(), 1);
  }

  /**
   * The left margin is where most lines start (the continuation lines of paragraphs); the right
   * margin where most long lines end (justified text ends flush); the pitch the commonest distance
   * between baselines of the same page.
   */
  private static Layout layout(List<List<Line>> pages) {
    Map<Long, Integer> lefts = new HashMap<>();
    Map<Long, Integer> rights = new HashMap<>();
    Map<Long, Integer> pitches = new HashMap<>();
    for (List<Line> page : pages) {
      for (int i = 0; i < page.size(); i++) {
        Line l = page.get(i);
        lefts.merge(Math.round(l.x0()), 1, Integer::sum);
        rights.merge(Math.round(l.x1()), 1, Integer::sum);
        if (i > 0) {
          double d = l.baseline() - page.get(i - 1).baseline();
          if (d > 0) {
            pitches.merge(Math.round(d), 1, Integer::sum);
          }
        }
      }
    }
    double left = mode(lefts, Double.MAX_VALUE);
    double right = mode(rights, -Double.MAX_VALUE);
    double pitch = mode(pitches, 0);
    // The commonest end may be a short line's; the margin is at least as far right as most lines.
    return new Layout(left, right, pitch <= 0 ? 14 : pitch);
  }

  private static double mode(Map<Long, Integer> counts, double none) {
    return counts.entrySet().stream()
        .max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(e -> (double) e.getKey())
        .orElse(none);
  }

  /**
   * Drops, within the first and last few lines of each page, page numbers and lines that recur
   * (digits aside) at the same end of most pages: running titles and footers.
   */
  static List<List<Line>> dropHeadersAndFooters(List<List<Line>> pages) {
    Map<String, Integer> tops = new HashMap<>();
    Map<String, Integer> bottoms = new HashMap<>();
    for (List<Line> page : pages) {
      for (int i = 0; i < Math.min(MARGIN_LINES, page.size()); i++) {
        tops.merge(shape(page.get(i)), 1, Integer::sum);
        bottoms.merge(shape(page.get(page.size() - 1 - i)), 1, Integer::sum);
      }
    }
    int recurring = Math.max(3, (pages.size() + 1) / 2);
    List<List<Line>> kept = new ArrayList<>(pages.size());
    for (List<Line> page : pages) {
      boolean[] drop = new boolean[page.size()];
      for (int i = 0; i < Math.min(MARGIN_LINES, page.size()); i++) {
        Line top = page.get(i);
        if (isPageNumber(top) || tops.get(shape(top)) >= recurring) {
          drop[i] = true;
        } else {
          break;
        }
      }
      for (int i = page.size() - 1; i >= Math.max(0, page.size() - MARGIN_LINES); i--) {
        Line bottom = page.get(i);
        if (isPageNumber(bottom) || bottoms.get(shape(bottom)) >= recurring) {
          drop[i] = true;
        } else {
          break;
        }
      }
      List<Line> body = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        if (!drop[i]) {
          body.add(page.get(i));
        }
      }
      kept.add(body);
    }
    return kept;
  }

  private static boolean isPageNumber(Line line) {
    return PAGE_NUMBER.matcher(line.text().strip()).matches();
  }

  /** A line with its digits made one sign: page 3's footer and page 4's look alike. */
  private static String shape(Line line) {
    return line.text().strip().replaceAll("\\d+", "#");
  }

  /** For tests: the paragraphs' texts. */
  static List<String> texts(SourceText text) {
    return Arrays.asList(text.text().split("\n"));
  }
}
