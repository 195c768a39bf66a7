package dev.reportqa.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** {@code POST /api/ask}: a question in a conversation, answered as the shell answers it. */
final class AskHandler {

  /**
   * The body of a question.
   *
   * @param question the question, in Chinese or English
   * @param conversation the id an earlier answer of this conversation gave, or null to start one
   */
  record AskRequest(String question, String conversation) {}

  private final ConversationStore conversations;
  private final AnswerViews views;

  AskHandler(ConversationStore conversations, AnswerViews views) {
    this.conversations = conversations;
    this.views = views;
  }

  ServerResponse ask(ServerRequest request) throws ServletException, IOException {
    long start = System.nanoTime();
    MediaType type = request.headers().contentType().orElse(null);
    if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
      throw new ApiException(415, "send the body as JSON (Content-Type: application/json)");
    }
    AskRequest body = request.body(AskRequest.class);
    if (body == null) {
      throw new IllegalArgumentException("the body must be a JSON object with a question");
    }
    String question = body.question() == null ? null : body.question().strip();
    ConversationStore.Turn turn = conversations.ask(body.conversation(), question);
    AnswerView view = views.of(turn.answer());
    double millis = (System.nanoTime() - start) / 1e6;
    return ServerResponse.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(view.in(turn.conversation(), Math.round(millis * 100) / 100.0));
  }

  /** {@code DELETE /api/conversations/{id}}: "New conversation"; an unknown id is no error. */
  ServerResponse forget(ServerRequest request) {
    conversations.forget(request.pathVariable("id"));
    return ServerResponse.noContent().build();
  }
}
