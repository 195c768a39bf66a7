package dev.reportqa.chunk;

import dev.reportqa.report.Paragraph;
import dev.reportqa.report.Report;
import dev.reportqa.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the running text of a report into sentences: at {@code 。！？} and their ASCII forms, never
 * inside quotation marks or brackets. Headings are not units; they travel with every sentence as
 * its section path.
 *
 * <p>Written by hand: langchain4j's sentence splitter is built on an English sentence model, and
 * the rules for Chinese full stops and quotes are short.
 */
public final class SentenceChunker {

  /**
   * Bumped whenever the cut changes, so that a saved index of the old units is never read back for
   * the new ones.
   */
  public static final int VERSION = 2;

  /**
   * Full stops only: a semicolon joins the parallel parts of one sentence ("主要是：A；B；C"), which a
   * list question wants together.
   */
  private static final String SENTENCE_ENDS = "。！？!?";

  /** Returns the sentences of all body and preamble paragraphs, in document order. */
  public List<Unit> chunk(Report report) {
    return chunk(report, 0);
  }

  /**
   * Returns the sentences of a report with ids counted from {@code firstId}, so that the units of
   * several reports can share one index.
   */
  public List<Unit> chunk(Report report, int firstId) {
    List<Unit> units = new ArrayList<>();
    for (Paragraph p : report.paragraphs()) {
      if (p.kind() == Paragraph.Kind.HEADING) {
        continue;
      }
      String path = p.section() < 0 ? "" : report.pathLabel(p.section());
      List<String> titles = report.pathOf(p.section()).stream().map(Section::title).toList();
      for (int[] range : sentences(p.text())) {
        units.add(
            new Unit(firstId + units.size(), report.name(), p, range[0], range[1], path, titles));
      }
    }
    return List.copyOf(units);
  }

  /** Sentence ranges {@code [start, end)} of a text, whitespace-trimmed, none empty. */
  public static List<int[]> sentences(String text) {
    boolean[] quoted = Quotes.quotedSpans(text, 0, text.length());
    List<int[]> ranges = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!quoted[i] && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        int end = i + 1;
        // A closing quote right after the stop belongs to the sentence.
        while (end < text.length() && Quotes.CLOSERS.indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        addTrimmed(ranges, text, start, end);
        start = end;
        i = end - 1;
      }
    }
    addTrimmed(ranges, text, start, text.length());
    return ranges;
  }

  private static void addTrimmed(List<int[]> ranges, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      ranges.add(new int[] {start, end});
    }
  }
}
