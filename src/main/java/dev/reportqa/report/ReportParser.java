package dev.reportqa.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a work report into a {@link Report}: lines, section tree, repaired paragraphs
 * and metadata.
 *
 * <p>The rules are about reports of this kind, not about one file:
 *
 * <ul>
 *   <li><b>Layout.</b> A paragraph is a line, unless the file separates its paragraphs by blank
 *       lines: then a run of non-blank lines is one paragraph (a Markdown heading line always
 *       stands alone), and a paragraph that stops mid-sentence and goes on after a blank line was
 *       cut by a page break of the PDF it came from, and is rejoined.
 *   <li><b>Headings</b> by their numbering, not by the count of {@code #}: {@code 一、} parts, {@code
 *       （一）}, {@code 1.} and {@code （1）} items, whether on a line of their own, in bold, or opening
 *       a paragraph ({@code （一）坚持项目为王。全年实施…}: the first sentence is the title). Unnumbered ones
 *       too: a short line without punctuation is a part when the report numbers none ({@code
 *       2024年工作回顾}); a {@code ——} line heads a group, a {@code ——} paragraph that opens with a
 *       short sentence is an item; and a run of paragraphs that each open with a short headline
 *       sentence ({@code 稳住外贸基本盘。推动…}) are the items of their section.
 *   <li><b>Display</b> markup ({@code **}, {@code <sub>}, {@code #}) and letter-spacing of short
 *       lines ({@code 政 府 工 作 报 告}) are removed from the text; every character keeps its line.
 * </ul>
 *
 * Written by hand because no library knows these conventions.
 */
public final class ReportParser {

  private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+\\s*、");
  private static final Pattern LEVEL2 = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]+\\s*[）)]");
  // "1." but not "12.5": the numbering is not followed by a digit.
  private static final Pattern LEVEL3 = Pattern.compile("^\\d{1,2}\\s*[.．、](?!\\d)");
  private static final Pattern LEVEL4 = Pattern.compile("^[（(]\\d{1,2}[）)]");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final String GROUP_DASHES = "——";
  private static final Pattern DASHES = Pattern.compile("^(?:[—－-]{2,}|—)\\s*");

  /** Punctuation that a heading standing alone never holds. */
  private static final String SENTENCE_MARKS = "。！？；，：、!?;,:";

  /** A heading-only paragraph longer than this is running text that happens to start "（一）". */
  private static final int MAX_HEADING_LENGTH = 60;

  /** An unnumbered part title on a line of its own is at most this long. */
  private static final int MAX_PART_TITLE_LENGTH = 30;

  /**
   * An item's title that opens its paragraph is its first sentence, if the sentence is this short.
   */
  private static final int MAX_ITEM_TITLE_LENGTH = 40;

  /**
   * A paragraph opening with a sentence at most this long and without commas is a headline item,
   * when its neighbours open the same way ({@code 稳住外贸基本盘。推动…}).
   */
  private static final int MAX_HEADLINE_LENGTH = 24;

  private static final int MIN_HEADLINE_LENGTH = 4;

  /** Headline paragraphs in a row it takes to read them as the items of their section. */
  private static final int MIN_HEADLINE_RUN = 2;

  /**
   * Shortest repeated phrase taken for a PDF artefact when a cut paragraph resumes with the words
   * it stopped on; shorter overlaps are too likely to be real text.
   */
  private static final int MIN_REPEATED_PHRASE = 4;

  private static final int MAX_REPEATED_PHRASE = 20;

  /** The deepest section level: parts, （一）, 1., （1） and unnumbered headline items. */
  static final int HEADLINE_LEVEL = 5;

  private ReportParser() {}

  /** How a file separates its paragraphs. */
  enum Layout {
    /** One paragraph per line; blank lines, if any, mean nothing. */
    LINES,
    /** Paragraphs are runs of lines between blank lines (Markdown, text from a PDF). */
    BLANK_SEPARATED
  }

  /**
   * Parses report text.
   *
   * @param name the file name, used in citations and messages
   * @param content the whole file; {@code \n}, {@code \r\n} or {@code \r} line ends; the last line
   *     may or may not end with a newline
   * @throws ReportException when the text holds nothing but whitespace
   */
  public static Report parse(String name, String content) {
    if (content.isBlank()) {
      throw new ReportException("report is empty: " + name);
    }
    List<String> lines = splitLines(content);
    Layout layout = layoutOf(lines);
    List<Piece> pieces = classify(blocks(lines, layout));
    if (layout == Layout.BLANK_SEPARATED) {
      pieces = mergePageBreaks(pieces);
    }
    Builder builder = new Builder();
    for (Piece piece : pieces) {
      builder.add(piece);
    }
    List<Section> sections = builder.sections();
    List<Paragraph> paragraphs = builder.paragraphs;
    ReportMetadata metadata = MetadataReader.read(builder.preamble(), sections, paragraphs);
    return new Report(name, lines, metadata, sections, paragraphs);
  }

  static List<String> splitLines(String content) {
    String[] parts = content.split("\r\n|\r|\n", -1);
    int count = parts.length;
    if (content.endsWith("\n") || content.endsWith("\r")) {
      count--; // the terminator of the last line does not open another line
    }
    return List.of(Arrays.copyOf(parts, count));
  }

  /**
   * Blank-separated when the runs of non-blank lines are mostly single lines (a paragraph a run,
   * now and then a paragraph wrapped over two lines); one paragraph per line otherwise — a file
   * whose lines run on without blank lines, or with blank lines only here and there.
   */
  static Layout layoutOf(List<String> lines) {
    int nonBlank = 0;
    int runs = 0;
    boolean inRun = false;
    for (String line : lines) {
      if (isBlank(line)) {
        inRun = false;
      } else {
        nonBlank++;
        if (!inRun) {
          runs++;
        }
        inRun = true;
      }
    }
    return runs > 1 && nonBlank <= runs * 1.5 ? Layout.BLANK_SEPARATED : Layout.LINES;
  }

  private static boolean isBlank(String line) {
    return line.strip().replace("\u00A0", "").isEmpty();
  }

  // ---- step 1: paragraphs of the layout, markup stripped, each character's line kept ----

  /** Clean text of a paragraph's lines. */
  record Block(String text, int[] lineOf, boolean markedHeading, int boldPrefixEnd) {}

  static List<Block> blocks(List<String> lines, Layout layout) {
    List<Block> blocks = new ArrayList<>();
    CleanText current = null;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (isBlank(raw)) {
        current = flush(blocks, current);
        continue;
      }
      boolean heading = raw.strip().startsWith("#");
      if (layout == Layout.LINES || heading || (current != null && current.markedHeading)) {
        current = flush(blocks, current);
      }
      if (current == null) {
        current = new CleanText();
      }
      current.appendLine(raw, i + 1);
    }
    flush(blocks, current);
    return blocks;
  }

  private static CleanText flush(List<Block> blocks, CleanText current) {
    if (current != null && !current.isEmpty()) {
      blocks.add(current.toBlock());
    }
    return null;
  }

  /** Accumulates the markup-free text of a paragraph's lines with the source line of each char. */
  private static final class CleanText {
    private final StringBuilder text = new StringBuilder();
    private int[] lineOf = new int[256];
    private boolean markedHeading;
    private boolean inBold;
    private int boldPrefixEnd = -1;
    private boolean boldAtStart;

    boolean isEmpty() {
      return text.toString().isBlank();
    }

    void appendLine(String raw, int lineNumber) {
      String line = raw.replace('\u00A0', ' ').strip();
      if (text.length() == 0 && line.startsWith("#")) {
        markedHeading = true;
        line = line.replaceFirst("^#+\\s*", "");
      }
      boolean spaced = isLetterSpaced(line);
      Matcher tag = HTML_TAG.matcher(line);
      int i = 0;
      while (i < line.length()) {
        if (line.startsWith("**", i)) {
          toggleBold();
          i += 2;
          continue;
        }
        if (line.charAt(i) == '<' && tag.find(i) && tag.start() == i) {
          i = tag.end();
          continue;
        }
        if (spaced && Character.isWhitespace(line.charAt(i))) {
          i++;
          continue;
        }
        append(line.charAt(i), lineNumber);
        i++;
      }
    }

    private void toggleBold() {
      if (!inBold && text.toString().isBlank()) {
        boldAtStart = true;
      }
      if (inBold && boldAtStart && boldPrefixEnd < 0) {
        boldPrefixEnd = text.length();
      }
      inBold = !inBold;
    }

    private void append(char c, int lineNumber) {
      if (text.length() == lineOf.length) {
        lineOf = Arrays.copyOf(lineOf, lineOf.length * 2);
      }
      text.append(c);
      lineOf[text.length() - 1] = lineNumber;
    }

    Block toBlock() {
      // Trim while keeping the line map aligned.
      int start = 0;
      int end = text.length();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int boldEnd = boldPrefixEnd < 0 ? -1 : Math.max(0, Math.min(boldPrefixEnd, end) - start);
      return new Block(
          text.substring(start, end),
          Arrays.copyOfRange(lineOf, start, end),
          markedHeading,
          boldEnd);
    }
  }

  /**
   * A short line of single Chinese characters spaced apart ({@code 政 府 工 作 报 告}): the spaces are
   * layout of a title, not text.
   */
  static boolean isLetterSpaced(String line) {
    return line.length() <= 40 && line.matches("(?:\\p{IsHan}[\\s\u3000]+){2,}\\p{IsHan}");
  }

  // ---- step 2: what each paragraph is ----

  enum Role {
    PREAMBLE,
    TITLE,
    HEADING,
    GROUP,
    ITEM,
    BODY
  }

  /**
   * A classified block. For an ITEM, {@code headingEnd} is where its own title ends in the text;
   * for a HEADING or GROUP the whole text is the title.
   */
  record Piece(Role role, int level, String number, String text, int[] lineOf, int headingEnd) {

    Piece withText(String newText, int[] newLineOf) {
      return new Piece(role, level, number, newText, newLineOf, headingEnd);
    }
  }

  static List<Piece> classify(List<Block> blocks) {
    boolean numberedParts =
        blocks.stream().anyMatch(b -> levelOf(b.text()) == 1 && isShortHeading(b.text()));
    List<Piece> pieces = new ArrayList<>(blocks.size());
    boolean inBody = false;
    boolean greeted = false;
    for (Block b : blocks) {
      String t = b.text();
      int level = levelOf(t);
      String number = level == 0 ? "" : numberOf(t, level);
      boolean shortHeading = isShortHeading(t);
      boolean boldTitleWithBody = b.boldPrefixEnd() > 0 && b.boldPrefixEnd() < t.length();
      boolean part =
          (level == 1 && (b.markedHeading() || shortHeading))
              || (!numberedParts && greeted && level == 0 && isBareTitle(t));
      if (part) {
        inBody = true;
        pieces.add(new Piece(Role.HEADING, 1, number, t, b.lineOf(), t.length()));
      } else if (!inBody) {
        Role role = b.markedHeading() && level == 0 ? Role.TITLE : Role.PREAMBLE;
        pieces.add(new Piece(role, 0, "", t, b.lineOf(), 0));
        if (MetadataReader.isSalutation(t) || (endsSentence(t) && t.length() > 20)) {
          greeted = true; // the speech has begun: a bare short line from here on is a part title
        }
      } else if (level > 0 && boldTitleWithBody) {
        pieces.add(new Piece(Role.ITEM, level, number, t, b.lineOf(), b.boldPrefixEnd()));
      } else if (level > 0 && (b.markedHeading() || shortHeading || b.boldPrefixEnd() >= 0)) {
        pieces.add(new Piece(Role.HEADING, level, number, t, b.lineOf(), t.length()));
      } else if (level > 1) {
        pieces.add(new Piece(Role.ITEM, level, number, t, b.lineOf(), itemTitleEnd(t, number)));
      } else if (DASHES.matcher(t).lookingAt() && headlineEnd(t, true) > 0) {
        pieces.add(new Piece(Role.ITEM, HEADLINE_LEVEL, "", t, b.lineOf(), headlineEnd(t, true)));
      } else if (t.startsWith(GROUP_DASHES) || (b.markedHeading() && level == 0)) {
        pieces.add(new Piece(Role.GROUP, 2, "", t, b.lineOf(), t.length()));
      } else {
        pieces.add(new Piece(Role.BODY, 0, "", t, b.lineOf(), 0));
      }
    }
    return headlineItems(pieces);
  }

  /**
   * Body paragraphs in a row that each open with a short headline sentence are the items of their
   * section ({@code 稳住外贸基本盘。…} {@code 做强县域经济。…}); one alone is just a short sentence.
   */
  private static List<Piece> headlineItems(List<Piece> pieces) {
    List<Piece> out = new ArrayList<>(pieces);
    int i = 0;
    while (i < out.size()) {
      int j = i;
      while (j < out.size()
          && out.get(j).role() == Role.BODY
          && headlineEnd(out.get(j).text(), false) > 0) {
        j++;
      }
      if (j - i >= MIN_HEADLINE_RUN) {
        for (int k = i; k < j; k++) {
          Piece p = out.get(k);
          out.set(
              k,
              new Piece(
                  Role.ITEM,
                  HEADLINE_LEVEL,
                  "",
                  p.text(),
                  p.lineOf(),
                  headlineEnd(p.text(), false)));
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /**
   * Where the headline sentence that opens a paragraph ends (after its full stop), or 0 when the
   * paragraph does not open with one: a sentence of a few words without commas or figures, followed
   * by more text.
   *
   * @param dashed whether the paragraph opens with {@code ——}, which is skipped
   */
  static int headlineEnd(String text, boolean dashed) {
    int start = 0;
    if (dashed) {
      Matcher m = DASHES.matcher(text);
      if (!m.lookingAt()) {
        return 0;
      }
      start = m.end();
    }
    int stop = -1;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '!') {
        stop = i;
        break;
      }
      if ("，,；;：:、？?".indexOf(c) >= 0 || Character.isDigit(c)) {
        return 0;
      }
    }
    if (MetadataReader.isSalutation(text.substring(start))) {
      return 0; // 各位代表！… opens a paragraph of the speech, not an item
    }
    int length = stop - start;
    if (stop < 0 || length < MIN_HEADLINE_LENGTH || length > MAX_HEADLINE_LENGTH) {
      return 0;
    }
    return stop + 1 < text.length() ? stop + 1 : 0;
  }

  static int levelOf(String text) {
    if (LEVEL1.matcher(text).find()) {
      return 1;
    }
    if (LEVEL2.matcher(text).find()) {
      return 2;
    }
    if (LEVEL4.matcher(text).find()) {
      return 4;
    }
    if (LEVEL3.matcher(text).find()) {
      return 3;
    }
    return 0;
  }

  private static String numberOf(String text, int level) {
    Pattern p =
        switch (level) {
          case 1 -> LEVEL1;
          case 2 -> LEVEL2;
          case 3 -> LEVEL3;
          default -> LEVEL4;
        };
    Matcher m = p.matcher(text);
    return m.find() ? m.group().replaceAll("\\s+", "") : "";
  }

  /**
   * A heading standing alone: short, one sentence at most, and no colon (a definition or a lead-in,
   * {@code 6.“两重”：是指…}, has a body after it).
   */
  private static boolean isShortHeading(String text) {
    return text.length() <= MAX_HEADING_LENGTH
        && !containsSentenceEnd(text)
        && text.indexOf('：') < 0
        && text.indexOf(':') < 0;
  }

  /**
   * A short line with no punctuation but quotes: {@code 2024年工作回顾}, {@code 加强政府自身建设}, {@code 名词解释}.
   * Read as a part only once the report has begun (after its salutation).
   */
  static boolean isBareTitle(String text) {
    if (text.length() > MAX_PART_TITLE_LENGTH || text.length() < 2 || text.startsWith("—")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return text.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .count()
        >= 2;
  }

  private static boolean endsSentence(String text) {
    return "。！？!?".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static boolean containsSentenceEnd(String text) {
    String body = text.replaceFirst("[。.！!]$", "");
    return body.indexOf('。') >= 0 || body.indexOf('！') >= 0 || body.indexOf('？') >= 0;
  }

  /**
   * Where the title of a numbered item that opens its paragraph ends: after its first sentence, or
   * for a definition ({@code 1.六大优势产业：省委…}) after the term, when short enough; else the number
   * alone is the title.
   */
  private static int itemTitleEnd(String text, String number) {
    int stop = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '：' || c == ':') {
        stop = i;
        break;
      }
    }
    if (stop > 0 && stop < MAX_ITEM_TITLE_LENGTH && stop < text.length() - 1) {
      return text.charAt(stop) == '：' || text.charAt(stop) == ':' ? stop : stop + 1;
    }
    Matcher m = (levelOf(text) == 4 ? LEVEL4 : levelOf(text) == 3 ? LEVEL3 : LEVEL2).matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }

  // ---- step 3: rejoin paragraphs cut by page breaks ----

  static List<Piece> mergePageBreaks(List<Piece> pieces) {
    List<Piece> merged = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      Piece previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null
          && (previous.role() == Role.BODY || previous.role() == Role.ITEM)
          && piece.role() == Role.BODY
          && endsMidSentence(previous.text())) {
        merged.set(merged.size() - 1, join(previous, piece));
      } else {
        merged.add(piece);
      }
    }
    return merged;
  }

  /**
   * True when the text stops where no sentence can end: on a character, a number, an enumeration
   * comma or an opening quote.
   */
  static boolean endsMidSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return Character.isLetterOrDigit(last) || "，、“‘（(《,".indexOf(last) >= 0;
  }

  private static Piece join(Piece head, Piece tail) {
    String tailText = tail.text();
    int[] tailLines = tail.lineOf();
    int overlap = repeatedPhrase(head.text(), tailText);
    tailText = tailText.substring(overlap);
    tailLines = Arrays.copyOfRange(tailLines, overlap, tailLines.length);
    int[] lineOf = Arrays.copyOf(head.lineOf(), head.lineOf().length + tailLines.length);
    System.arraycopy(tailLines, 0, lineOf, head.lineOf().length, tailLines.length);
    return head.withText(head.text() + tailText, lineOf);
  }

  /** Length of the phrase the tail repeats from the end of the head, or 0. */
  static int repeatedPhrase(String head, String tail) {
    int max = Math.min(MAX_REPEATED_PHRASE, Math.min(head.length(), tail.length()));
    for (int k = max; k >= MIN_REPEATED_PHRASE; k--) {
      if (head.endsWith(tail.substring(0, k))) {
        return k;
      }
    }
    return 0;
  }

  // ---- step 4: section tree and paragraphs ----

  private static final class OpenSection {
    final int index;
    final int level;
    final String number;
    final String title;
    final int line;
    final int parent;
    final boolean group;

    /** An item whose title opens its own paragraph ((九)…。 body): running text after it ends it. */
    boolean inline;

    int endLine;
    int items;

    OpenSection(
        int index, int level, String number, String title, int line, int parent, boolean group) {
      this.index = index;
      this.level = level;
      this.number = number;
      this.title = title;
      this.line = line;
      this.parent = parent;
      this.group = group;
      this.endLine = line;
    }

    Section toSection() {
      return new Section(index, level, number, title, line, endLine, parent);
    }
  }

  private static final class Builder {
    final List<OpenSection> all = new ArrayList<>();
    final List<OpenSection> open = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<Paragraph> preamble = new ArrayList<>();
    final List<Boolean> titled = new ArrayList<>();

    void add(Piece piece) {
      switch (piece.role()) {
        case PREAMBLE, TITLE -> {
          preamble.add(addParagraph(Paragraph.Kind.PREAMBLE, piece.text(), piece.lineOf(), -1));
          titled.add(piece.role() == Role.TITLE);
        }
        case HEADING, GROUP -> {
          closeDownTo(piece.level());
          OpenSection s = openSection(piece, piece.text(), piece.role() == Role.GROUP);
          addParagraph(Paragraph.Kind.HEADING, piece.text(), piece.lineOf(), s.index);
        }
        case ITEM -> {
          closeDownTo(piece.level());
          String title = piece.text().substring(0, piece.headingEnd()).strip();
          OpenSection s = openSection(piece, title, false);
          s.inline = piece.headingEnd() < piece.text().length();
          for (OpenSection o : open) {
            o.items++;
          }
          String body = piece.text().substring(piece.headingEnd());
          int[] bodyLines =
              Arrays.copyOfRange(piece.lineOf(), piece.headingEnd(), piece.lineOf().length);
          int lead = leadingBodyGap(body);
          if (lead < body.length()) {
            addParagraph(
                Paragraph.Kind.BODY,
                body.substring(lead),
                Arrays.copyOfRange(bodyLines, lead, bodyLines.length),
                s.index);
          }
          if (piece.level() >= 3) {
            // An item with its own title governs its paragraph only.
            closeDownTo(piece.level());
          }
        }
        case BODY -> {
          closeFinishedGroups();
          int section = open.isEmpty() ? -1 : open.get(open.size() - 1).index;
          addParagraph(Paragraph.Kind.BODY, piece.text(), piece.lineOf(), section);
        }
      }
    }

    /** The preamble paragraphs, each with whether it was marked as a title. */
    List<MetadataReader.PreambleLine> preamble() {
      List<MetadataReader.PreambleLine> out = new ArrayList<>();
      for (int i = 0; i < preamble.size(); i++) {
        out.add(new MetadataReader.PreambleLine(preamble.get(i), titled.get(i)));
      }
      return out;
    }

    /**
     * A group line (——这是…) heads the items that follow it, and an item that opens its own paragraph
     * the items under it; running text after them ends them.
     */
    private void closeFinishedGroups() {
      for (int i = 0; i < open.size(); i++) {
        OpenSection s = open.get(i);
        if ((s.group && s.items > 0) || s.inline) {
          open.subList(i, open.size()).clear();
          return;
        }
      }
    }

    private OpenSection openSection(Piece piece, String title, boolean group) {
      int parent = open.isEmpty() ? -1 : open.get(open.size() - 1).index;
      OpenSection s =
          new OpenSection(
              all.size(), piece.level(), piece.number(), title, piece.lineOf()[0], parent, group);
      all.add(s);
      open.add(s);
      return s;
    }

    private void closeDownTo(int level) {
      open.removeIf(s -> s.level >= level);
    }

    private Paragraph addParagraph(Paragraph.Kind kind, String text, int[] lineOf, int section) {
      Paragraph p = new Paragraph(paragraphs.size(), kind, text, lineOf, section);
      paragraphs.add(p);
      for (OpenSection s : open) {
        s.endLine = Math.max(s.endLine, p.lastLine());
      }
      return p;
    }

    List<Section> sections() {
      return all.stream().map(OpenSection::toSection).toList();
    }
  }

  /** Whitespace and the colon of a definition between an item's title and its body. */
  private static int leadingBodyGap(String s) {
    int i = 0;
    while (i < s.length()
        && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '：' || s.charAt(i) == ':')) {
      i++;
    }
    return i;
  }
}
