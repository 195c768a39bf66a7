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
 * backs what it says. The checks read the answer's meaning where it can be read without a model —
 * its quotations, its figures and what they measure — sentence by sentence.
 *
 * <ol>
 *   <li>The reply is cleaned first: the thinking block dropped, carriage returns made line breaks,
 *       control and format characters dropped. What is checked is what is shown.
 *   <li>A reply holding the {@link #REFUSAL_MARKER} is a refusal, whatever else it says.
 *   <li>An answer longer than {@link #MAX_ANSWER_CHARS} is not an answer.
 *   <li>Every cited line (both ends of a range) must be a line of a passage the model was given,
 *       and none may be a line that reads as an instruction to a model ({@link Instructions}).
 *   <li>Each sentence is one claim and must cite its own lines; a sentence is checked against the
 *       passages holding the lines it cites, not those another sentence cites.
 *   <li>Every quoted span (“…”, 「…」, "…") holding a Chinese character must stand verbatim, spaces
 *       aside, in a cited passage; an ellipsis inside it splits it into parts that must each stand.
 *   <li>Every figure ({@link Figures}: Arabic, full-width, Arabic-Indic and Chinese numerals, with
 *       万/亿 applied) must equal a figure of a cited passage with the same unit, and when the words
 *       before it name what it measures, that figure's words must share a word with them: {@code 营收
 *       800 万人次} is not backed by {@code 游客量突破 800 万人次}.
 * </ol>
 *
 * <p>What it cannot check: a claim with neither a figure nor a quotation is checked for its
 * citation only, and an English answer's words are not compared with the Chinese (its figures and
 * quotations are).
 */
final class AnswerVerifier {

  /**
   * What the model replies when the passages do not answer. A fixed token rather than a sentence:
   * easy to spot in any language, and unlikely in a real answer.
   */
  static final String REFUSAL_MARKER = "NOT_IN_REPORT";

  /**
   * The longest answer shown, in characters: the prompts ask for one to three short sentences (a
   * brief's summary for two to four); anything ten times longer is not what was asked for.
   */
  static final int MAX_ANSWER_CHARS = 1_000;

  /** Where the words before a figure in an answer begin: after a clause mark or the last figure. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:、，；：]");

  /** Where a passage's clauses end. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，。；！？,;!?\\n]");

  /** Characters that make a sentence more than a citation or punctuation. */
  private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");

  private final ClaimWords words;
  private final Instructions instructions;

  AnswerVerifier() {
    this(ClaimWords.bundled(), Instructions.bundled());
  }

  AnswerVerifier(ClaimWords words, Instructions instructions) {
    this.words = Objects.requireNonNull(words, "words");
    this.instructions = Objects.requireNonNull(instructions, "instructions");
  }

  /** The outcome of a check. */
  sealed interface Verdict {}

  /**
   * @param text the answer as it may be shown: cleaned, trimmed
   * @param quotes what it stands on, in citation order: for each cited passage the clauses holding
   *     the figures and quotations it backs (the whole passage when the sentence has neither), with
   *     the lines cited of it
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

  /** The reply cleaned as {@link ClaimText#clean} cleans it; empty when there is nothing else. */
  static String answerPart(String reply) {
    return ClaimText.clean(reply);
  }

  /** Whether a passage reads as an instruction to a model, and so is never a source. */
  boolean flagged(Evidence evidence) {
    return instructions.inText(evidence.text());
  }

