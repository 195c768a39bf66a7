package dev.reportqa.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * A word of a segmented Chinese text.
 *
 * @param word the word as it stands in the text
 * @param tag HanLP's part-of-speech tag (PKU-style: {@code n}, {@code v}, {@code ns}, {@code nr},
 *     {@code m}, {@code w} for punctuation …)
 * @param offset where the word starts in the text, in chars
 */
public record Token(String word, String tag, int offset) {

  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(tag, "tag");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more: " + offset);
    }
  }

  /** Where the word ends in the text (exclusive). */
  public int end() {
    return offset + word.length();
  }

  /** The kind of named entity the tag marks, if any. */
  public Optional<EntityType> entityType() {
    return Optional.ofNullable(EntityType.ofTag(tag));
  }
}
