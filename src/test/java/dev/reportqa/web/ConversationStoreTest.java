package dev.reportqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.answer.Answer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Conversations: one per id, bounded in number and age, ids that cannot be guessed. */
class ConversationStoreTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The questions each conversation was asked, one list per conversation made. */
  private final List<List<String>> asked = new ArrayList<>();

  private final ManualClock clock = new ManualClock();

  private ConversationStore store(int max, Duration idle) {
    return new ConversationStore(
        () -> {
          List<String> mine = new ArrayList<>();
          asked.add(mine);
          Function<String, Answer> assistant =
              q -> {
                mine.add(q);
                return null;
              };
          return assistant;
        },
        max,
        idle,
        clock);
  }

  @Test
  void should_keep_asking_the_same_conversation_when_its_id_is_sent() {
    // given
    ConversationStore store = store(10, Duration.ofMinutes(30));

    // when
    String id = store.ask(null, "q1").conversation();
    String again = store.ask(id, "q2").conversation();

    // then
    assertThat(again).isEqualTo(id);
    assertThat(asked).containsExactly(List.of("q1", "q2"));
  }

  @Test
  void should_start_a_conversation_under_a_new_random_id_when_none_is_sent() {
    // given
    ConversationStore store = store(10, Duration.ofMinutes(30));

    // when
    String a = store.ask(null, "q1").conversation();
    String b = store.ask(null, "q2").conversation();

    // then
    assertThat(a).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(b);
    assertThat(asked).containsExactly(List.of("q1"), List.of("q2"));
  }

  @Test
  void should_drop_the_least_recently_used_conversation_when_the_limit_is_reached() {
    // given
    ConversationStore store = store(2, Duration.ofMinutes(30));
    String a = store.ask(null, "a1").conversation();
    String b = store.ask(null, "b1").conversation();
    store.ask(a, "a2");

    // when
    store.ask(null, "c1");
    String forB = store.ask(b, "b2").conversation();

    // then
    assertThat(forB).isNotEqualTo(b);
    assertThat(store.size()).isEqualTo(2);
    assertThat(asked)
        .containsExactly(List.of("a1", "a2"), List.of("b1"), List.of("c1"), List.of("b2"));
  }

  @Test
  void should_forget_a_conversation_unused_for_longer_than_the_idle_time() {
    // given
    ConversationStore store = store(10, Duration.ofMinutes(30));
    String kept = store.ask(null, "k1").conversation();
    String old = store.ask(null, "o1").conversation();
    clock.now = clock.now.plus(Duration.ofMinutes(20));
    store.ask(kept, "k2");

    // when
    clock.now = clock.now.plus(Duration.ofMinutes(15));
    String forOld = store.ask(old, "o2").conversation();
    String forKept = store.ask(kept, "k3").conversation();

    // then
    assertThat(forOld).isNotEqualTo(old);
    assertThat(forKept).isEqualTo(kept);
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void should_forget_a_conversation_when_told() {
    // given
    ConversationStore store = store(10, Duration.ofMinutes(30));
    String id = store.ask(null, "q1").conversation();

    // when
    store.forget(id);

    // then
    assertThat(store.size()).isZero();
    assertThat(store.ask(id, "q2").conversation()).isNotEqualTo(id);
  }

  @Test
  void should_refuse_an_id_it_never_gives_out() {
    ConversationStore store = store(10, Duration.ofMinutes(30));

    assertThatThrownBy(() -> store.ask("x".repeat(5000), "q"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "conversation must be the id an earlier answer gave, or null for a new conversation");
    assertThat(asked).isEmpty();
  }

  @Test
  void should_refuse_an_empty_question_before_making_a_conversation() {
    ConversationStore store = store(10, Duration.ofMinutes(30));

    assertThatThrownBy(() -> store.ask(null, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the question is empty");
    assertThat(store.size()).isZero();
  }

  @Test
  void should_refuse_limits_that_keep_nothing() {
    assertThatThrownBy(() -> store(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max conversations must be at least 1: 0");
    assertThatThrownBy(() -> store(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the idle time must be positive: PT0S");
  }
}
