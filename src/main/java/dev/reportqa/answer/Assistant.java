package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Language;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.query.QuestionParts;
import dev.reportqa.retrieve.HybridRetriever;
import dev.reportqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One conversation with the report: each question is analyzed, retrieved for and answered, and the
 * last turn is kept so that the next question can be a follow-up. Not thread-safe; one per
 * conversation.
 */
public final class Assistant {

  /** Passages shown as an answer's sources (and a refusal's leads). */
  public static final int RETRIEVED = 10;

  /**
   * Passages the answer stage reads from: more than it shows, so that a question naming a period
   * (今年的目标) still finds the best passages of that period when others rank above them.
   */
  public static final int POOL = 24;

  /** The longest question accepted, in characters. */
  public static final int MAX_QUESTION_LENGTH = 2000;

  private final QueryAnalyzer analyzer;
  private final HybridRetriever retriever;
  private final AnswerEngine engine;
  private final AnswerRefiner refiner;
  private final FollowUps followUps;
  private Answer last;

  /** The answers to the parts of the last question, when it asked several things. */
  private List<Answer> lastParts = List.of();

  public Assistant(QueryAnalyzer analyzer, HybridRetriever retriever, AnswerEngine engine) {
    this(analyzer, retriever, engine, AnswerRefiner.NONE);
  }

