package dev.reportqa.web;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.Assistant;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The conversations of the open browser tabs, each answered by its own {@link Assistant}, which
 * remembers the last turn so that a follow-up question is read against it.
 *
 * <p>Bounded both ways, so that a page left open or a client that never reuses its id cannot grow
 * the server without end: at most {@code max} conversations (the least recently used is dropped
 * first) and none unused for longer than {@code idle}. A question under an id that is unknown or
 * has expired starts a new conversation under a new id rather than failing: the tab goes on, only
 * without the previous turn.
 */
final class ConversationStore {

  /** What a conversation id looks like: 22 characters of URL-safe Base64 (128 random bits). */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

  /** An answer and the conversation it was given in. */
  record Turn(String conversation, Answer answer) {}

  private static final class Conversation {
    final Function<String, Answer> assistant;
    Instant lastUsed;

    Conversation(Function<String, Answer> assistant, Instant lastUsed) {
      this.assistant = assistant;
      this.lastUsed = lastUsed;
    }
  }

  private final Supplier<Function<String, Answer>> assistants;
  private final int max;
  private final Duration idle;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  // Access order: iteration starts at the least recently used conversation.
  private final LinkedHashMap<String, Conversation> conversations =
      new LinkedHashMap<>(16, 0.75f, true);

  /**
   * @param assistants makes what answers the questions of a new conversation, in turn (an {@link
   *     Assistant}'s {@code ask})
   * @param max the most conversations kept at once, at least 1
   * @param idle how long an unused conversation is kept, positive
   */
  ConversationStore(
      Supplier<Function<String, Answer>> assistants, int max, Duration idle, Clock clock) {
    this.assistants = Objects.requireNonNull(assistants, "assistants");
    if (max < 1) {
      throw new IllegalArgumentException("max conversations must be at least 1: " + max);
    }
    if (idle == null || idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("the idle time must be positive: " + idle);
    }
    this.max = max;
    this.idle = idle;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Asks a question in a conversation: the one named, when it is still kept, else a new one.
   *
   * @param id the conversation's id, or null for a new one
   * @throws IllegalArgumentException when the id is not of the form this store gives out, or the
   *     question is blank or too long
   */
  Turn ask(String id, String question) {
    if (id != null && !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "conversation must be the id an earlier answer gave, or null for a new conversation");
    }
    Assistant.validate(question);
    String key = id;
    Conversation conversation = id == null ? null : take(id);
    if (conversation == null) {
      key = newId();
      conversation = open(key);
    }
    // One question at a time per conversation: an Assistant is not thread-safe, and a follow-up
    // must be read against the answer before it.
    synchronized (conversation) {
      return new Turn(key, conversation.assistant.apply(question));
    }
  }

  /** Forgets a conversation; an unknown id is ignored. */
  synchronized void forget(String id) {
    conversations.remove(id);
  }

  /** How many conversations are kept now, after dropping those that have expired. */
  synchronized int size() {
    expire(clock.instant());
    return conversations.size();
  }

  private synchronized Conversation take(String id) {
    Instant now = clock.instant();
    expire(now);
    Conversation c = conversations.get(id);
    if (c != null) {
      c.lastUsed = now;
    }
    return c;
  }

  private Conversation open(String id) {
    // Made outside the lock: a new assistant builds its retriever, and in LLM mode its model
    // client.
    Conversation c = new Conversation(assistants.get(), clock.instant());
    synchronized (this) {
      expire(c.lastUsed);
      while (conversations.size() >= max) {
        Iterator<String> eldest = conversations.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
      conversations.put(id, c);
    }
    return c;
  }

  private void expire(Instant now) {
    Instant oldest = now.minus(idle);
    conversations.values().removeIf(c -> c.lastUsed.isBefore(oldest));
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