  /**
   * @param reply the model's reply as received
   * @param given the passages the model was given
   */
  Verdict verify(String reply, List<Evidence> given) {
    String text = ClaimText.clean(reply);
    if (text.isEmpty()) {
      return new Rejected(Reason.of(Reason.EMPTY));
    }
    String normalized = ClaimText.normalize(text);
    if (normalized.contains(REFUSAL_MARKER)) {
      return new Refused();
    }
    if (text.length() > MAX_ANSWER_CHARS) {
      return new Rejected(Reason.of(Reason.TOO_LONG));
    }
    List<LineRange> citations = Citations.parse(normalized);
    if (citations.isEmpty()) {
      return new Rejected(Reason.of(Reason.UNCITED));
    }
    Set<Integer> givenLines = new TreeSet<>();
    given.forEach(e -> givenLines.addAll(e.lines()));
    Set<String> unknown = new LinkedHashSet<>();
    for (LineRange r : citations) {
      if (r.from() > r.to() || !givenLines.contains(r.from()) || !givenLines.contains(r.to())) {
        unknown.add(r.toString());
      }
    }
    if (!unknown.isEmpty()) {
      return new Rejected(Reason.of(Reason.UNKNOWN_LINE, "lines", String.join(", ", unknown)));
    }
    Set<Integer> flaggedLines = new TreeSet<>();
    given.stream().filter(this::flagged).forEach(e -> flaggedLines.addAll(e.lines()));
    Set<String> injected = new LinkedHashSet<>();
    for (LineRange r : citations) {
      flaggedLines.stream()
          .filter(l -> l >= r.from() && l <= r.to())
          .forEach(l -> injected.add("L" + l));
    }
    if (!injected.isEmpty()) {
      return new Rejected(Reason.of(Reason.INSTRUCTION_LINE, "lines", String.join(", ", injected)));
    }
    Support support = new Support();
    for (Claim claim : claims(normalized)) {
      Reason problem = check(claim, given, givenLines, support);
      if (problem != null) {
        return new Rejected(problem);
      }
    }
    return new Verified(text, support.quotes());
  }

  /** A sentence of the answer: its words without citations, and the lines it cites. */
  private record Claim(String body, List<LineRange> citations) {}

  /** The sentences of a normalized answer; a piece that is only a citation joins the one before. */
  private static List<Claim> claims(String normalized) {
    List<Claim> out = new ArrayList<>();
    for (String sentence : ClaimText.sentences(normalized)) {
      List<LineRange> cited = Citations.parse(sentence);
      String body = Citations.strip(sentence).strip();
      if (!WORDLIKE.matcher(body).find()) {
        if (!cited.isEmpty() && !out.isEmpty()) {
          Claim last = out.remove(out.size() - 1);
          List<LineRange> all = new ArrayList<>(last.citations());
          all.addAll(cited);
          out.add(new Claim(last.body(), all));
        }
        continue;
      }
      out.add(new Claim(body, cited));
    }
    return out;
  }

  /** The problem with one claim, or null when the passages it cites back it. */
  private Reason check(
      Claim claim, List<Evidence> given, Set<Integer> givenLines, Support support) {
    if (claim.citations().isEmpty()) {
      return Reason.of(Reason.UNCITED_SENTENCE);
    }
    Map<Evidence, List<Integer>> cited = citedEvidence(given, givenLines, claim.citations());
    List<Passage> passages = cited.keySet().stream().map(this::passage).toList();
    Map<Evidence, Set<String>> clauses = new LinkedHashMap<>();
    for (String part : ClaimText.quotedParts(claim.body())) {
      Passage holder =
          passages.stream().filter(p -> p.compact().contains(part)).findFirst().orElse(null);
      if (holder == null) {
        return Reason.of(Reason.UNQUOTED);
      }
      clauses
          .computeIfAbsent(holder.evidence(), k -> new LinkedHashSet<>())
          .add(holder.clauseHolding(part));
    }
    List<Figures.Figure> figures = Figures.in(claim.body());
    List<String> unbacked = new ArrayList<>();
    List<String> misattributed = new ArrayList<>();
    int previousEnd = 0;
    for (Figures.Figure f : figures) {
      Set<String> measure = ClaimText.measureWords(before(claim.body(), f, previousEnd), generic());
      previousEnd = f.end();
      List<PassageFigure> backing =
          passages.stream()
              .flatMap(p -> p.figures().stream())
              .filter(g -> f.backedBy(g.figure()))
              .toList();
      if (backing.isEmpty()) {
        unbacked.add(f.written());
        continue;
      }
      List<PassageFigure> same =
          measure.isEmpty()
              ? backing
              : backing.stream().filter(g -> shares(g.measure(), measure)).toList();
      if (same.isEmpty()) {
        misattributed.add(f.written());
        continue;
      }
      PassageFigure g = same.get(0);
      clauses.computeIfAbsent(g.evidence(), k -> new LinkedHashSet<>()).add(g.clause());
    }
    if (!unbacked.isEmpty()) {
      return Reason.of(Reason.UNBACKED_NUMBER, "numbers", String.join(", ", unbacked));
    }
    if (!misattributed.isEmpty()) {
      return Reason.of(Reason.WRONG_MEASURE, "numbers", String.join(", ", misattributed));
    }
    if (clauses.isEmpty()) {
      // Nothing narrower to show: the sentence stands on the passages it cites as a whole.
      cited.forEach((e, lines) -> support.add(e, lines, Set.of(e.text())));
    } else {
      clauses.forEach((e, texts) -> support.add(e, cited.get(e), texts));
    }
    return null;
  }

