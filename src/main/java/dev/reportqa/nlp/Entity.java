package dev.reportqa.nlp;

import java.util.Objects;

/**
 * A named entity found in a Chinese text.
 *
 * @param text the entity as it stands in the text
 * @param type place, person or organisation
 * @param offset where it starts in the text, in chars
 */
public record Entity(String text, EntityType type, int offset) {

  public Entity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more: " + offset);
    }
  }
}
