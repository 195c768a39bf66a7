package dev.reportqa.nlp;

import java.util.List;
import java.util.Objects;

/**
 * An English phrase found over a question's tokens, with its Chinese words.
 *
 * @param start index of the phrase's first token
 * @param end index after its last token, so {@code end - start} tokens
 * @param phrase the tokens joined by single spaces, lower case
 * @param translations the Chinese words, likeliest first; never empty
 * @param source the name of the lexicon that knew it ({@link EnglishLexicon#name()})
 */
public record PhraseMatch(
    int start, int end, String phrase, List<String> translations, String source) {

  public PhraseMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("need 0 <= start < end: " + start + ", " + end);
    }
    Objects.requireNonNull(phrase, "phrase");
    translations = List.copyOf(translations);
    if (translations.isEmpty()) {
      throw new IllegalArgumentException("a match has translations: " + phrase);
    }
    Objects.requireNonNull(source, "source");
  }

  /** Number of tokens matched. */
  public int length() {
    return end - start;
  }
}
