package dev.reportqa.web;

import java.util.List;
import java.util.Objects;

/**
 * An answer as {@code POST /api/ask} returns it (README: "The web page").
 *
 * @param answer the answer text with its citations, as the shell prints it
 * @param refused true when the report does not answer the question; then {@code sources} are leads
 * @param language {@code zh} or {@code en}: the language the question was read in
 * @param notice a line to show above the answer (an LLM fallback), or empty
 * @param resolvedQuestion how a follow-up was understood, or empty
 * @param resolvedText the line that says so, in the answer's language ({@code 理解为：…}), or empty
 * @param parts the answer text cut at its citations, so that a page can make each a link
 * @param citations what the answer cites, in the order first cited
 * @param sourcesTitle the heading of the sources, or of the leads of a refusal, as the shell has it
 * @param sources the passages behind the answer (or the leads of a refusal), those quoted first
 * @param conversation the id to send with the next question of this conversation
 * @param latencyMs the time the server took to answer, in milliseconds
 */
record AnswerView(
    String answer,
    boolean refused,
    String language,
    String notice,
    String resolvedQuestion,
    String resolvedText,
    List<Part> parts,
    List<CitationView> citations,
    String sourcesTitle,
    List<SourceView> sources,
    String conversation,
    double latencyMs) {

  AnswerView {
    Objects.requireNonNull(answer, "answer");
    parts = List.copyOf(parts);
    citations = List.copyOf(citations);
    sources = List.copyOf(sources);
  }

  AnswerView in(String conversationId, double millis) {
    return new AnswerView(
        answer,
        refused,
        language,
        notice,
        resolvedQuestion,
        resolvedText,
        parts,
        citations,
        sourcesTitle,
        sources,
        conversationId,
        millis);
  }

  /**
   * A piece of the answer text: plain text ({@code citation} null), or the text of a citation with
   * the index of its entry in {@code citations}.
   */
  record Part(String text, Integer citation) {
    Part {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A cited place.
   *
   * @param report the report's file name
   * @param lines the cited lines, ascending
   * @param label how the place reads, e.g. {@code L87} ({@code Citation.format} without brackets)
   * @param quote the words quoted from there
   * @param highlights where the quote stands, line by line, for highlighting
   */
  record CitationView(
      String report, List<Integer> lines, String label, String quote, List<Highlight> highlights) {
    CitationView {
      lines = List.copyOf(lines);
      highlights = List.copyOf(highlights);
    }
  }

  /**
   * The part of a quote on one line: its words as they read there with markup removed, or empty
   * when the quote could not be placed in the line (then the whole line is the highlight).
   */
  record Highlight(int line, String text) {}

  /**
   * A passage behind the answer.
   *
   * @param quoted whether the answer quotes it
   */
  record SourceView(
      String report,
      List<Integer> lines,
      String label,
      String section,
      String text,
      boolean quoted) {
    SourceView {
      lines = List.copyOf(lines);
    }
  }
}
