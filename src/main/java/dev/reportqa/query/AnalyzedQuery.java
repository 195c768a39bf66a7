package dev.reportqa.query;

import dev.reportqa.index.WeightedText;
import dev.reportqa.report.TimeReference;
import java.util.List;
import java.util.Objects;

/**
 * A question as the pipeline understands it.
 *
 * @param question the question as asked, or for a resolved follow-up, as understood
 * @param text the question as read: NFKC, simplified characters, a preface before it dropped
 * @param language the language to answer in
 * @param intent what is asked for
 * @param frame the period asked about
 * @param measure the kind of figure expected, when the question says so
 * @param time the time the question names (去年, 2024年, “十四五”, this year), read against the report's
 *     period model by the answer stage
 * @param leansOnPrevious whether the question reads as a follow-up of the one before: it opens with
 *     那 / 它 / and / what about, or names no subject of its own
 * @param subjectTerms the Chinese words naming what is asked about, in question order (for an
 *     English question, their translations)
 * @param lexicalQuery weighted text for the BM25 ranker
 * @param denseQuery text for the embedding ranker
 * @param translations for an English question, each English term found and its Chinese words
 * @param unknownWords for an English question, content words the lexicon does not know
 */
public record AnalyzedQuery(
    String question,
    String text,
    Language language,
    Intent intent,
    Frame frame,
    Measure measure,
    TimeReference time,
    boolean leansOnPrevious,
    List<String> subjectTerms,
    List<WeightedText> lexicalQuery,
    String denseQuery,
    List<Translation> translations,
    List<String> unknownWords) {

  public AnalyzedQuery {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(denseQuery, "denseQuery");
    Objects.requireNonNull(time, "time");
    subjectTerms = List.copyOf(subjectTerms);
    lexicalQuery = List.copyOf(lexicalQuery);
    translations = List.copyOf(translations);
    unknownWords = List.copyOf(unknownWords);
  }

  /** The same question read for another period frame. */
  public AnalyzedQuery withFrame(Frame newFrame) {
    return new AnalyzedQuery(
        question,
        text,
        language,
        intent,
        newFrame,
        measure,
        time,
        leansOnPrevious,
        subjectTerms,
        lexicalQuery,
        denseQuery,
        translations,
        unknownWords);
  }

  /**
   * The same question searched for without the report's own place: a province's name in a question
   * to that province's report names where every figure is, not what is asked, and as a search word
   * it only finds the title lines. The subject keeps the place, for judging the answer. Unchanged
   * when the place is all the question names, and a place the report writes joined to the next
   * subject word (a town's spirit, its brand) stays: it is part of a name.
   */
  public AnalyzedQuery withoutPlaces(
      java.util.Collection<String> ownPlaces, java.util.function.Predicate<String> reportWrites) {
    // A place the report writes together with the next subject word is part of a name.
    java.util.Set<String> places = new java.util.HashSet<>(ownPlaces);
    for (int i = 0; i + 1 < subjectTerms.size(); i++) {
      if (reportWrites.test(subjectTerms.get(i) + subjectTerms.get(i + 1))) {
        places.remove(subjectTerms.get(i));
      }
    }
    List<String> terms = subjectTerms.stream().filter(t -> !places.contains(t)).toList();
    if (terms.size() == subjectTerms.size() || terms.isEmpty()) {
      return this;
    }
    List<dev.reportqa.index.WeightedText> lexical =
        lexicalQuery.stream().filter(w -> !places.contains(w.text())).toList();
    String dense = denseQuery;
    for (String place :
        places.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList()) {
      dense = dense.replace(place, " ");
    }
    dense = dense.strip().isEmpty() ? denseQuery : dense.strip();
    return new AnalyzedQuery(
        question,
        text,
        language,
        intent,
        frame,
        measure,
        time,
        leansOnPrevious,
        subjectTerms,
        lexical,
        dense,
        translations,
        unknownWords);
  }

  /**
   * An English term of the question and the Chinese words it was looked up as.
   *
   * @param functionWord whether the term is a verb or a time or quantity word ("receive", "pay
   *     out"): it says how more than what, and counts for less in the subject
   * @param source where the translation comes from: {@code lexicon} (the hand lexicon and its
   *     layers), or the dictionary's name, with the word it was read as when it was misspelt
   */
  public record Translation(
      String english, List<String> chinese, boolean functionWord, String source) {

    /** The source of a translation from the hand lexicon and its layers. */
    public static final String LEXICON = "lexicon";

    public Translation {
      Objects.requireNonNull(english, "english");
      Objects.requireNonNull(source, "source");
      chinese = List.copyOf(chinese);
    }
  }
}
