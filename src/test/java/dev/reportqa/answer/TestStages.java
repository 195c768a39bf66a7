package dev.reportqa.answer;

import dev.reportqa.TestIndex;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For tests of one answer stage: a small report written for the test, its sentences as passages in
 * their order, and the evidence a stage reads for a question over it, with the question reader the
 * shell uses.
 */
final class TestStages {

  private TestStages() {}

  static QueryAnalyzer analyzer() {
    return TestIndex.analyzer();
  }

  static AnswerTemplates templates() {
    return TestIndex.engine().templates();
  }

  static AnalyzedQuery ask(String question) {
    return analyzer().analyze(question);
  }

  /** A report of these lines, written as {@code r.txt} in a folder of the test's. */
  static Report report(Path dir, String... lines) {
    Path file = dir.resolve("r.txt");
    try {
      Files.writeString(file, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ReportLoader.load(file);
  }

  /** Every sentence of the report as a passage, in the report's order: the first ranks first. */
  static List<Passage> passages(Report report) {
    return new SentenceChunker()
        .chunk(report).stream().map(u -> new Passage(u, 1.0, 1.0, 1.0, 1, 1)).toList();
  }

  /** The evidence for a question over one report, its subject read from the report's words. */
  static Evidence evidence(AnalyzedQuery query, Report report, List<Passage> passages) {
    return new Evidence(List.of(report), passages, Citation.LINES, subject(query, report));
  }

  /** The question's subject as the report's words see it, as the engine reads it. */
  static SubjectCoverage subject(AnalyzedQuery query, Report report) {
    List<Unit> units = new SentenceChunker().chunk(report);
    QueryAnalyzer a = analyzer();
    return SubjectCoverage.of(
        query, a.synonyms(), a::contentWords, new TermStats(units), report.metadata().placeNames());
  }
}
