package dev.reportqa.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.reportqa.answer.Answer;
import dev.reportqa.answer.AnswerRefiner;
import dev.reportqa.answer.Quote;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Language;
import dev.reportqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LLM mode: asks a language model to answer from the passages behind the offline answer, and shows
 * its answer only when {@link AnswerVerifier} finds the report backs it. Otherwise, and whenever
 * the call fails (timeout, connection, HTTP error, an empty or unreadable reply), the offline
 * answer is shown with a one-line notice saying why.
 *
 * <p>Per question: a follow-up (there is a previous turn) is first made standalone with the
 * condensation prompt; an English question is put into the report's Chinese with the translation
 * prompt. When either rewrote the question, the rewritten one is retrieved for too, and its
 * passages are interleaved with the offline answer's. The model then gets the question and the top
 * passages with their lines, and its reply is verified.
 */
public final class LlmAnswerRefiner implements AnswerRefiner {

  private static final Logger log = LoggerFactory.getLogger(LlmAnswerRefiner.class);

  /** A rewritten question longer than this is not a question; the original one is used. */
  static final int MAX_REWRITE_LENGTH = 300;

  private final ChatModel model;
  private final LlmSettings settings;
  private final PromptFiles prompts;
  private final PassageSearch search;
  private final AnswerVerifier verifier = new AnswerVerifier();
  private final Instructions instructions = Instructions.bundled();

  /**
   * @param search retrieval for rewritten questions; {@link PassageSearch#NONE} for none
   */
  public LlmAnswerRefiner(
      ChatModel model, LlmSettings settings, PromptFiles prompts, PassageSearch search) {
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.prompts = Objects.requireNonNull(prompts, "prompts");
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public Answer refine(Answer offline, Answer previous) {
    AnalyzedQuery query = offline.query();
    try {
      String question = query.question();
      String standalone = previous == null ? question : condense(previous, question);
      if (same(standalone, question)) {
        standalone = question;
      }
      String searchText = standalone;
      if (query.language() == Language.EN) {
        String chinese = translate(standalone);
        if (Language.of(chinese) == Language.ZH) {
          searchText = chinese;
        }
      }
      List<Passage> extra = searchText.equals(question) ? List.of() : search.search(searchText);
      List<Passage> passages = interleave(extra, offline.sources(), settings.passages());
      List<Evidence> evidence = evidence(passages, offline);
      String reply =
          chat(
              List.of(
                  SystemMessage.from(prompts.system().text()),
                  UserMessage.from(answerPrompt(standalone, query.language(), evidence))));
      String resolved = standalone.equals(question) ? offline.resolvedQuestion() : standalone;
      AnswerVerifier.Verdict verdict = verifier.verify(reply, evidence);
      if (verdict instanceof AnswerVerifier.Verified ok) {
        log.info("LLM answer verified, citing {}", ok.quotes().size());
        return new Answer(
            query,
            resolved,
            false,
            Secrets.redact(ok.text()),
            ok.quotes(),
            sources(passages, offline),
            "");
      }
      if (verdict instanceof AnswerVerifier.Refused) {
        log.info("LLM refused: the passages do not answer");
        if (offline.refused()) {
          return offline;
        }
        // The offline answer passed its own checks; a model's "not in the report" does not undo it.
        return fallback(offline, Reason.of(Reason.REFUSED));
      }
      return fallback(offline, ((AnswerVerifier.Rejected) verdict).reason());
    } catch (ModelCallFailed e) {
      return fallback(offline, e.reason);
    }
  }

  private String condense(Answer previous, String question) {
    String previousQuestion =
        previous.resolvedQuestion().isEmpty()
            ? previous.query().question()
            : previous.resolvedQuestion();
    String prompt =
        prompts
            .condense()
            .fill(
                Map.of(
                    "previousQuestion", PromptData.escape(previousQuestion),
                    "previousAnswer", PromptData.escape(previous.text()),
                    "question", PromptData.escape(question)));
    String rewrite = rewritten(chat(List.of(UserMessage.from(prompt))), question);
    String conversation = previousQuestion + "\n" + previous.text() + "\n" + question;
    if (!rewrite.equals(question) && !faithful(rewrite, conversation)) {
      log.info("LLM follow-up rewrite not used: it says what the conversation did not");
      return question;
    }
    return rewrite;
  }

  /**
   * Whether a rewritten follow-up says only what the conversation said: no instruction to a model,
   * every figure one of the conversation's (value and unit), every quotation in it verbatim. The
   * rewrite is shown as 理解为：… and asked in place of the question, so it is held to the same reading
   * as an answer; one that fails is neither shown nor asked.
   */
  boolean faithful(String rewrite, String conversation) {
    if (instructions.inText(rewrite)) {
      return false;
    }
    String said = ClaimText.normalize(conversation);
    String rewritten = ClaimText.normalize(rewrite);
    List<Figures.Figure> known = Figures.in(said);
    boolean figures =
        Figures.in(rewritten).stream().allMatch(f -> known.stream().anyMatch(f::backedBy));
    String compact = ClaimText.compact(said);
    return figures && ClaimText.quotedParts(rewritten).stream().allMatch(compact::contains);
  }

  private String translate(String question) {
    String prompt = prompts.translate().fill(Map.of("question", PromptData.escape(question)));
    return rewritten(chat(List.of(UserMessage.from(prompt))), question);
  }

  /** Whether two questions differ only in spacing, punctuation or full-width forms. */
  static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String question) {
    return Citations.normalize(question).replaceAll("[\\s\\p{P}]", "");
  }

