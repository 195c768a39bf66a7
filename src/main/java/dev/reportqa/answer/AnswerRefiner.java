package dev.reportqa.answer;

/**
 * A second pass over the offline answer, such as a language model rewording it. Whatever it returns
 * is shown, so an implementation must only return text that the report backs, and fall back to the
 * offline answer otherwise.
 */
@FunctionalInterface
public interface AnswerRefiner {

  /** Keeps the offline answer as it is. */
  AnswerRefiner NONE = (offline, previous) -> offline;

  /**
   * @param offline the deterministic answer with its passages
   * @param previous the answer of the previous turn of the conversation, or null
   * @return the answer to show
   */
  Answer refine(Answer offline, Answer previous);
}
