package dev.reportqa.report;

import dev.reportqa.source.Locator;
import dev.reportqa.source.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded report: its exact lines, metadata, section tree and repaired paragraphs. Immutable.
 *
 * <p>Line numbers are 1-based and count every line of the file, blank ones included, so that a
 * citation {@code [L87]} points to line 87 of the file as any editor shows it. A report read from a
 * Word, PDF or web-page file has one line per paragraph of the original; its {@link #origin()}
 * turns a line into the place a reader finds in that file ({@code ¶87}, {@code p.12 ¶3}).
 */
public final class Report {

  private final String name;
  private final List<String> lines;
  private final ReportMetadata metadata;
  private final List<Section> sections;
  private final List<Paragraph> paragraphs;
  private final Origin origin;

  public Report(
      String name,
      List<String> lines,
      ReportMetadata metadata,
      List<Section> sections,
      List<Paragraph> paragraphs) {
    this(name, lines, metadata, sections, paragraphs, Origin.TEXT, null);
  }

  private Report(
      String name,
      List<String> lines,
      ReportMetadata metadata,
      List<Section> sections,
      List<Paragraph> paragraphs,
      Origin origin,
      LexiconOverlay overlay) {
    this.name = Objects.requireNonNull(name, "name");
    this.lines = List.copyOf(lines);
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.sections = List.copyOf(sections);
    this.paragraphs = List.copyOf(paragraphs);
    this.origin = Objects.requireNonNull(origin, "origin");
    this.overlay = overlay;
    this.periods = new ReportPeriods(this);
  }

  private final ReportPeriods periods;
  private final LexiconOverlay overlay;

  /** The same report, read from a file of the given origin. */
  public Report withOrigin(Origin newOrigin) {
    return new Report(name, lines, metadata, sections, paragraphs, newOrigin, overlay);
  }

  /** The file the report was read from: format, encoding, digest, and where each line is in it. */
  public Origin origin() {
    return origin;
  }

  /**
   * Turns a line of the report into a place in its file: {@code L87}, {@code ¶87}, {@code p.12 ¶3}.
   */
  public Locator locator() {
    return origin.locator();
  }

  /** The report's own lexicon, when a file beside it gives one. */
  public Optional<LexiconOverlay> lexiconOverlay() {
    return Optional.ofNullable(overlay);
  }

  /** The same report with its own lexicon. */
  public Report withLexiconOverlay(LexiconOverlay lexicon) {
    return new Report(
        name,
        lines,
        metadata,
        sections,
        paragraphs,
        origin,
        Objects.requireNonNull(lexicon, "lexicon"));
  }

  /**
   * The report's period model: what each part reviews or plans, and what a question's time means.
   */
  public ReportPeriods periods() {
    return periods;
  }

  /** The file name of the report, e.g. {@code xitang-2024-h1-report.md}. */
  public String name() {
    return name;
  }

  /** All lines of the file without their line terminators; element 0 is line 1. */
  public List<String> lines() {
    return lines;
  }

  public int lineCount() {
    return lines.size();
  }

  /** The raw text of a 1-based line, markup and all. */
  public String line(int number) {
    if (number < 1 || number > lines.size()) {
      throw new IllegalArgumentException(
          "line " + number + " is outside the report (1-" + lines.size() + ")");
    }
    return lines.get(number - 1);
  }

  public ReportMetadata metadata() {
    return metadata;
  }

  /** Sections in document order (pre-order of the tree). */
  public List<Section> sections() {
    return sections;
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public Section section(int index) {
    return sections.get(index);
  }

  /** The chain of sections from the top level down to {@code index}; empty for -1. */
  public List<Section> pathOf(int index) {
    List<Section> path = new ArrayList<>(3);
    for (int i = index; i >= 0; i = sections.get(i).parent()) {
      path.add(sections.get(i));
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /** The depth of a section in the tree: 1 for a part, 2 for what stands directly under it, … */
  public int depthOf(int index) {
    int depth = 0;
    for (int i = index; i >= 0; i = sections.get(i).parent()) {
      depth++;
    }
    return depth;
  }

  /** The section path as printed: short titles joined by {@link Section#PATH_SEPARATOR}. */
  public String pathLabel(int index) {
    return String.join(
        Section.PATH_SEPARATOR, pathOf(index).stream().map(Section::shortTitle).toList());
  }

  /** The innermost section whose range holds the line, if any. */
  public Optional<Section> sectionAt(int line) {
    Section best = null;
    for (Section s : sections) {
      if (s.contains(line) && (best == null || s.level() > best.level())) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The paragraph that holds a character of the line, if any (blank lines have none). */
  public Optional<Paragraph> paragraphAt(int line) {
    for (Paragraph p : paragraphs) {
      if (line >= p.firstLine() && line <= p.lastLine() && p.lines().contains(line)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
