package dev.reportqa.eval;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.Assistant;
import dev.reportqa.retrieve.Passage;
import dev.reportqa.source.Locator;
import java.util.List;
import java.util.function.Supplier;

/** The report-qa pipeline itself, exactly as {@code ask} runs it, seen by the evaluation. */
public final class AssistantPipeline implements QaPipeline {

  /** Passages written to each record, at least the top 5 that the contract asks for. */
  static final int RECORDED_PASSAGES = 5;

  private final String name;
  private final Supplier<Assistant> assistants;

  /**
   * @param assistants makes a fresh assistant (a fresh conversation) over the same index
   */
  public AssistantPipeline(String name, Supplier<Assistant> assistants) {
    this.name = name;
    this.assistants = assistants;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Conversation newConversation() {
    Assistant assistant = assistants.get();
    return question -> reply(assistant.ask(question));
  }

  /**
   * The record of one answer in the contract of docs/design.md (The eval record contract), as
   * {@code eval --out} writes it and {@code ask --json} prints it.
   *
   * @param locator where the report's lines are in its file, for the cited places
   */
  public static EvalRecord record(
      String id, String question, Answer answer, double latencyMs, Locator locator) {
    Reply r = reply(answer);
    return new EvalRecord(
        id,
        question,
        r.answer(),
        r.refused(),
        r.citedLines(),
        r.retrieved(),
        Math.round(latencyMs * 10) / 10.0,
        r.citedLines().stream().map(locator::place).toList());
  }

  static Reply reply(Answer answer) {
    List<EvalRecord.Retrieved> retrieved =
        answer.sources().stream()
            .limit(RECORDED_PASSAGES)
            .map(AssistantPipeline::retrieved)
            .toList();
    return new Reply(answer.text(), answer.refused(), answer.citedLines(), retrieved);
  }

  private static EvalRecord.Retrieved retrieved(Passage p) {
    return new EvalRecord.Retrieved(p.lines(), Math.round(p.score() * 1e4) / 1e4);
  }
}
