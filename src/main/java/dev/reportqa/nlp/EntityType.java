package dev.reportqa.nlp;

/** The kinds of named entity HanLP recognises, by the part-of-speech tags it gives them. */
public enum EntityType {
  /** A place: tags {@code ns}, {@code nsf} (杭州市, 西湖区). */
  PLACE,
  /** A person: tags {@code nr}, {@code nr1}, {@code nr2}, {@code nrf}, {@code nrj} (张伟). */
  PERSON,
  /** An organisation: tags {@code nt} and {@code nt…} (某某大学). */
  ORGANIZATION;

  /** The kind a part-of-speech tag marks, or null for a tag that marks none. */
  static EntityType ofTag(String tag) {
    if (tag.startsWith("ns")) {
      return PLACE;
    }
    if (tag.startsWith("nr")) {
      return PERSON;
    }
    if (tag.startsWith("nt")) {
      return ORGANIZATION;
    }
    return null;
  }
}
