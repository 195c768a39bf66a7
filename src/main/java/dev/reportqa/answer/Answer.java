package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Objects;

/**
 * What the assistant says to a question.
 *
 * @param query the question as analyzed (after follow-up resolution)
 * @param resolvedQuestion the question as understood when a follow-up was resolved against the
 *     previous turn, otherwise empty
 * @param refused true when the report does not answer the question
 * @param text the answer alone: the quoted clauses with their citations, or the refusal line
 * @param quotes the clauses quoted, in the order shown; empty on refusal
 * @param sources the passages retrieved for the question, best first; on a refusal they are the
 *     leads
 * @param notice a one-line notice shown above the answer (e.g. an LLM fallback), or empty
 */
public record Answer(
    AnalyzedQuery query,
    String resolvedQuestion,
    boolean refused,
    String text,
    List<Quote> quotes,
    List<Passage> sources,
    String notice) {

  public Answer {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(resolvedQuestion, "resolvedQuestion");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notice, "notice");
    quotes = List.copyOf(quotes);
    sources = List.copyOf(sources);
  }

  /** The report lines the answer cites, ascending, no duplicates. */
  public List<Integer> citedLines() {
    return quotes.stream().flatMap(q -> q.lines().stream()).distinct().sorted().toList();
  }

  public Answer withNotice(String newNotice) {
    return new Answer(query, resolvedQuestion, refused, text, quotes, sources, newNotice);
  }

  public Answer withResolvedQuestion(String resolved) {
    return new Answer(query, resolved, refused, text, quotes, sources, notice);
  }
}
