package dev.reportqa.answer;

import java.util.Properties;

/**
 * The tuning values of the answer stage, from {@value #RESOURCE}: what each is for is written
 * beside it there. They are data, not code, so that they stand in one place with their reasons,
 * like the retrieval weights in {@code application.properties}.
 *
 * @param own score per share of the subject a clause names itself
 * @param context score per share of the subject its sentence names
 * @param fit score per how well a clause holds the kind of thing asked
 * @param frame score per agreement with the period asked
 * @param prior score per retrieval prior (1 / rank)
 * @param length score taken off per character of a clause
 * @param anchor share of the subject by which a clause names it itself
 * @param partialAnchor share a clause of the asked period must name when none names it all
 * @param refuseBelow share below which the report does not answer
 * @param joinGain share of the subject a neighbouring clause must add to join the quote
 * @param targetGrowthFit fit of a growth-rate target for an amount question about a target
 * @param sectionTitleMatch share of a list question's subject by which a section title is it
 * @param partialTitle share of a title whose items' titles hold the rest of the subject
 * @param leadDiscount factor on how well a part's lead sentence names the subject
 */
record AnswerWeights(
    double own,
    double context,
    double fit,
    double frame,
    double prior,
    double length,
    double anchor,
    double partialAnchor,
    double refuseBelow,
    double joinGain,
    double targetGrowthFit,
    double sectionTitleMatch,
    double partialTitle,
    double leadDiscount) {

  static final String RESOURCE = "answer/answer-weights.properties";

  AnswerWeights {
    double[] values = {
      own,
      context,
      fit,
      frame,
      prior,
      length,
      anchor,
      partialAnchor,
      refuseBelow,
      joinGain,
      targetGrowthFit,
      sectionTitleMatch,
      partialTitle,
      leadDiscount
    };
    for (double v : values) {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException("answer weights must be numbers of 0 or more: " + v);
      }
    }
  }

  /** The bundled weights, read once: every answer of a run uses the same. */
  static AnswerWeights bundled() {
    return Bundled.WEIGHTS;
  }

  private static final class Bundled {
    static final AnswerWeights WEIGHTS =
        of(BundledProperties.load(RESOURCE, "answer weights"), RESOURCE);
  }

  /**
   * The weights of a properties file.
   *
   * @param source the file's name, for the message when a key is missing or not a number
   * @throws IllegalStateException naming the key and the file when a value is missing, not a
   *     number, or below 0
   */
  static AnswerWeights of(Properties p, String source) {
    return new AnswerWeights(
        number(p, "score.own", source),
        number(p, "score.context", source),
        number(p, "score.fit", source),
        number(p, "score.frame", source),
        number(p, "score.prior", source),
        number(p, "score.length", source),
        number(p, "anchor", source),
        number(p, "anchor.partial", source),
        number(p, "refuse-below", source),
        number(p, "join-gain", source),
        number(p, "target-growth-fit", source),
        number(p, "section.title-match", source),
        number(p, "section.partial-title", source),
        number(p, "section.lead-discount", source));
  }

  private static double number(Properties p, String key, String source) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("answer weight '" + key + "' is missing from " + source);
    }
    double v;
    try {
      v = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "answer weight '" + key + "' in " + source + " is not a number: '" + value + "'");
    }
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalStateException(
          "answer weight '" + key + "' in " + source + " must be 0 or more: '" + value + "'");
    }
    return v;
  }
}