  public Assistant(
      QueryAnalyzer analyzer,
      HybridRetriever retriever,
      AnswerEngine engine,
      AnswerRefiner refiner) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.retriever = Objects.requireNonNull(retriever, "retriever");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.refiner = Objects.requireNonNull(refiner, "refiner");
    this.followUps = new FollowUps(analyzer, engine.templates());
  }

  /**
   * Answers a question in the context of this conversation.
   *
   * @throws IllegalArgumentException when the question is blank or longer than {@link
   *     #MAX_QUESTION_LENGTH}
   */
  public Answer ask(String question) {
    validate(question);
    List<String> parts = QuestionParts.split(question, analyzer::asksSomething);
    if (parts.size() == 1) {
      if (lastParts.size() > 1 && asksOfEach(question)) {
        return askOfEachPart(question);
      }
      lastParts = List.of();
      return askOne(question, false);
    }
    // A question that asks two things: each part in turn, a later one read as a follow-up of the
    // one before ("蔬菜呢？" after "今年粮食产量多少？"), then the answers together.
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      answers.add(askOne(parts.get(i), i > 0));
    }
    lastParts = List.copyOf(answers);
    last = Answer.together(question, answers);
    return last;
  }

  /** Words by which a follow-up asks the same of several things: 分别, 各自, each, respectively. */
  private static final java.util.regex.Pattern EACH =
      java.util.regex.Pattern.compile("分别|各自|各是|各为|(?i:\\b(each|respectively|both)\\b)");

  /**
   * Whether a question asks the same of each thing the question before asked about, naming none of
   * them itself ("目标各是多少？", "And the targets for each?").
   */
  private boolean asksOfEach(String question) {
    AnalyzedQuery query = analyzer.analyze(question);
    return EACH.matcher(question).find()
        && (query.leansOnPrevious() || engine.namesNothingKnown(query, retriever.index()));
  }

  /**
   * A follow-up of a question in several parts that asks of each ("去年A产量多少？B呢？" then "目标各是 多少？"):
   * it is read as a follow-up of each part in turn, and the answers stand together. Resolved
   * against the last part only, it would ask of that part alone.
   */
  private Answer askOfEachPart(String question) {
    List<Answer> answers = new ArrayList<>();
    for (Answer part : lastParts) {
      last = part;
      answers.add(askOne(question, false));
    }
    lastParts = List.copyOf(answers);
    last = Answer.together(question, answers);
    return last;
  }

  /**
   * @param laterPart whether the question is a later part of one question: it leans on the part
   *     before also when it names only an action ("去年建成了多少？" after "高标准农田要建多少亩？")
   */
  private Answer askOne(String question, boolean laterPart) {
    AnalyzedQuery query = analyzer.analyze(question);
    AnalyzedQuery typed = query;
    String resolved = "";
    boolean followUp =
        last != null
            && (query.leansOnPrevious()
                || engine.namesNothingKnown(query, retriever.index())
                || (laterPart && analyzer.namesOnlyActions(query)));
    if (followUp) {
      FollowUps.Resolution resolution = followUps.resolve(last.query(), query);
      query = resolution.query();
      resolved = resolution.wording();
    } else if (last == null && asksGrowthOfNothing(query) && !analyzer.pointsBack(query)) {
      FollowUps.Resolution resolution =
          followUps.resolve(
              analyzer.analyze(
                  query.language() == Language.ZH ? ECONOMY_GROWTH_ZH : ECONOMY_GROWTH_EN),
              query);
      query = resolution.query();
      resolved = resolution.wording();
    }
    Answer offline = answerOf(query).withResolvedQuestion(resolved);
    if (followUp
        && namesItsOwnSubject(typed)
        && (offline.refused() || !namesWord(typed, quoted(offline)))) {
      // "And the cargo?" after a question about passenger traffic: the follow-up's own subject
      // replaces the previous one when the report does not answer the two together, or answers
      // them with a passage that does not hold the follow-up's word and the subject alone finds
      // one that does; the period and, where it fits, the kind of thing asked stay.
      for (FollowUps.Reading reading :
          List.of(FollowUps.Reading.OWN_SUBJECT, FollowUps.Reading.OWN_QUESTION)) {
        FollowUps.Resolution alone = followUps.resolve(last.query(), typed, reading);
        Answer own = answerOf(alone.query()).withResolvedQuestion(alone.wording());
        if (answersAfresh(own, typed) && (offline.refused() || namesWord(typed, quoted(own)))) {
          offline = own;
          break;
        }
      }
    }
    Answer answer = refiner.refine(offline, last);
    last = answer;
    return answer;
  }

  /**
   * Whether a follow-up names a subject the report speaks of and does not point back at the one
   * before with a pronoun ("它的增速呢" keeps the previous subject).
   */
  private boolean namesItsOwnSubject(AnalyzedQuery typed) {
    return typed.leansOnPrevious()
        && !analyzer.usesPronoun(typed)
        && !engine.namesNothingKnown(typed, retriever.index());
  }

  /**
   * Whether an answer to a follow-up says something about the follow-up's subject: not a refusal,
   * quoting a passage that names the subject, and not the answer before again unless that names the
   * follow-up's own word.
   */
  private boolean answersAfresh(Answer answer, AnalyzedQuery typed) {
    String quoted = quoted(answer);
    return !answer.refused()
        && engine.speaksOf(typed, quoted, retriever.index())
        && (!answer.quotes().equals(last.quotes()) || namesWord(typed, quoted));
  }

  private static String quoted(Answer answer) {
    return String.join(" ", answer.quotes().stream().map(Quote::text).toList());
  }

  /**
   * Whether a text holds one of a question's subject words as written, or one of their
   * translations: the answer before may answer a follow-up too ("那农村呢？" after a sentence giving 城镇
   * and 农村 figures), when it names the follow-up's own word and not only a part of it.
   */
  private static boolean namesWord(AnalyzedQuery query, String text) {
    return query.subjectTerms().stream().anyMatch(t -> t.length() >= 2 && text.contains(t))
        || query.translations().stream()
            .flatMap(t -> t.chinese().stream())
            .anyMatch(w -> w.length() >= 2 && text.contains(w));
  }

  /** The offline answer to a question as analyzed, from the passages retrieved for it. */
  private Answer answerOf(AnalyzedQuery analyzed) {
    AnalyzedQuery query = analyzed;
    List<dev.reportqa.report.Report> reports = retriever.index().reports();
    query =
        query.withoutPlaces(
            reports.stream()
                .flatMap(r -> r.metadata().placeNames().stream())
                .collect(java.util.stream.Collectors.toSet()),
            words ->
                reports.stream()
                    .anyMatch(r -> r.lines().stream().anyMatch(l -> l.contains(words))));
    List<Passage> passages = retriever.retrieve(query, POOL);
    return engine.answer(query, passages, retriever.index());
  }

  /**
   * In a government work report, growth said of nothing is the economy's: "今年的增长目标是多少？" opening a
   * conversation asks for the growth of the gross regional product, the first target of every
   * report. Read as a follow-up of this question, it says so in its restatement.
   */
  static final String ECONOMY_GROWTH_ZH = "地区生产总值增长多少？";

  static final String ECONOMY_GROWTH_EN = "How much did GDP grow?";

  private static boolean asksGrowthOfNothing(AnalyzedQuery query) {
    return query.intent() == dev.reportqa.query.Intent.GROWTH
        && query.subjectTerms().isEmpty()
        && query.translations().isEmpty();
  }

  /** Forgets the previous turn: the next question starts a new conversation. */
  public void reset() {
    last = null;
    lastParts = List.of();
  }

  /** The last answer given, or null at the start of a conversation. */
  public Answer last() {
    return last;
  }

  public static void validate(String question) {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("the question is empty");
    }
    if (question.length() > MAX_QUESTION_LENGTH) {
      throw new IllegalArgumentException(
          "the question is "
              + question.length()
              + " characters long; the limit is "
              + MAX_QUESTION_LENGTH);
    }
  }
}
