package dev.reportqa.answer;

import dev.reportqa.TestIndex;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Language;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

  /** The scorer with the bundled weights and the shell's cue words. */
  static ClauseScorer scorer() {
    return new ClauseScorer(AnswerWeights.bundled(), analyzer().cues());
  }

  /** The policy as the engine builds it. */
  static AnswerabilityPolicy policy() {
    QueryAnalyzer a = analyzer();
    return new AnswerabilityPolicy(
        templates(),
        a.cues(),
        new Vocabulary(a.bilingual(), a.synonyms(), a.cueWords(Language.ZH)),
        new Entities(a.resources().chinese().orElse(null)),
        new SpanBuilder(scorer(), AnswerWeights.bundled()),
        AnswerWeights.bundled());
  }

  static AnalyzedQuery ask(String question) {
    return analyzer().analyze(question);
  }

  /** A report of these lines, read from a file {@code r.txt} of its own (deleted on exit). */
  static Report report(String... lines) {
    try {
      Path dir = Files.createTempDirectory("stage");
      Path file = Files.writeString(dir.resolve("r.txt"), String.join("\n", lines) + "\n");
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return ReportLoader.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An annual report of 2025 in brief: a result of 2024 (line 4, a growth rate) and a target of
   * 2025 (line 6, an amount), both of 工业产值.
   */
  static Report annualReport() {
    return report(
        "2025年某某县政府工作报告",
        "2025年1月10日在某某县第十届人民代表大会第五次会议上",
        "一、2024年工作回顾",
        "全县工业生产稳步提升，工业产值增长 8%。",
        "二、2025年工作安排",
        "工业产值力争达到 120 亿元。");
  }

  /** Every sentence of the report as a passage, in the report's order: the first ranks first. */
  static List<Passage> passages(Report report) {
    return new SentenceChunker()
        .chunk(report).stream().map(u -> new Passage(u, 1.0, 1.0, 1.0, 1, 1)).toList();
  }

  /** The passage of the sentence on a line. */
  static Passage on(List<Passage> passages, int line) {
    return passages.stream().filter(p -> p.lines().equals(List.of(line))).findFirst().orElseThrow();
  }

  /** The evidence for a question over one report, its subject read from the report's words. */
  static Evidence evidence(AnalyzedQuery query, Report report, List<Passage> passages) {
    return new Evidence(List.of(report), passages, Citation.LINES, subject(query, report));
  }

  /** A direct answerer's answer to a question over one report, no passage retrieved. */
  static Optional<Answer> answer(DirectAnswerer stage, String question, Report report) {
    AnalyzedQuery query = ask(question);
    return stage.answer(query, evidence(query, report, List.of()));
  }

  /** The question's subject as the report's words see it, as the engine reads it. */
  static SubjectCoverage subject(AnalyzedQuery query, Report report) {
    List<Unit> units = new SentenceChunker().chunk(report);
    QueryAnalyzer a = analyzer();
    return SubjectCoverage.of(
        query, a.synonyms(), a::contentWords, new TermStats(units), report.metadata().placeNames());
  }
}
