package dev.reportqa.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.reportqa.brief.Brief;
import dev.reportqa.brief.BriefSummarizer;
import dev.reportqa.brief.Figure;
import dev.reportqa.query.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A prose summary of a brief written by the language model and verified like an answer: it must
 * cite only lines of the brief's rows and measures, and every figure in it must stand in a passage
 * it cites. A summary that fails, or a model that fails, leaves the brief without one: the brief
 * itself never depends on the model.
 */
public final class LlmBriefSummarizer implements BriefSummarizer {

  private static final Logger log = LoggerFactory.getLogger(LlmBriefSummarizer.class);

  private final ChatModel model;
  private final PromptFiles prompts;
  private final AnswerVerifier verifier = new AnswerVerifier();

  public LlmBriefSummarizer(ChatModel model, PromptFiles prompts) {
    this.model = Objects.requireNonNull(model, "model");
    this.prompts = Objects.requireNonNull(prompts, "prompts");
  }

  @Override
  public Optional<String> summarize(Brief brief) {
    List<Evidence> evidence = evidence(brief);
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    String prompt =
        prompts
            .brief()
            .fill(
                Map.of(
                    "topic", PromptData.escape(brief.topic()),
                    "passages", PromptData.passages(evidence, verifier::flagged),
                    "language", brief.language() == Language.ZH ? "Chinese" : "English"));
    String reply;
    try {
      reply =
          model
              .chat(List.of(SystemMessage.from(prompts.system().text()), UserMessage.from(prompt)))
              .aiMessage()
              .text();
    } catch (RuntimeException e) {
      log.info("LLM brief summary not written: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
    if (verifier.verify(reply, evidence) instanceof AnswerVerifier.Verified ok) {
      return Optional.of(Secrets.redact(ok.text()));
    }
    log.info("LLM brief summary rejected by verification");
    return Optional.empty();
  }

  /** The rows' clauses and the measures, each a passage with its lines. */
  static List<Evidence> evidence(Brief brief) {
    List<Evidence> out = new ArrayList<>();
    for (Brief.Row row : brief.rows()) {
      add(out, brief.report(), row.achieved());
      add(out, brief.report(), row.target());
    }
    for (Figure f : brief.otherFigures()) {
      add(out, brief.report(), f);
    }
    for (Brief.Measure m : brief.measures()) {
      Evidence e = new Evidence(brief.report(), m.text(), m.lines(), "");
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private static void add(List<Evidence> out, String report, Figure figure) {
    if (figure == null) {
      return;
    }
    Evidence e = new Evidence(report, figure.clause().text(), figure.lines(), "");
    if (!out.contains(e)) {
      out.add(e);
    }
  }
}
