package dev.reportqa.brief;

import java.util.Optional;

/**
 * Writes a short prose summary of a brief. The default writes none, and the brief stays fully
 * deterministic; a summarizer backed by a language model can be plugged in where LLM mode is on.
 *
 * <p>Contract: the summary is in the brief's language, states only what the brief's rows and
 * measures say, and cites their lines as {@code [Lnn]}. {@link BriefBuilder} leaves out a summary
 * that cites no line or a line the brief does not cite.
 */
@FunctionalInterface
public interface BriefSummarizer {

  /** Writes no summary. */
  BriefSummarizer NONE = brief -> Optional.empty();

  /** A summary of the brief, or empty for none. */
  Optional<String> summarize(Brief brief);
}
