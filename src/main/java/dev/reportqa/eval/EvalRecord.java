package dev.reportqa.eval;

import dev.reportqa.source.LineLocator;
import java.util.List;

/**
 * What one question of a run produced, in the record contract of docs/design.md (The eval record
 * contract); written as one JSON object per line.
 *
 * @param citedLines the cited lines of the report's text (for a Word file, web page or PDF, the
 *     number of the paragraph in the document)
 * @param citedPlaces each cited line as a reader finds it in the report's file, in the order of
 *     {@code citedLines}: {@code L87}, {@code ¶87}, {@code p.12 ¶3}
 */
public record EvalRecord(
    String id,
    String question,
    String answer,
    boolean refused,
    List<Integer> citedLines,
    List<Retrieved> retrieved,
    double latencyMs,
    List<String> citedPlaces) {

  public EvalRecord {
    citedLines = List.copyOf(citedLines);
    retrieved = List.copyOf(retrieved);
    citedPlaces = List.copyOf(citedPlaces);
    if (citedPlaces.size() != citedLines.size()) {
      throw new IllegalArgumentException(
          citedLines.size() + " cited lines but " + citedPlaces.size() + " cited places");
    }
  }

  /** A record of a text report: each cited line's place is {@code L} and its number. */
  public EvalRecord(
      String id,
      String question,
      String answer,
      boolean refused,
      List<Integer> citedLines,
      List<Retrieved> retrieved,
      double latencyMs) {
    this(
        id,
        question,
        answer,
        refused,
        citedLines,
        retrieved,
        latencyMs,
        citedLines.stream().map(LineLocator.INSTANCE::place).toList());
  }

  /** A ranked passage behind the answer. */
  public record Retrieved(List<Integer> lines, double score) {
    public Retrieved {
      lines = List.copyOf(lines);
    }
  }
}
