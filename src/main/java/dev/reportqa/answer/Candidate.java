package dev.reportqa.answer;

import dev.reportqa.chunk.Clause;
import dev.reportqa.query.Frame;
import dev.reportqa.report.Period;

/**
 * A clause that may answer, with the measures of its score ({@link ClauseScorer}).
 *
 * @param clause the clause
 * @param rank the 1-based retrieval rank of its sentence
 * @param own the share of the subject the clause names itself, 0 to 1
 * @param anchored whether it names the subject itself, or goes on about the clause before that does
 * @param context the share of the subject its sentence and section titles name, 0 to 1
 * @param fit how well it holds the kind of thing asked, 0 to 1
 * @param frameFit how well its period agrees with the one asked, -1 to 1
 * @param frame whether its sentence gives results, targets or neither
 * @param period the period of its sentence
 * @param score the weighted sum of the measures; the higher answers first
 */
record Candidate(
    Clause clause,
    int rank,
    double own,
    boolean anchored,
    double context,
    double fit,
    double frameFit,
    Frame frame,
    Period period,
    double score) {

  /** Whether it gives results where targets are asked, or targets where results are. */
  boolean opposes(Frame asked) {
    return (asked == Frame.TARGET && frame == Frame.ACHIEVED)
        || (asked == Frame.ACHIEVED && frame == Frame.TARGET);
  }
}