  private List<String> generic() {
    return words.generic();
  }

  private static boolean shares(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  /** The words before a figure of an answer: from its clause's start or the previous figure. */
  private static String before(String body, Figures.Figure f, int previousEnd) {
    int start = previousEnd;
    var m = CLAUSE_MARK.matcher(body);
    while (m.find() && m.start() < f.start()) {
      start = Math.max(start, m.end());
    }
    return start >= f.start() ? "" : body.substring(start, f.start());
  }

  /** The passages holding any line a claim cites, each with the lines cited of it. */
  private static Map<Evidence, List<Integer>> citedEvidence(
      List<Evidence> given, Set<Integer> givenLines, List<LineRange> citations) {
    Map<Evidence, List<Integer>> out = new LinkedHashMap<>();
    for (LineRange r : citations) {
      for (int line : givenLines) {
        if (line < r.from() || line > r.to()) {
          continue;
        }
        for (Evidence e : given) {
          if (e.lines().contains(line)) {
            List<Integer> lines = out.computeIfAbsent(e, k -> new ArrayList<>());
            if (!lines.contains(line)) {
              lines.add(line);
            }
          }
        }
      }
    }
    out.replaceAll((e, lines) -> lines.stream().sorted().toList());
    return out;
  }

  /**
   * A figure of a passage, with the clause it stands in and the words that say what it measures.
   */
  private record PassageFigure(
      Evidence evidence, String clause, Figures.Figure figure, Set<String> measure) {}

  /** A cited passage as the checks read it. */
  private record Passage(Evidence evidence, String compact, List<PassageFigure> figures) {

    /** The clause of the passage where a quoted part starts; the whole passage when it spans. */
    String clauseHolding(String part) {
      for (String clause : CLAUSE_END.split(evidence.text())) {
        if (ClaimText.compact(ClaimText.normalize(clause)).contains(part)) {
          return clause.strip();
        }
      }
      return evidence.text();
    }
  }

  private Passage passage(Evidence e) {
    List<PassageFigure> figures = new ArrayList<>();
    StringBuilder earlier = new StringBuilder();
    for (String raw : CLAUSE_END.split(e.text())) {
      String clause = raw.strip();
      if (clause.isEmpty()) {
        continue;
      }
      String normalized = ClaimText.normalize(clause);
      for (Figures.Figure f : Figures.in(normalized)) {
        Set<String> measure = ClaimText.measureWords(normalized.substring(0, f.start()), generic());
        if (measure.isEmpty()) {
          // 完成工业投资 9.6 亿元，同比增长 12%: the growth's subject is in an earlier clause.
          measure = ClaimText.measureWords(earlier + normalized.substring(0, f.start()), generic());
        }
        figures.add(new PassageFigure(e, clause, f, measure));
      }
      earlier.append(normalized).append(' ');
    }
    return new Passage(e, ClaimText.compact(ClaimText.normalize(e.text())), figures);
  }

  /** What the answer stands on, collected claim by claim in citation order. */
  private static final class Support {
    private final Map<Evidence, List<Integer>> lines = new LinkedHashMap<>();
    private final Map<Evidence, Set<String>> clauses = new LinkedHashMap<>();

    void add(Evidence e, List<Integer> cited, Set<String> texts) {
      lines.merge(
          e,
          cited,
          (a, b) -> {
            Set<Integer> all = new TreeSet<>(a);
            all.addAll(b);
            return List.copyOf(all);
          });
      Set<String> held = clauses.computeIfAbsent(e, k -> new LinkedHashSet<>());
      if (texts.contains(e.text())) {
        held.clear();
        held.add(e.text());
      } else if (!held.contains(e.text())) {
        held.addAll(texts);
      }
    }

    List<Quote> quotes() {
      List<Quote> out = new ArrayList<>();
      lines.forEach(
          (e, cited) -> {
            for (String text : clauses.get(e)) {
              out.add(new Quote(e.report(), text, cited));
            }
          });
      return out;
    }
  }
}
