package dev.reportqa.llm;

import dev.reportqa.retrieve.Passage;
import java.util.List;

/**
 * Retrieval for a question the model rewrote: a follow-up made standalone, or an English question
 * put into the report's Chinese. The offline answer's passages were retrieved for the question as
 * asked; these add the passages for the rewritten one.
 */
@FunctionalInterface
public interface PassageSearch {

  /** No second retrieval: the model sees the offline answer's passages only. */
  PassageSearch NONE = question -> List.of();

  /**
   * @return the passages for the question, best first
   */
  List<Passage> search(String question);
}
