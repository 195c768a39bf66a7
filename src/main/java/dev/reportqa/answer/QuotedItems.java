package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Intent;
import dev.reportqa.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direct answerer for a list question that quotes a word ("哪三个“优先”"): it asks for the parallel
 * items the report opens with that word (优先发展教育、优先保障就业…), whether they are headings, paragraph
 * openings or clauses. The items are the clauses that begin with the word, and the list is the
 * longest run of them standing close together (two or more).
 */
final class QuotedItems implements DirectAnswerer {

  /** A word a question quotes: “优先”, "…", 「…」. */
  private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」]{1,8})[”\"」]");

  /** The clauses of a line, cut at Chinese punctuation. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，。；：！？]");

  /** Items of one enumeration stand on one line or on lines next to each other. */
  static final int ITEM_LINE_GAP = 1;

  /** An item the quoted word opens is at most this long: a slogan, not a sentence. */
  static final int MAX_ITEM = 16;

  private final AnswerTemplates templates;

  QuotedItems(AnswerTemplates templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  /** The items, each cited, when a list question quotes a word that opens two or more of them. */
  @Override
  public Optional<Answer> answer(AnalyzedQuery query, Evidence evidence) {
    if (query.intent() != Intent.LIST) {
      return Optional.empty();
    }
    Matcher m = QUOTED.matcher(query.question());
    if (!m.find()) {
      return Optional.empty();
    }
    String word = m.group(1).strip();
    if (word.length() < 2) {
      return Optional.empty();
    }
    List<Quote> best = List.of();
    for (Report r : evidence.reports()) {
      List<Quote> run = longestRun(r, word);
      if (run.size() > best.size()) {
        best = run;
      }
    }
    if (best.size() < 2) {
      return Optional.empty();
    }
    String label =
        templates.get(query.language(), "label.items", Map.of("section", "“" + word + "”"));
    String text = AnswerRenderer.listed(label, best, evidence.citation());
    return Optional.of(new Answer(query, "", false, text, best, evidence.passages(), ""));
  }

  /** The longest run of a report's clauses that the word opens, on lines close together. */
  private static List<Quote> longestRun(Report report, String word) {
    List<Quote> best = List.of();
    List<Quote> run = new ArrayList<>();
    int lastLine = Integer.MIN_VALUE;
    for (int line = 1; line <= report.lineCount(); line++) {
      for (String clause : CLAUSE_END.split(report.line(line))) {
        String c = clause.strip().replaceAll("^[*#\\s]+|[*\\s]+$", "");
        if (!c.startsWith(word) || c.length() <= word.length() || c.length() > MAX_ITEM) {
          continue;
        }
        if (line - lastLine > ITEM_LINE_GAP) {
          run = new ArrayList<>();
        }
        if (run.stream().noneMatch(e -> e.text().equals(c))) {
          run.add(new Quote(report.name(), c, List.of(line)));
        }
        lastLine = line;
        if (run.size() > best.size()) {
          best = run;
        }
      }
    }
    return List.copyOf(best);
  }
}
