package dev.reportqa.answer;

import static dev.reportqa.answer.TestStages.ask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.ClauseSplitter;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote around the chosen clause: its subject, its list, or its parallel clauses. */
class SpanBuilderTest {

  private final Report report =
      TestStages.report(
          "某某镇政府工作报告",
          "一、工作回顾",
          "带头学习理论，带头遵守纪律，带头服务群众，推动工作落实。",
          "还存在一些困难，主要是：产业基础不强；创新能力不足；民生短板较多。",
          "带头学习理论，带头遵守纪律，推动工作落实。",
          "全镇工业产值稳步提升，达到 12.5 亿元。",
          "瞄准甲领域，建设某某谷，培育壮大未来甲产业。瞄准乙领域，培育壮大未来乙产业。瞄准丙领域，推动丙项目，培育壮大未来丙产业。");
  private final List<Passage> passages = TestStages.passages(report);
  private final ClauseScorer scorer = TestStages.scorer();
  private final SpanBuilder spans = new SpanBuilder(scorer, AnswerWeights.bundled());

  /** The clauses of the sentence on a line. */
  private List<Clause> clausesOf(int line) {
    return ClauseSplitter.split(TestStages.on(passages, line).unit());
  }

  private static List<String> texts(List<Clause> clauses) {
    return clauses.stream().map(Clause::text).toList();
  }

  @Test
  void should_take_the_parallel_clauses_around_the_chosen_one() {
    // given
    List<Clause> clauses = clausesOf(3);

    // when
    List<Clause> around = SpanBuilder.parallelSpan(clauses, 1);

    // then
    assertThat(texts(around)).containsExactly("带头学习理论", "带头遵守纪律", "带头服务群众");
  }

  @Test
  void should_take_no_parallel_clauses_when_fewer_than_three_open_alike() {
    // when / then
    assertThat(SpanBuilder.parallelSpan(clausesOf(5), 0)).isEmpty();
    assertThat(SpanBuilder.parallelSpan(clausesOf(3), 3)).isEmpty();
  }

  @Test
  void should_take_the_parallel_clauses_of_the_paragraph_s_sentences() {
    // given: the middle sentence's last clause
    Clause chosen =
        passages.stream()
            .flatMap(p -> ClauseSplitter.split(p.unit()).stream())
            .filter(c -> c.text().equals("培育壮大未来乙产业"))
            .findFirst()
            .orElseThrow();

    // when
    List<Clause> items = SpanBuilder.parallelSentences(chosen);

    // then: one item from each sentence, each with its line
    assertThat(texts(items)).containsExactly("培育壮大未来甲产业", "培育壮大未来乙产业", "培育壮大未来丙产业");
    assertThat(items).allSatisfy(c -> assertThat(c.unit().lines()).containsExactly(7));
  }

  @Test
  void should_take_no_parallel_sentences_within_one_sentence_or_below_three() {
    // when / then: the parallel clauses of line 3 stand in one sentence, those of line 5 are two
    assertThat(SpanBuilder.parallelSentences(clausesOf(3).get(0))).isEmpty();
    assertThat(SpanBuilder.parallelSentences(clausesOf(5).get(0))).isEmpty();
  }

  @Test
  void should_take_the_enumeration_a_clause_introduces_with_a_colon() {
    // given
    List<Clause> clauses = clausesOf(4);

    // when
    List<Clause> fromLead = SpanBuilder.enumerationSpan(clauses, 0);
    List<Clause> fromItem = SpanBuilder.enumerationSpan(clauses, 3);

    // then
    assertThat(texts(fromLead)).containsExactly("产业基础不强", "创新能力不足", "民生短板较多");
    assertThat(fromItem).isEqualTo(fromLead);
    assertThat(SpanBuilder.enumerationSpan(clausesOf(3), 0)).isEmpty();
  }

  @Test
  void should_quote_adjacent_clauses_as_one_with_the_punctuation_between() {
    // given
    List<Clause> clauses = clausesOf(3);

    // when
    List<Quote> quotes =
        SpanBuilder.quotes(List.of(clauses.get(0), clauses.get(1), clauses.get(3)));

    // then
    assertThat(quotes)
        .containsExactly(
            new Quote("r.txt", "带头学习理论，带头遵守纪律", List.of(3)),
            new Quote("r.txt", "推动工作落实", List.of(3)));
  }

  @Test
  void should_quote_the_clause_naming_the_subject_before_the_figure() {
    // given: the figure's own clause does not name 工业产值
    AnalyzedQuery query = ask("工业产值是多少？");
    List<Passage> pool = List.of(TestStages.on(passages, 6));
    Evidence evidence = TestStages.evidence(query, report, pool);
    Candidate figure = scorer.best(query, pool, pool, evidence, "").orElseThrow();

    // when
    List<Quote> quotes = spans.quotes(figure, evidence.subject(), query);

    // then
    assertThat(figure.clause().text()).isEqualTo("达到 12.5 亿元");
    assertThat(quotes).containsExactly(new Quote("r.txt", "全镇工业产值稳步提升，达到 12.5 亿元", List.of(6)));
  }

  @Test
  void should_quote_a_list_question_s_parallel_clauses_whole() {
    // given
    AnalyzedQuery query = ask("要带头做好哪些事？");
    List<Passage> pool = List.of(TestStages.on(passages, 3));
    Evidence evidence = TestStages.evidence(query, report, pool);
    Candidate first =
        scorer.candidates(query, pool, pool, evidence).stream()
            .filter(c -> c.clause().index() == 0)
            .findFirst()
            .get();

    // when
    List<Quote> quotes = spans.quotes(first, evidence.subject(), query);

    // then
    assertThat(quotes).containsExactly(new Quote("r.txt", "带头学习理论，带头遵守纪律，带头服务群众", List.of(3)));
  }
}
