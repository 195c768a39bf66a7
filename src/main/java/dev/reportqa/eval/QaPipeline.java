package dev.reportqa.eval;

import java.util.List;

/**
 * A question-answering pipeline as the evaluation sees it: conversations that take questions and
 * give answers with citations and the passages behind them.
 */
public interface QaPipeline {

  /** A short name for tables, e.g. {@code report-qa} or {@code baseline}. */
  String name();

  /** Starts a fresh conversation. */
  Conversation newConversation();

  /** One conversation: follow-ups see the questions asked before them. */
  interface Conversation {
    Reply ask(String question);
  }

  /**
   * @param answer the answer text alone
   * @param refused whether the pipeline said the report does not answer
   * @param citedLines the lines the answer cites
   * @param retrieved the ranked passages behind the answer, best first
   */
  record Reply(
      String answer,
      boolean refused,
      List<Integer> citedLines,
      List<EvalRecord.Retrieved> retrieved) {

    public Reply {
      citedLines = List.copyOf(citedLines);
      retrieved = List.copyOf(retrieved);
    }
  }
}
