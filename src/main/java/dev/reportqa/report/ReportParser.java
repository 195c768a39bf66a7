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
 * <p>The rules are about reports of this kind, not about one file: heading levels come from the
 * numbering ({@code 一、} / {@code （一）} / {@code 1.}) because the markdown marks ({@code ##}, {@code
 * ###}, {@code ####}) are used inconsistently; a paragraph that stops in the middle of a sentence
 * and goes on after a blank line was cut by a page break of the PDF it came from, and is rejoined.
 * Written by hand because no library knows these conventions.
 */
public final class ReportParser {

  private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、");
  private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
  // "1." but not "12.5": the numbering is not followed by a digit.
  private static final Pattern LEVEL3 = Pattern.compile("^\\d{1,2}\\s*[.．、](?!\\d)");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
  private static final Pattern PERSON_NAME = Pattern.compile("^\\p{IsHan}{2,4}$");
  private static final String GROUP_DASHES = "——";

  /** A heading-only paragraph longer than this is running text that happens to start "（一）". */
  private static final int MAX_HEADING_LENGTH = 60;

  /** An item title without bold marks is its first sentence, if the sentence is this short. */
  private static final int MAX_ITEM_TITLE_LENGTH = 40;

  /**
   * Shortest repeated phrase taken for a PDF artefact when a cut paragraph resumes with the words
   * it stopped on; shorter overlaps are too likely to be real text.
   */
  private static final int MIN_REPEATED_PHRASE = 4;

  private static final int MAX_REPEATED_PHRASE = 20;

  private ReportParser() {}

  /**
   * Parses report text.
   *
   * @param name the file name, used in citations and messages
   * @param content the whole file; {@code \n} or {@code \r\n} line ends; the last line may or may
   *     not end with a newline
   * @throws ReportException when the text holds nothing but whitespace
   */
  public static Report parse(String name, String content) {
    List<String> lines = splitLines(content);
    if (content.isBlank()) {
      throw new ReportException("report is empty: " + name);
    }
    List<Piece> pieces = mergePageBreaks(classify(blocks(lines)));
    Builder builder = new Builder();
    for (Piece piece : pieces) {
      builder.add(piece);
    }
    return new Report(name, lines, builder.metadata(), builder.sections(), builder.paragraphs);
  }

  static List<String> splitLines(String content) {
    String[] parts = content.split("\n", -1);
    int count = parts.length;
    if (content.endsWith("\n")) {
      count--; // the terminator of the last line does not open another line
    }
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String line = parts[i];
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    return lines;
  }

  // ---- step 1: runs of non-blank lines, markup stripped, each character's line kept ----

  /** Clean text of a run of non-blank lines. */
  record Block(String text, int[] lineOf, boolean markedHeading, int boldPrefixEnd) {}

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    CleanText current = null;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.isBlank()) {
        if (current != null && !current.isEmpty()) {
          blocks.add(current.toBlock());
        }
        current = null;
        continue;
      }
      if (current == null) {
        current = new CleanText();
      }
      current.appendLine(raw, i + 1);
    }
    if (current != null && !current.isEmpty()) {
      blocks.add(current.toBlock());
    }
    return blocks;
  }

  /** Accumulates the markup-free text of consecutive lines with the source line of each char. */
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
      String line = raw.strip();
      if (text.length() == 0 && line.startsWith("#")) {
        markedHeading = true;
        line = line.replaceFirst("^#+\\s*", "");
      }
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
        append(line.charAt(i), lineNumber);
        i++;
      }
    }

    private void toggleBold() {
      if (!inBold && text.length() == 0) {
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

  // ---- step 2: what each block is ----

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
    List<Piece> pieces = new ArrayList<>(blocks.size());
    boolean inBody = false;
    for (Block b : blocks) {
      String t = b.text();
      int level = levelOf(t);
      String number = level == 0 ? "" : numberOf(t, level);
      boolean shortHeading = t.length() <= MAX_HEADING_LENGTH && !containsSentenceEnd(t);
      boolean boldTitleWithBody = b.boldPrefixEnd() > 0 && b.boldPrefixEnd() < t.length();
      if (level == 1 && (b.markedHeading() || shortHeading)) {
        inBody = true;
        pieces.add(new Piece(Role.HEADING, 1, number, t, b.lineOf(), t.length()));
      } else if (!inBody) {
        Role role = b.markedHeading() && level == 0 ? Role.TITLE : Role.PREAMBLE;
        pieces.add(new Piece(role, 0, "", t, b.lineOf(), 0));
      } else if (level > 0 && boldTitleWithBody) {
        pieces.add(new Piece(Role.ITEM, level, number, t, b.lineOf(), b.boldPrefixEnd()));
      } else if (level > 0 && (b.markedHeading() || shortHeading || b.boldPrefixEnd() >= 0)) {
        pieces.add(new Piece(Role.HEADING, level, number, t, b.lineOf(), t.length()));
      } else if (level == 3) {
        pieces.add(new Piece(Role.ITEM, 3, number, t, b.lineOf(), plainItemTitleEnd(t)));
      } else if (t.startsWith(GROUP_DASHES) || (b.markedHeading() && level == 0)) {
        pieces.add(new Piece(Role.GROUP, 2, "", t, b.lineOf(), t.length()));
      } else {
        pieces.add(new Piece(Role.BODY, 0, "", t, b.lineOf(), 0));
      }
    }
    return pieces;
  }

  static int levelOf(String text) {
    if (LEVEL1.matcher(text).find()) {
      return 1;
    }
    if (LEVEL2.matcher(text).find()) {
      return 2;
    }
    if (LEVEL3.matcher(text).find()) {
      return 3;
    }
    return 0;
  }

  private static String numberOf(String text, int level) {
    Pattern p = level == 1 ? LEVEL1 : level == 2 ? LEVEL2 : LEVEL3;
    Matcher m = p.matcher(text);
    return m.find() ? m.group().replaceAll("\\s+", "") : "";
  }

  private static boolean containsSentenceEnd(String text) {
    String body = text.replaceFirst("[。.！!]$", "");
    return body.indexOf('。') >= 0 || body.indexOf('！') >= 0 || body.indexOf('？') >= 0;
  }

  private static int plainItemTitleEnd(String text) {
    int stop = text.indexOf('。');
    if (stop > 0 && stop < MAX_ITEM_TITLE_LENGTH && stop < text.length() - 1) {
      return stop + 1;
    }
    Matcher m = LEVEL3.matcher(text);
    return m.find() ? m.end() : 0;
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

  // ---- step 4: section tree, paragraphs, metadata ----

  private static final class OpenSection {
    final int index;
    final int level;
    final String number;
    final String title;
    final int line;
    final int parent;
    final boolean group;
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
    final List<Piece> preamble = new ArrayList<>();

    void add(Piece piece) {
      switch (piece.role()) {
        case PREAMBLE, TITLE -> {
          preamble.add(piece);
          addParagraph(Paragraph.Kind.PREAMBLE, piece.text(), piece.lineOf(), -1);
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
          for (OpenSection o : open) {
            o.items++;
          }
          String body = piece.text().substring(piece.headingEnd());
          int[] bodyLines =
              Arrays.copyOfRange(piece.lineOf(), piece.headingEnd(), piece.lineOf().length);
          int lead = leadingWhitespace(body);
          if (lead < body.length()) {
            addParagraph(
                Paragraph.Kind.BODY,
                body.substring(lead),
                Arrays.copyOfRange(bodyLines, lead, bodyLines.length),
                s.index);
          }
          if (piece.level() == 3) {
            // An item with its own title governs its paragraph only.
            closeDownTo(3);
          }
        }
        case BODY -> {
          closeFinishedGroups();
          int section = open.isEmpty() ? -1 : open.get(open.size() - 1).index;
          addParagraph(Paragraph.Kind.BODY, piece.text(), piece.lineOf(), section);
        }
      }
    }

    /** A group line (——这是…) heads the items that follow it; running text after them ends it. */
    private void closeFinishedGroups() {
      for (int i = 0; i < open.size(); i++) {
        OpenSection s = open.get(i);
        if (s.group && s.items > 0) {
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

    private void addParagraph(Paragraph.Kind kind, String text, int[] lineOf, int section) {
      Paragraph p = new Paragraph(paragraphs.size(), kind, text, lineOf, section);
      paragraphs.add(p);
      for (OpenSection s : open) {
        s.endLine = Math.max(s.endLine, p.lastLine());
      }
    }

    List<Section> sections() {
      return all.stream().map(OpenSection::toSection).toList();
    }

    ReportMetadata metadata() {
      String title = "";
      int titleLine = 0;
      String date = "";
      int dateLine = 0;
      String occasion = "";
      int occasionLine = 0;
      String speaker = "";
      int speakerLine = 0;
      for (Piece p : preamble) {
        if (title.isEmpty() && p.role() == Role.TITLE) {
          title = p.text();
          titleLine = p.lineOf()[0];
        }
        Matcher m = DATE.matcher(p.text());
        if (date.isEmpty() && m.find()) {
          date = m.group();
          dateLine = p.lineOf()[m.start()];
          String rest = p.text().substring(m.end()).strip();
          if (rest.startsWith("在")) {
            occasion = rest;
            occasionLine = p.lineOf()[m.end()];
          }
        }
        if (speaker.isEmpty()
            && PERSON_NAME.matcher(p.text()).matches()
            && !p.text().equals(title)) {
          speaker = p.text();
          speakerLine = p.lineOf()[0];
        }
      }
      if (title.isEmpty() && !preamble.isEmpty()) {
        title = preamble.get(0).text();
        titleLine = preamble.get(0).lineOf()[0];
      }
      return new ReportMetadata(
          title, date, speaker, occasion, titleLine, dateLine, speakerLine, occasionLine);
    }
  }

  private static int leadingWhitespace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
