package dev.reportqa.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.report.TimeReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Question analysis on a table of questions written for this test. */
class QueryAnalyzerTest {

  private final QueryAnalyzer analyzer = TestIndex.analyzer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "上半年外贸出口额多少？ | ZH | AMOUNT | ACHIEVED | MONEY",
        "今年的农业增加值目标增长多少？ | ZH | GROWTH | TARGET | ANY",
        "某某县下半年计划新开工多少个园区项目？ | ZH | AMOUNT | TARGET | COUNT",
        "户籍人口医保参保率是多少？ | ZH | AMOUNT | UNSPECIFIED | RATE",
        "低收入农户有多少户增收了？ | ZH | AMOUNT | UNSPECIFIED | COUNT",
        "招商签约了哪些项目？ | ZH | LIST | ACHIEVED | ANY",
        "粮食产量在全县排第几？ | ZH | RANK | UNSPECIFIED | ANY",
        "这份报告是谁在大会上作的？ | ZH | PERSON | UNSPECIFIED | ANY",
        "消防安全整治开展了吗？ | ZH | FACT | UNSPECIFIED | ANY",
        "How much did foreign trade exports grow in the first half? | EN | GROWTH | ACHIEVED | ANY",
        "What is the full-year target for tourist numbers? | EN | FACT | TARGET | ANY",
        "How many new jobs does the town plan to create? | EN | AMOUNT | TARGET | COUNT",
        "What is the population of the town? | EN | AMOUNT | UNSPECIFIED | PEOPLE",
        "Which companies moved into the service industry park? | EN | LIST | UNSPECIFIED | ANY",
        "Did fire incidents go down? | EN | FACT | ACHIEVED | ANY",
        "Who gave this report? | EN | PERSON | UNSPECIFIED | ANY",
        // A follow-up naming a new subject keeps the previous ask, so its own intent stays open.
        "那财政收入呢？ | ZH | FACT | UNSPECIFIED | MONEY",
        "When it comes to exports, how much did they grow? | EN | GROWTH | ACHIEVED | ANY",
        "Where does grain output stand within the county? | EN | RANK | UNSPECIFIED | ANY",
        // "How much did it go up" asks for a change; "what are they …" has a pronoun as its
        // subject, and "what were total …" names an amount: neither asks for a list.
        "By how much did the county's farm output go up last year? | EN | GROWTH | ACHIEVED | ANY",
        "What are they aiming for in grain output, then? | EN | FACT | TARGET | ANY",
        "What were total tax receipts of the county in the first half? | EN | AMOUNT | ACHIEVED | ANY",
        "What are the main tasks of the county government? | EN | LIST | UNSPECIFIED | ANY",
        "What are the industries the 某某 county wants to grow? | EN | LIST | UNSPECIFIED | ANY",
        // 哪六个 asks for a list as 哪五个 does; 排老几 asks for a rank; "what level of" for a figure
        "某某县说的六大主导产业具体指哪六个？ | ZH | LIST | UNSPECIFIED | ANY",
        "某某县粮食产量在全市排老几？ | ZH | RANK | UNSPECIFIED | ANY",
        "What level of grain output does the 某某 county want to keep? | EN | AMOUNT | UNSPECIFIED | ANY",
        "How much did the 某某 county's farm value added grow in H1? | EN | GROWTH | ACHIEVED | ANY"
      })
  void should_read_language_intent_period_and_measure(
      String question, Language language, Intent intent, Frame frame, Measure measure) {
    AnalyzedQuery q = analyzer.analyze(question);

    assertThat(q.language()).isEqualTo(language);
    assertThat(q.intent()).isEqualTo(intent);
    assertThat(q.frame()).isEqualTo(frame);
    assertThat(q.measure()).isEqualTo(measure);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "上半年外贸出口额多少？ | 外贸出口额",
        "GDP上半年是多少？ | GDP",
        "高技能人才和青年硕博士新增了多少？ | 高技能人才,青年硕博士",
        "PM2.5平均浓度下降多少？ | PM2.5平均浓度",
        "五千万元以上的项目多少个？ | 项目,五千万元以上",
        // A first clause made only of request words is a preface, not part of the subject.
        "帮我查一下，去年某某县粮食产量是多少？ | 某某县粮食产量",
        "麻烦您，某某县上半年旅游收入多少？ | 某某县,旅游收入",
        // Growth or size of the economy alone is its output; a qualified economy stays itself.
        "某某县去年经济增长多少？ | 某某县,经济增长",
        "某某县民营经济增长多少？ | 某某县民营经济",
        // "百分之几" asks for a rate; "文件里说的" points at the report: neither is a subject
        "某某县刑事案件立案数降了百分之几？ | 某某县刑事案件立案数",
        "文件里说的某某县主导产业是哪些？ | 某某县主导产业"
      })
  void should_keep_the_subject_words_and_drop_cue_words(String question, String terms) {
    assertThat(analyzer.analyze(question).subjectTerms()).containsExactly(terms.split(","));
  }

  @Test
  void should_translate_english_terms_and_report_unknown_words() {
    AnalyzedQuery q =
        analyzer.analyze(
            "How much fixed-asset investment was there in the first half of 2024, zorblax?");

    assertThat(q.subjectTerms()).containsExactly("固定资产投资");
    assertThat(q.translations())
        .extracting(AnalyzedQuery.Translation::english)
        .containsExactly("fixed-asset investment");
    assertThat(q.unknownWords()).containsExactly("zorblax");
    assertThat(q.frame()).isEqualTo(Frame.ACHIEVED);
  }

  @Test
  void should_look_a_hyphenated_word_up_whole_before_its_parts() {
    AnalyzedQuery q = analyzer.analyze("Which place is to become the sub-centre of the region?");

    assertThat(q.subjectTerms()).contains("副中心");
    assertThat(q.translations())
        .extracting(AnalyzedQuery.Translation::english)
        .contains("sub-centre")
        .doesNotContain("sub");
  }

  @Test
  void should_keep_chinese_words_written_into_an_english_question() {
    assertThat(analyzer.analyze("What does 共同富裕 mean for farmers?").subjectTerms())
        .contains("共同富裕");
  }

  @Test
  void should_drop_cue_phrases_that_name_no_subject() {
    AnalyzedQuery q = analyzer.analyze("And where does it stand within the county?");

    assertThat(q.intent()).isEqualTo(Intent.RANK);
    assertThat(q.unknownWords()).doesNotContain("stand", "within");
    assertThat(analyzer.analyze("Which fairs are planned later this year?").unknownWords())
        .doesNotContain("later");
  }

  @Test
  void should_split_an_unknown_hyphenated_word_into_known_parts() {
    AnalyzedQuery q = analyzer.analyze("How many tourism-related projects were signed?");

    assertThat(q.translations()).extracting(AnalyzedQuery.Translation::english).contains("tourism");
    assertThat(q.unknownWords()).doesNotContain("tourism-related");
  }

  @Test
  void should_expand_abbreviations_through_the_synonym_lexicon() {
    AnalyzedQuery q = analyzer.analyze("固投增长多少？");

    assertThat(q.lexicalQuery()).anySatisfy(w -> assertThat(w.text()).isEqualTo("固定资产投资"));
    assertThat(q.denseQuery()).contains("固定资产投资");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"那营收呢？", "它增长了多少？", "And the target?", "What about the second half?"})
  void should_mark_a_question_that_leans_on_the_previous_one(String question) {
    assertThat(analyzer.analyze(question).leansOnPrevious()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "去年接待游客多少？, LAST_YEAR, 0, 0",
    "How many visitors came last year?, LAST_YEAR, 0, 0",
    "今年上半年GDP是多少？, THIS_YEAR FIRST_HALF, 0, 0",
    "2024年城镇新增就业多少？, '', 2024, 0",
    "十四五期间新增就业多少？, '', 0, 14",
    "“十五五”时期的目标是什么？, '', 0, 15",
    "What is the target for the 15th Five-Year Plan?, '', 0, 15",
    "过去五年城镇新增就业多少？, PAST_FIVE_YEARS, 0, 0",
    "What was GDP in 2023?, '', 2023, 0",
    "明年的目标呢？, NEXT_YEAR, 0, 0"
  })
  void should_read_the_time_a_question_names(String question, String words, int year, int plan) {
    // when
    TimeReference time = analyzer.analyze(question).time();

    // then
    java.util.Set<TimeReference.Word> expected =
        words.isBlank()
            ? java.util.Set.of()
            : java.util.Arrays.stream(words.split(" "))
                .map(TimeReference.Word::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    assertThat(time.words()).isEqualTo(expected);
    assertThat(time.year()).isEqualTo(year);
    assertThat(time.plan()).isEqualTo(plan);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2024年城镇新增就业多少？, 城镇", "十四五期间新增就业多少？, 就业"})
  void should_keep_years_and_plan_periods_out_of_the_subject(String question, String subject) {
    List<String> terms = analyzer.analyze(question).subjectTerms();

    assertThat(terms).contains(subject);
    assertThat(terms).noneMatch(t -> t.contains("2024") || t.contains("十四五") || t.contains("年"));
  }

  @Test
  void should_take_a_dictionary_phrase_longer_than_the_lexicon_word_it_starts_with() {
    // when
    AnalyzedQuery q =
        analyzer.analyze("How much went to 某某 trade-in subsidies for consumer goods?");

    // then
    assertThat(q.translations())
        .anySatisfy(t -> assertThat(t.english()).isEqualTo("consumer goods"))
        .noneSatisfy(t -> assertThat(t.english()).isEqualTo("consumer"));
    assertThat(q.subjectTerms()).contains("生活消费品");
  }

  @Test
  void should_read_h1_as_the_first_half_not_as_a_subject() {
    // when
    AnalyzedQuery q = analyzer.analyze("How much did 某某 exports grow in H1?");

    // then
    assertThat(q.subjectTerms()).doesNotContain("h1");
    assertThat(q.time().words()).contains(dev.reportqa.report.TimeReference.Word.FIRST_HALF);
  }

  @Test
  void should_keep_a_first_clause_that_names_something() {
    // when
    AnalyzedQuery q = analyzer.analyze("某某县粮食产量，去年比前年增长多少？");

    // then
    assertThat(q.subjectTerms()).contains("某某县粮食产量");
  }

  @Test
  void should_read_the_economy_asked_for_its_growth_as_its_output() {
    // when
    AnalyzedQuery growth = analyzer.analyze("How fast did the 某某 economy grow in the year before?");
    AnalyzedQuery size = analyzer.analyze("How big is the 某某 economy by now?");

    // then
    assertThat(growth.subjectTerms()).contains("经济增长").doesNotContain("经济");
    assertThat(size.subjectTerms()).contains("经济总量").doesNotContain("经济");
  }

  @Test
  void should_embed_an_english_question_as_its_time_subject_and_kind_in_chinese() {
    AnalyzedQuery q =
        TestIndex.analyzer().analyze("What is the foreign trade growth target this year?");

    assertThat(q.denseQuery()).isEqualTo("今年 外贸 增长 目标");
    assertThat(
            QueryAnalyzer.chineseGist(
                TimeReference.NONE.with(TimeReference.Word.LAST_YEAR),
                List.of("粮食产量"),
                Intent.AMOUNT,
                Frame.ACHIEVED))
        .isEqualTo("去年 粮食产量");
  }
}
