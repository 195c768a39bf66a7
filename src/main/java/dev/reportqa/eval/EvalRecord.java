package dev.reportqa.eval;

import java.util.List;

/**
 * What one question of a run produced, in the record contract of DESIGN.md; written as one JSON
 * object per line.
 */
public record EvalRecord(
    String id,
    String question,
    String answer,
    boolean refused,
    List<Integer> citedLines,
    List<Retrieved> retrieved,
    double latencyMs) {

  public EvalRecord {
    citedLines = List.copyOf(citedLines);
    retrieved = List.copyOf(retrieved);
  }

  /** A ranked passage behind the answer. */
  public record Retrieved(List<Integer> lines, double score) {
    public Retrieved {
      lines = List.copyOf(lines);
    }
  }
}
