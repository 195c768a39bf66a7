package dev.reportqa.llm;

import dev.reportqa.answer.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides whether a generated answer may be shown: only when the report, as given to the model,
 * backs it.
 *
 * <ul>
 *   <li>A reply holding the {@link #REFUSAL_MARKER} is a refusal, whatever else it says: the answer
 *       prompt asks the model to reply with that line alone when the passages do not answer.
 *   <li>Otherwise the answer must cite at least one line, every line it cites (both ends of a
 *       range) must be a line of a passage it was given, and every figure in it must occur, as a
 *       whole number, in one of the passages it cites.
 * </ul>
 */
final class AnswerVerifier {

  /**
   * What the model replies when the passages do not answer. A fixed token rather than a sentence:
   * easy to spot in any language, and unlikely in a real answer.
   */
  static final String REFUSAL_MARKER = "NOT_IN_REPORT";

  /** Reasoning models (DeepSeek-R1, Qwen3) may put their thinking first; it is not the answer. */
  private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");

  /** The outcome of a check. */
  sealed interface Verdict {}

  /**
   * @param text the answer as the model wrote it, trimmed
   * @param quotes the passages it cites, each with the lines cited of it, in citation order
   */
  record Verified(String text, List<Quote> quotes) implements Verdict {
    Verified {
      Objects.requireNonNull(text, "text");
      quotes = List.copyOf(quotes);
    }
  }

  /** The model said the passages do not answer. */
  record Refused() implements Verdict {}

  /** The answer is not backed by the passages; it must not be shown. */
  record Rejected(Reason reason) implements Verdict {}

  /** The reply without any thinking block, trimmed; empty when there is nothing else. */
  static String answerPart(String reply) {
    return reply == null ? "" : THINKING.matcher(reply).replaceAll("").strip();
  }

  /**
   * @param reply the model's reply as received
   * @param given the passages the model was given
   */
  Verdict verify(String reply, List<Evidence> given) {
    String text = answerPart(reply);
    if (text.isEmpty()) {
      return new Rejected(Reason.of(Reason.EMPTY));
    }
    if (Citations.normalize(text).contains(REFUSAL_MARKER)) {
      return new Refused();
    }
    List<LineRange> citations = Citations.parse(text);
    if (citations.isEmpty()) {
      return new Rejected(Reason.of(Reason.UNCITED));
    }
    Set<Integer> givenLines = new TreeSet<>();
    given.forEach(e -> givenLines.addAll(e.lines()));
    Set<String> unknown = new LinkedHashSet<>();
    Set<Integer> cited = new LinkedHashSet<>();
    for (LineRange r : citations) {
      if (r.from() > r.to() || !givenLines.contains(r.from()) || !givenLines.contains(r.to())) {
        unknown.add(r.toString());
        continue;
      }
      givenLines.stream().filter(l -> l >= r.from() && l <= r.to()).forEach(cited::add);
    }
    if (!unknown.isEmpty()) {
      return new Rejected(Reason.of(Reason.UNKNOWN_LINE, "lines", String.join(", ", unknown)));
    }
    Map<Evidence, List<Integer>> citedEvidence = citedEvidence(given, cited);
    List<String> unbacked =
        Numbers.in(text).stream()
            .filter(
                n -> citedEvidence.keySet().stream().noneMatch(e -> Numbers.occursIn(n, e.text())))
            .toList();
    if (!unbacked.isEmpty()) {
      return new Rejected(
          Reason.of(Reason.UNBACKED_NUMBER, "numbers", String.join(", ", unbacked)));
    }
    List<Quote> quotes = new ArrayList<>();
    citedEvidence.forEach((e, lines) -> quotes.add(new Quote(e.report(), e.text(), lines)));
    return new Verified(text, quotes);
  }

  /** The passages holding a cited line, in the order their lines are first cited. */
  private static Map<Evidence, List<Integer>> citedEvidence(
      List<Evidence> given, Set<Integer> cited) {
    Map<Evidence, List<Integer>> out = new LinkedHashMap<>();
    for (int line : cited) {
      for (Evidence e : given) {
        if (e.lines().contains(line)) {
          List<Integer> lines = out.computeIfAbsent(e, k -> new ArrayList<>());
          if (!lines.contains(line)) {
            lines.add(line);
          }
        }
      }
    }
    out.replaceAll((e, lines) -> lines.stream().sorted().toList());
    return out;
  }
}
