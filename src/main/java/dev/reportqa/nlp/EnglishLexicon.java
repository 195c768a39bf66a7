package dev.reportqa.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chinese words for English words and phrases. Implemented by the compiled {@link
 * EnglishChineseDictionary}; any other word list (the project's hand lexicon) joins in through
 * {@link #of}, and {@link LayeredLexicon} consults several in order.
 */
public interface EnglishLexicon {

  /** The widest window {@link #longestMatch} tries when a lexicon says nothing else. */
  int DEFAULT_MAX_PHRASE_WORDS = 6;

  /** A short name, shown where a translation is explained: "hand lexicon", "ECDICT 0.0.1". */
  String name();

  /**
   * The Chinese words of an English word or phrase.
   *
   * @param phrase lower case, words separated by single spaces
   * @return likeliest first; empty when unknown, never null
   */
  List<String> translations(String phrase);

  /** Number of words in the longest phrase worth looking up in this lexicon. */
  default int maxPhraseWords() {
    return DEFAULT_MAX_PHRASE_WORDS;
  }

  /**
   * The longest phrase of this lexicon that starts at a token: "gross domestic product growth" from
   * 0 gives "gross domestic product" (tokens 0 to 3) when the lexicon has that phrase.
   *
   * @param tokens lower-case word tokens, as written (no base forms are tried)
   * @param from the first token of the phrase, {@code 0 <= from <= tokens.size()}
   * @return empty when no phrase starting there is known
   * @throws IndexOutOfBoundsException when {@code from} is outside the tokens
   */
  default Optional<PhraseMatch> longestMatch(List<String> tokens, int from) {
    if (from < 0 || from > tokens.size()) {
      throw new IndexOutOfBoundsException("from " + from + " of " + tokens.size() + " tokens");
    }
    for (int end = Math.min(tokens.size(), from + maxPhraseWords()); end > from; end--) {
      String phrase = String.join(" ", tokens.subList(from, end));
      List<String> chinese = translations(phrase);
      if (!chinese.isEmpty()) {
        return Optional.of(new PhraseMatch(from, end, phrase, chinese, name()));
      }
    }
    return Optional.empty();
  }

  /**
   * A lexicon from a lookup function, e.g. the hand lexicon: {@code EnglishLexicon.of("hand
   * lexicon", lexicon.longestTerm(), lexicon::chinese)}.
   *
   * @param lookup lower-case phrase to Chinese words; empty when unknown
   */
  static EnglishLexicon of(String name, int maxPhraseWords, Function<String, List<String>> lookup) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lookup, "lookup");
    if (maxPhraseWords < 1) {
      throw new IllegalArgumentException("maxPhraseWords must be 1 or more: " + maxPhraseWords);
    }
    return new EnglishLexicon() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> translations(String phrase) {
        List<String> chinese = lookup.apply(phrase);
        return chinese == null ? List.of() : chinese;
      }

      @Override
      public int maxPhraseWords() {
        return maxPhraseWords;
      }
    };
  }
}