  /** The first line of a rewriting reply, unquoted; the question itself when that is unusable. */
  static String rewritten(String reply, String question) {
    String text = AnswerVerifier.answerPart(reply);
    String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    line = line.replaceAll("^[\"'“”「」]+|[\"'“”「」]+$", "").strip();
    return line.isEmpty() || line.length() > MAX_REWRITE_LENGTH ? question : line;
  }

  private String answerPrompt(String question, Language language, List<Evidence> evidence) {
    return prompts
        .answer()
        .fill(
            Map.of(
                "question",
                PromptData.escape(question),
                "passages",
                PromptData.passages(evidence, verifier::flagged),
                "language",
                language == Language.ZH ? "简体中文 (Simplified Chinese)" : "English",
                "refusal",
                AnswerVerifier.REFUSAL_MARKER));
  }

  private String chat(List<ChatMessage> messages) {
    if (log.isDebugEnabled()) {
      log.debug(
          "LLM request to {} ({}): {}", settings.displayBaseUrl(), settings.model(), messages);
    }
    ChatResponse response;
    try {
      response = model.chat(messages);
    } catch (RuntimeException e) {
      Reason reason = ModelFailures.reason(e, settings);
      // The message may hold the server's reply body; the key is taken out in case it echoes it.
      log.info(
          "LLM call failed ({}): {}: {}",
          reason.key(),
          e.getClass().getSimpleName(),
          settings.redact(e.getMessage()));
      throw new ModelCallFailed(reason);
    }
    String text =
        response == null || response.aiMessage() == null ? null : response.aiMessage().text();
    log.debug("LLM reply: {}", text);
    return text == null ? "" : text;
  }

  /**
   * The passages the model is given: the rewritten question's and the offline ones taken in turn,
   * each once, up to the limit.
   */
  static List<Passage> interleave(List<Passage> first, List<Passage> second, int limit) {
    Map<Integer, Passage> out = new LinkedHashMap<>();
    for (int i = 0; i < Math.max(first.size(), second.size()) && out.size() < limit; i++) {
      if (i < first.size()) {
        out.putIfAbsent(first.get(i).unit().id(), first.get(i));
      }
      if (i < second.size() && out.size() < limit) {
        out.putIfAbsent(second.get(i).unit().id(), second.get(i));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The passages as evidence, and the offline answer's quotes that no passage holds (a preamble
   * line such as the speaker's name), so that the model can still give that answer.
   */
  private static List<Evidence> evidence(List<Passage> passages, Answer offline) {
    List<Evidence> out = new ArrayList<>(passages.stream().map(Evidence::of).toList());
    Set<Integer> covered = new HashSet<>();
    passages.forEach(p -> covered.addAll(p.lines()));
    if (!offline.refused()) {
      for (Quote q : offline.quotes()) {
        if (!covered.containsAll(q.lines())) {
          out.add(Evidence.of(q));
        }
      }
    }
    return out;
  }

  /** The passages given first, then the rest of the offline sources, best first. */
  private static List<Passage> sources(List<Passage> given, Answer offline) {
    Map<Integer, Passage> out = new LinkedHashMap<>();
    given.forEach(p -> out.put(p.unit().id(), p));
    offline.sources().forEach(p -> out.putIfAbsent(p.unit().id(), p));
    return List.copyOf(out.values());
  }

  private Answer fallback(Answer offline, Reason reason) {
    log.info("LLM answer not used ({}); showing the offline answer", reason.key());
    return offline.withNotice(
        Secrets.redact(prompts.notices().fallback(offline.query().language(), reason)));
  }

  /** A model call failed; carries why, to the fallback. */
  private static final class ModelCallFailed extends RuntimeException {
    private final transient Reason reason;

    ModelCallFailed(Reason reason) {
      super(reason.key(), null, false, false);
      this.reason = reason;
    }
  }
}
