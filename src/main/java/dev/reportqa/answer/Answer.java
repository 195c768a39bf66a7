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

  /**
   * The answers to the parts of a question that asks several things, as one: their texts on lines
   * of their own, their quotes and sources in order without repeats. It is a refusal only when
   * every part was refused; its analysis is the last part's, so that a follow-up leans on it.
   */
  public static Answer together(String question, List<Answer> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no answers to put together for: " + question);
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<String> texts = new java.util.ArrayList<>();
    List<Quote> quotes = new java.util.ArrayList<>();
    List<Passage> sources = new java.util.ArrayList<>();
    List<String> notices = new java.util.ArrayList<>();
    List<String> resolved = new java.util.ArrayList<>();
    String previousLabel = "";
    for (Answer a : parts) {
      String label = label(a.text());
      String text =
          label.equals(previousLabel) ? a.text().substring(label.length()).strip() : a.text();
      previousLabel = label;
      boolean quotedBefore =
          !a.quotes().isEmpty()
              && a.quotes().stream().allMatch(q -> quotes.stream().anyMatch(e -> e.holds(q)));
      if (!quotedBefore && !texts.contains(a.text()) && !texts.contains(text)) {
        texts.add(text);
      }
      a.quotes().stream().filter(q -> !quotes.contains(q)).forEach(quotes::add);
      a.sources().stream().filter(p -> !sources.contains(p)).forEach(sources::add);
      if (!a.notice().isBlank() && !notices.contains(a.notice())) {
        notices.add(a.notice());
      }
      if (!a.resolvedQuestion().isBlank()) {
        resolved.add(a.resolvedQuestion());
      }
    }
    boolean refused = parts.stream().allMatch(Answer::refused);
    // The conversation goes on from the last part that asked with a subject of its own: after
    // "去年投了多少？增长多少？" a "今年呢？" asks the amount again, not the growth the second part leaned for.
    Answer main = parts.get(parts.size() - 1);
    for (Answer a : parts) {
      if (a.resolvedQuestion().isBlank()) {
        main = a;
      }
    }
    return new Answer(
        main.query(),
        String.join(" ", resolved),
        refused,
        String.join("\n", texts),
        quotes,
        sources,
        String.join(" ", notices));
  }

  /** The period label an answer opens with ("2024年实绩：", "Result for 2024:"), or empty. */
  private static String label(String text) {
    int colon = text.indexOf('：');
    if (colon < 0 || colon > MAX_LABEL) {
      colon = text.indexOf(": ");
    }
    return colon > 0 && colon <= MAX_LABEL && !text.substring(0, colon).contains("[")
        ? text.substring(0, colon + 1)
        : "";
  }

  /** The longest label an answer opens with, in characters (“十五五”时期实绩). */
  private static final int MAX_LABEL = 40;

  public Answer withNotice(String newNotice) {
    return new Answer(query, resolvedQuestion, refused, text, quotes, sources, newNotice);
  }

  public Answer withResolvedQuestion(String resolved) {
    return new Answer(query, resolved, refused, text, quotes, sources, notice);
  }
}
